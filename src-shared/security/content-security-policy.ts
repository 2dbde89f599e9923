/**
 * The one Content-Security-Policy of the renderer, wherever it is served from: the Electron window
 * (response header), the HTTP bridge (response header) and the built index.html (meta tag, which
 * matters for file:// pages that carry no headers).
 *
 * The renderer is a bundle of our own files that talks to the main process only through the bridge:
 * nothing needs a remote origin, eval, plugins, frames or forms. Mantine writes its CSS variables into
 * a <style> element, hence the single relaxation on style-src. Charts draw to canvas and export as
 * data:/blob: images.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
] as const;

export const CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY_DIRECTIVES.join('; ');

/** A <meta> policy cannot use frame-ancestors (browsers ignore it there and warn). */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
