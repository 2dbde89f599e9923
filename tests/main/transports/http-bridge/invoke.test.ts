import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDimensions, invoke, send, startTestBridge, type TestBridge } from './bridge-harness';

let harness: TestBridge;
beforeEach(async () => {
  harness = await startTestBridge();
});
afterEach(async () => {
  await harness.cleanup();
});

function json(body: string): unknown {
  return JSON.parse(body);
}

describe('POST /api/invoke/<name>', () => {
  it('answers the command data as a 200 CommandResult, never cached', async () => {
    const response = await invoke(harness.bridge, 'catalog.dimensions', {});
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(json(response.body)).toEqual({ ok: true, data: emptyDimensions });
  });

  it('hands the handler the validated input with contract defaults', async () => {
    const response = await invoke(harness.bridge, 'production.series', { from: '2023-01' });
    expect(json(response.body)).toEqual({ ok: true, data: { measure: 'fiscalizada', granularity: 'month', rateUnit: 'MPCD', volumeUnit: 'MPC', points: [], heatingValues: null } });
    // The app's context (none here) plus the bridge's origin: no request can claim another one.
    expect(harness.handlers['production.series']).toHaveBeenCalledWith({ from: '2023-01', granularity: 'month', measure: 'fiscalizada', rateUnit: 'MPCD', volumeUnit: 'MPC' }, { origin: 'http-bridge' });
  });

  it('treats an empty body as "no input" so defaults apply', async () => {
    const response = await send(harness.bridge, { method: 'POST', path: '/api/invoke/sources.files' });
    expect(json(response.body)).toEqual({ ok: true, data: { files: [] } });
    expect(harness.handlers['sources.files']).toHaveBeenCalledWith({ includeSuperseded: false }, { origin: 'http-bridge' });
  });

  it('passes the dispatcher validation error through unchanged', async () => {
    const response = await invoke(harness.bridge, 'production.series', { from: '2023-13' });
    expect(response.status).toBe(200);
    expect(json(response.body)).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'from', message: 'Periodo inválido: use AAAA-MM (por ejemplo 2024-03)' }] },
    });
    expect(harness.handlers['production.series']).not.toHaveBeenCalled();
  });

  it('passes unknown commands and handler errors through, with the name decoded', async () => {
    const unknown = await invoke(harness.bridge, 'production.borrar%20todo', {});
    expect(json(unknown.body)).toEqual({ ok: false, error: { code: 'unknown-command', message: 'Comando desconocido: "production.borrar todo"' } });

    const malformed = await invoke(harness.bridge, 'x%E0', {});
    expect(json(malformed.body)).toMatchObject({ ok: false, error: { code: 'unknown-command' } });

    const notFound = await invoke(harness.bridge, 'production.breakdown', { by: 'field' });
    expect(json(notFound.body)).toEqual({ ok: false, error: { code: 'not-found', message: 'No hay datos para esos filtros.' } });
  });

  it('answers invalid JSON with a validation CommandResult', async () => {
    const response = await send(harness.bridge, { method: 'POST', path: '/api/invoke/catalog.dimensions', body: '{"from": 2023-' });
    expect(response.status).toBe(200);
    expect(json(response.body)).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'Solicitud inválida: el cuerpo no es JSON válido.', issues: [{ path: '', message: expect.stringMatching(/^JSON inválido/) }] },
    });
    const notUtf8 = await send(harness.bridge, { method: 'POST', path: '/api/invoke/catalog.dimensions', body: Buffer.from([0x7b, 0xff, 0x7d]) });
    expect(json(notUtf8.body)).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ message: expect.stringContaining('UTF-8') }] } });
    expect(harness.handlers['catalog.dimensions']).not.toHaveBeenCalled();
  });

  it('refuses a body over 1 MB with 413, by declared length and by bytes received', async () => {
    const big = JSON.stringify({ from: '2023-01', padding: 'x'.repeat(1024 * 1024) });
    const declared = await send(harness.bridge, { method: 'POST', path: '/api/invoke/production.series', body: big });
    expect(declared.status).toBe(413);
    expect(json(declared.body)).toEqual({ message: 'La solicitud supera el límite de 1 MB.' });

    const chunked = await send(harness.bridge, {
      method: 'POST',
      path: '/api/invoke/production.series',
      body: big,
      headers: { 'transfer-encoding': 'chunked' },
    });
    expect(chunked.status).toBe(413);
    expect(harness.handlers['production.series']).not.toHaveBeenCalled();

    const justUnder = await send(harness.bridge, { method: 'POST', path: '/api/invoke/catalog.dimensions', body: `{}${' '.repeat(1024 * 1024 - 2)}` });
    expect(json(justUnder.body)).toMatchObject({ ok: true });
  });

  it('requires a JSON content type for a non-empty body (415)', async () => {
    const response = await send(harness.bridge, {
      method: 'POST',
      path: '/api/invoke/catalog.dimensions',
      body: '{}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(response.status).toBe(415);
    expect(json(response.body)).toEqual({ message: expect.stringContaining('application/json') });
    const withCharset = await invoke(harness.bridge, 'catalog.dimensions', {}, { headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(withCharset.status).toBe(200);
  });

  it('answers 405 with Allow: POST to any other method', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await send(harness.bridge, { method, path: '/api/invoke/catalog.dimensions' });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe('POST');
    }
    expect(harness.handlers['catalog.dimensions']).not.toHaveBeenCalled();
  });

  it('answers 404 JSON for unknown API routes', async () => {
    const response = await send(harness.bridge, { path: '/api/otra-cosa' });
    expect(response.status).toBe(404);
    expect(json(response.body)).toEqual({ message: 'Ruta de la API desconocida.' });
  });

  it('lets close() finish a request that is already running', async () => {
    let release: (() => void) | undefined;
    harness.handlers['sources.files'] = () => new Promise((resolve) => (release = () => resolve({ files: [] })));
    // The harness dispatcher reads the handlers object on each call, so replacing the entry is enough.
    const pending = invoke(harness.bridge, 'sources.files', {});
    await expect.poll(() => release).toBeDefined();
    const closing = harness.bridge.close();
    release?.();
    expect(json((await pending).body)).toEqual({ ok: true, data: { files: [] } });
    await closing;
  });
});
