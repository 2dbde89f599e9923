import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { httpRoutes } from '../../../src-shared/contract/bridge';

/**
 * Who may talk to the bridge. The port is reachable by every local process and by every page the
 * analyst's browser opens, so each request must prove three things: it names this server (Host, against
 * DNS rebinding), it comes from a page this server served (Origin / Sec-Fetch-Site, against other sites)
 * and it knows this launch's token (header or HttpOnly cookie).
 */
export type AccessVerdict = { allowed: true } | { allowed: false; status: 401 | 403; message: string };

/** 32 random bytes; base64url so it travels unescaped in a URL, a header and a cookie. */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

const usableToken = /^[A-Za-z0-9_-]{16,512}$/;

export function assertUsableToken(token: string): void {
  if (!usableToken.test(token)) {
    throw new Error('El token del puente HTTP debe tener entre 16 y 512 caracteres base64url (A-Z, a-z, 0-9, "-", "_").');
  }
}

/** Host and Origin checks; they run before the token so a rebinding or cross-site page learns nothing. */
export function checkRequestSource(headers: IncomingHttpHeaders, port: number): AccessVerdict {
  const host = headers.host?.toLowerCase();
  if (host === undefined || !loopbackHosts(port).includes(host)) {
    return { allowed: false, status: 403, message: `Solicitud rechazada: este servidor solo atiende en http://127.0.0.1:${port}/.` };
  }
  if (!isSameOrigin(headers, host)) {
    return { allowed: false, status: 403, message: 'Solicitud rechazada: proviene de otra página u otro sitio.' };
  }
  return { allowed: true };
}

export function checkSessionToken(headers: IncomingHttpHeaders, token: string): AccessVerdict {
  if (presentedTokens(headers).some((candidate) => tokensMatch(candidate, token))) return { allowed: true };
  return { allowed: false, status: 401, message: missingTokenMessage };
}

export const missingTokenMessage =
  'Acceso no autorizado: falta el token de esta sesión o no es válido. Abra la dirección completa que mostró «caudal serve» (incluye ?token=…).';

/** Both spellings of the loopback address a browser may show; nothing else resolves to this server on purpose. */
export function loopbackHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Browsers send Origin on every cross-origin request and on every POST; when present it must be the
 * origin the page was loaded from (the Host already checked). Sec-Fetch-Site, when sent, must say the
 * request started on this origin or from the address bar ("none"): this refuses pages served on
 * another 127.0.0.1 port, which count as same-site and would otherwise carry the cookie.
 */
function isSameOrigin(headers: IncomingHttpHeaders, host: string): boolean {
  const origin = headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) return false;
  const fetchSite = headerValue(headers['sec-fetch-site']);
  return fetchSite === undefined || fetchSite === 'same-origin' || fetchSite === 'none';
}

/** Compares digests so neither the content nor the length of the expected token leaks through timing. */
export function tokensMatch(candidate: string, expected: string): boolean {
  const candidateDigest = createHash('sha256').update(candidate).digest();
  const expectedDigest = createHash('sha256').update(expected).digest();
  return timingSafeEqual(candidateDigest, expectedDigest);
}

function presentedTokens(headers: IncomingHttpHeaders): string[] {
  const fromHeader = headers[httpRoutes.tokenHeader];
  const headerTokens = fromHeader === undefined ? [] : Array.isArray(fromHeader) ? fromHeader : [fromHeader];
  return [...headerTokens, ...cookieValues(headers.cookie, httpRoutes.tokenCookie)];
}

/** Every value of a cookie name: a stale cookie from an earlier launch may sit next to the current one. */
export function cookieValues(cookieHeader: string | undefined, name: string): string[] {
  if (!cookieHeader) return [];
  const values: string[] = [];
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator === -1 || pair.slice(0, separator).trim() !== name) continue;
    values.push(pair.slice(separator + 1).trim());
  }
  return values;
}

/** Session cookie (no Max-Age): it dies with the browser, and the token dies with the server anyway. */
export function sessionCookie(token: string): string {
  return `${httpRoutes.tokenCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
