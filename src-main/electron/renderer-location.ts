import { pathToFileURL } from 'node:url';

/**
 * Where the window's page comes from. Everything that decides whether a URL is "our app" (IPC sender
 * checks, navigation, permissions) asks `isAppUrl` with this value, so the rule lives in one place.
 */
export type RendererLocation =
  | { kind: 'file'; filePath: string; url: string }
  | { kind: 'dev-server'; url: string; origin: string };

export interface RendererLocationInput {
  isPackaged: boolean;
  /** `CAUDAL_DEV_SERVER_URL`, when `npm run dev` serves the renderer with Vite. */
  devServerUrl: string | undefined;
  rendererIndexPath: string;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An installed app always loads its own files: a variable in the environment must not be able to point
 * a window that holds the `caudal` bridge at another page. In development only a loopback Vite server
 * is accepted, for the same reason.
 */
export function resolveRendererLocation(input: RendererLocationInput): RendererLocation {
  const devServerUrl = input.devServerUrl?.trim();
  if (!input.isPackaged && devServerUrl) {
    return { kind: 'dev-server', ...parseDevServerUrl(devServerUrl) };
  }
  return { kind: 'file', filePath: input.rendererIndexPath, url: pathToFileURL(input.rendererIndexPath).href };
}

function parseDevServerUrl(raw: string): { url: string; origin: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`CAUDAL_DEV_SERVER_URL no es una URL válida: "${raw}"`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !loopbackHosts.has(url.hostname)) {
    throw new Error(`CAUDAL_DEV_SERVER_URL debe apuntar a un servidor local (http://localhost:<puerto>/), no a "${raw}"`);
  }
  return { url: url.href, origin: url.origin };
}

/** True when `candidate` is a page of this app (any route or query of it), false for anything else. */
export function isAppUrl(location: RendererLocation, candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  switch (location.kind) {
    case 'file':
      return url.protocol === 'file:' && sameFile(url, new URL(location.url));
    case 'dev-server':
      return url.origin === location.origin;
  }
}

/**
 * Chromium and Node spell the same file URL differently (drive-letter case, which characters are
 * percent-encoded), so compare decoded paths. The host matters: it is the server of a UNC path.
 */
function sameFile(a: URL, b: URL): boolean {
  return a.host.toLowerCase() === b.host.toLowerCase() && normalizedFilePath(a) === normalizedFilePath(b);
}

function normalizedFilePath(url: URL): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return `invalid:${url.pathname}`;
  }
  // `/c:/x` and `/C:/x` are the same Windows file.
  return decoded.replace(/^\/([a-z]):/, (_match, drive: string) => `/${drive.toUpperCase()}:`);
}

