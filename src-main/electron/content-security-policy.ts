import { CONTENT_SECURITY_POLICY } from '../../src-shared/security/content-security-policy';
import type { RendererLocation } from './renderer-location';

export { CONTENT_SECURITY_POLICY };

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
