import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../../src-shared/security/content-security-policy';

/** Set on every answer, including refusals, so no response can be framed, sniffed or embedded cross-origin. */
export function applySecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}

type ExtraHeaders = Record<string, string | number | string[]>;

export function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: ExtraHeaders = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string, extraHeaders: ExtraHeaders = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(html);
}

/**
 * Answers a request the bridge will not serve. API callers get `{ message }` as JSON (anything that is
 * not a 200 CommandResult is a transport failure); a browser tab gets a short Spanish page.
 */
export function sendRefusal(res: ServerResponse, status: number, message: string, asJson: boolean, extraHeaders: ExtraHeaders = {}): void {
  if (asJson) {
    sendJson(res, status, { message }, extraHeaders);
  } else {
    sendHtml(res, status, messagePage(refusalTitles[status] ?? 'Caudal', [message]), extraHeaders);
  }
}

const refusalTitles: Record<number, string> = {
  400: 'Solicitud mal formada',
  401: 'Acceso no autorizado',
  403: 'Solicitud rechazada',
  404: 'No encontrado',
  405: 'Método no permitido',
  500: 'Error interno',
};

/** A self-contained page (inline style only: the CSP forbids inline scripts, not styles). */
export function messagePage(title: string, paragraphs: string[]): string {
  const body = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n    ');
  return `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)} · Caudal</title>
    <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b1f24;line-height:1.5}h1{font-size:1.4rem}code{background:#eef1f4;padding:0 .25rem;border-radius:3px}</style>
  </head>
  <body>
    <h1>${escapeHtml(title)}</h1>
    ${body}
  </body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char);
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
