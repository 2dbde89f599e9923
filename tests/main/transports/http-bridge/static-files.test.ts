import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../src-shared/security/content-security-policy';
import { contentTypeFor, resolveInside } from '../../../../src-main/transports/http-bridge/static-files';
import { send, startTestBridge, type TestBridge } from './bridge-harness';

const indexHtml = '<!doctype html><html lang="es"><body><div id="root"></div><script type="module" src="./assets/index-abc123.js"></script></body></html>';
const secret = 'SECRETO-FUERA-DE-LA-INTERFAZ';

let workDir: string;
let staticDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'caudal-static-'));
  staticDir = path.join(workDir, 'dist-renderer');
  await mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), indexHtml);
  await writeFile(path.join(staticDir, 'assets', 'index-abc123.js'), 'console.log("caudal");');
  await writeFile(path.join(staticDir, 'assets', 'index-abc123.css'), 'body{margin:0}');
  await writeFile(path.join(staticDir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(staticDir, 'fuente.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(path.join(workDir, 'secret.txt'), secret);
  await symlink(path.join(workDir, 'secret.txt'), path.join(staticDir, 'enlace.txt'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

let harness: TestBridge;
beforeEach(async () => {
  harness = await startTestBridge(staticDir);
});
afterEach(async () => {
  await harness.cleanup();
});

describe('static files', () => {
  it('serves index.html at / with the security headers', async () => {
    const response = await send(harness.bridge, { path: '/' });
    expect(response.status).toBe(200);
    expect(response.body).toBe(indexHtml);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('serves assets with their content type and length, hashed ones as immutable', async () => {
    const script = await send(harness.bridge, { path: '/assets/index-abc123.js' });
    expect(script.status).toBe(200);
    expect(script.body).toBe('console.log("caudal");');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-length']).toBe(String(Buffer.byteLength('console.log("caudal");')));
    expect(script.headers['cache-control']).toBe('private, max-age=31536000, immutable');

    expect((await send(harness.bridge, { path: '/assets/index-abc123.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    const svg = await send(harness.bridge, { path: '/logo.svg' });
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['cache-control']).toBe('no-cache');
    expect((await send(harness.bridge, { path: '/fuente.woff2' })).headers['content-type']).toBe('font/woff2');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await send(harness.bridge, { method: 'HEAD', path: '/assets/index-abc123.js' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength('console.log("caudal");')));
    const post = await send(harness.bridge, { method: 'POST', path: '/' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('falls back to index.html for app routes, but not for missing files', async () => {
    for (const route of ['/produccion', '/produccion/casanare', '/fuentes/', '/assets']) {
      const response = await send(harness.bridge, { path: route });
      expect(response.status, route).toBe(200);
      expect(response.body, route).toBe(indexHtml);
    }
    const missing = await send(harness.bridge, { path: '/assets/no-existe-123.js' });
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Archivo no encontrado');
  });

  it('refuses every spelling of a climb out of the folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/..%2Fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/..%5csecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/%252e%252e%252fsecret.txt',
      '/..%00/secret.txt',
      '/%c0%ae%c0%ae/secret.txt',
      '/C:%5cWindows%5cwin.ini',
      `/${encodeURIComponent(path.join(workDir, 'secret.txt'))}`,
      '/enlace.txt',
    ];
    for (const attempt of attempts) {
      const response = await send(harness.bridge, { path: attempt });
      expect([400, 403, 404], attempt).toContain(response.status);
      expect(response.body, attempt).not.toContain(secret);
    }
    expect((await send(harness.bridge, { path: '/..%2fsecret.txt' })).status).toBe(403);
    expect((await send(harness.bridge, { path: '/..%00/secret.txt' })).status).toBe(400);
  });

  it('needs the token for static files too', async () => {
    const response = await send(harness.bridge, { path: '/assets/index-abc123.js', token: false });
    expect(response.status).toBe(401);
    expect(response.body).not.toContain('caudal");');
  });
});

describe('without a built interface', () => {
  it('answers / and app routes with a Spanish page that says how to build it', async () => {
    const empty = await startTestBridge();
    try {
      for (const route of ['/', '/produccion']) {
        const response = await send(empty.bridge, { path: route });
        expect(response.status, route).toBe(503);
        expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(response.body).toContain('La interfaz no está construida');
        expect(response.body).toContain('npm run build:renderer');
      }
      // The API keeps working: scripts can use the bridge without the interface.
      expect((await send(empty.bridge, { method: 'POST', path: '/api/invoke/catalog.dimensions' })).status).toBe(200);
    } finally {
      await empty.cleanup();
    }
  });
});

describe('resolveInside', () => {
  const root = path.resolve('/srv/caudal/dist-renderer');

  it('maps a path to a file under the root', () => {
    expect(resolveInside(root, '/assets/a%20b.js')).toEqual({ kind: 'file', filePath: path.join(root, 'assets', 'a b.js'), segments: ['assets', 'a b.js'] });
    expect(resolveInside(root, '/')).toEqual({ kind: 'root' });
    expect(resolveInside(root, '/./')).toEqual({ kind: 'root' });
  });

  it('refuses parent segments, drive letters and broken escapes', () => {
    expect(resolveInside(root, '/a/..%2f..%2fb').kind).toBe('outside');
    expect(resolveInside(root, '/a\\..\\..\\b').kind).toBe('outside');
    expect(resolveInside(root, '/D:/x').kind).toBe('outside');
    expect(resolveInside(root, '/%E0%A4%A').kind).toBe('malformed');
  });
});

describe('contentTypeFor', () => {
  it('knows the renderer build outputs and falls back to octet-stream', () => {
    expect(contentTypeFor('a/INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/b.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/b.png')).toBe('image/png');
    expect(contentTypeFor('a/b.xyz')).toBe('application/octet-stream');
  });
});
