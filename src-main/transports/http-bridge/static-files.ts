import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { messagePage, sendHtml, sendRefusal } from './responses';

/**
 * Serves the built renderer (dist-renderer/). Paths without an extension fall back to index.html so
 * the single-page app can own its routes; a missing asset is a plain 404 so a broken script tag shows
 * up as such instead of as HTML.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, staticDir: string, rawPath: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendRefusal(res, 405, 'Método no permitido: use GET.', false, { Allow: 'GET, HEAD' });
    return;
  }
  const root = path.resolve(staticDir);
  const target = resolveInside(root, rawPath);
  switch (target.kind) {
    case 'malformed':
      sendRefusal(res, 400, 'La dirección está mal formada.', false);
      return;
    case 'outside':
      sendRefusal(res, 403, 'Ruta no permitida.', false);
      return;
    case 'root':
      await serveIndex(req, res, root);
      return;
    case 'file':
      break;
  }

  const file = await statFile(target.filePath);
  if (file && (await staysInside(root, target.filePath))) {
    sendFile(req, res, target.filePath, file.size, cacheControlFor(target.segments));
    return;
  }
  const last = target.segments[target.segments.length - 1] ?? '';
  if (path.extname(last) !== '' || last.startsWith('.')) {
    sendRefusal(res, 404, 'Archivo no encontrado.', false);
    return;
  }
  await serveIndex(req, res, root);
}

type StaticTarget =
  | { kind: 'root' }
  | { kind: 'file'; filePath: string; segments: string[] }
  | { kind: 'malformed' }
  | { kind: 'outside' };

/**
 * Decodes the path once and refuses anything that could climb out of `root`: `..` segments in any
 * spelling (`%2e%2e`, `..%2f`, `..%5c`), NUL bytes, drive letters, and as a last check any resolved
 * path that does not start with the root.
 */
export function resolveInside(root: string, rawPath: string): StaticTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'malformed' };
  }
  if (decoded.includes('\0')) return { kind: 'malformed' };
  const segments = decoded.split(/[/\\]+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || segment.includes(':'))) return { kind: 'outside' };
  if (segments.length === 0) return { kind: 'root' };
  const filePath = path.resolve(root, ...segments);
  if (!isInside(root, filePath)) return { kind: 'outside' };
  return { kind: 'file', filePath, segments };
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** A symlink inside the build folder must not expose files outside it. */
async function staysInside(root: string, filePath: string): Promise<boolean> {
  try {
    return isInside(await realpath(root), await realpath(filePath));
  } catch {
    return false;
  }
}

async function statFile(filePath: string): Promise<{ size: number } | null> {
  try {
    const stats = await stat(filePath);
    return stats.isFile() ? { size: stats.size } : null;
  } catch {
    return null;
  }
}

async function serveIndex(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  const indexPath = path.join(root, 'index.html');
  const index = await statFile(indexPath);
  if (!index) {
    sendHtml(res, 503, notBuiltPage);
    return;
  }
  sendFile(req, res, indexPath, index.size, 'no-cache');
}

export const notBuiltPage = messagePage('La interfaz no está construida', [
  'Caudal está en marcha, pero no encuentra la interfaz (dist-renderer/index.html).',
  'Ejecute «npm run build:renderer» en la carpeta del proyecto y recargue esta página.',
]);

function sendFile(req: IncomingMessage, res: ServerResponse, filePath: string, size: number, cacheControl: string): void {
  res.writeHead(200, {
    'Content-Type': contentTypeFor(filePath),
    'Content-Length': size,
    'Cache-Control': cacheControl,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(filePath);
  // Headers are already out: a read error can only cut the response short.
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** Vite names everything under assets/ by content hash, so those never change under the same name. */
function cacheControlFor(segments: string[]): string {
  return segments[0] === 'assets' ? 'private, max-age=31536000, immutable' : 'no-cache';
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
