import type { RendererLocation } from './renderer-location';

/**
 * The renderer is a bundle of our own files that talks to the main process only through the bridge:
 * nothing needs a remote origin, eval, plugins, frames or forms. Mantine writes inline styles, hence
 * the single relaxation on style-src. Charts draw to canvas and export as data:/blob: images.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Under `vite dev` the React Refresh preamble is an inline module script, so the development server
 * (never an installed app: see resolveRendererLocation) also allows inline scripts.
 */
export const DEV_SERVER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
);

export function contentSecurityPolicyFor(location: RendererLocation): string {
  switch (location.kind) {
    case 'file':
      return CONTENT_SECURITY_POLICY;
    case 'dev-server':
      return DEV_SERVER_CONTENT_SECURITY_POLICY;
  }
}

export type ResponseHeaders = Record<string, string[]>;

/**
 * Replaces any policy the response carried (header names are case-insensitive) with ours, so a
 * server cannot loosen it and two policies never combine unexpectedly.
 */
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined, policy: string): ResponseHeaders {
  const result: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue;
    result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
