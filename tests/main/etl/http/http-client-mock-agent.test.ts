import { errors, MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserUserAgent } from '../../../../src-main/etl/http/browser-headers';
import { SourceHttpError } from '../../../../src-main/etl/http/source-http-error';
import { createHttpClient } from '../../../../src-main/etl/http/undici-http-client';

/**
 * The failures a local server cannot produce (DNS, no network, connect timeouts) and the official host
 * names, through undici's MockAgent: no socket is opened.
 */
const ANH = 'https://www.anh.gov.co';
const MME = 'https://www.minenergia.gov.co';

async function failure(promise: Promise<unknown>): Promise<SourceHttpError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SourceHttpError);
    return error as SourceHttpError;
  }
  throw new Error('se esperaba un SourceHttpError');
}

function systemError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('createHttpClient with a MockAgent', () => {
  let agent: MockAgent;
  let delays: number[];
  const client = () =>
    createHttpClient({
      dispatcher: agent,
      sleep: async (ms) => {
        delays.push(ms);
      },
      random: () => 0.5,
    });

  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
    delays = [];
  });
  afterEach(async () => {
    await agent.close();
  });

  it('names the agency in status messages', async () => {
    agent.get(ANH).intercept({ path: '/documents/1/x.xlsx' }).reply(500, 'error').times(3);
    const error = await failure(client().getBytes(`${ANH}/documents/1/x.xlsx`));
    expect(error.message).toBe('La ANH respondió HTTP 500 (error del servidor del publicador) (tras 3 intentos)');
    expect(error.details).toMatchObject({ host: 'www.anh.gov.co', status: 500, attempts: 3 });
  });

  it('sends a browser User-Agent (MinEnergía refuses scripts)', async () => {
    agent
      .get(MME)
      .intercept({ path: '/es/gas-natural/', headers: { 'user-agent': browserUserAgent } })
      .reply(200, '<html>ok</html>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect((await client().getText(`${MME}/es/gas-natural/`)).text).toBe('<html>ok</html>');
  });

  it('fails fast and without retries when the name does not resolve (offline)', async () => {
    agent.get(ANH).intercept({ path: '/es/' }).replyWithError(systemError('ENOTFOUND', 'getaddrinfo ENOTFOUND www.anh.gov.co'));
    const error = await failure(client().getText(`${ANH}/es/`));
    expect(error.code).toBe('offline');
    expect(error.message).toBe('Sin conexión: no se pudo encontrar www.anh.gov.co (revise la conexión a internet)');
    expect(delays).toEqual([]);
  });

  it('reports a network that is down as offline', async () => {
    agent.get(ANH).intercept({ path: '/es/' }).replyWithError(systemError('ENETUNREACH', 'connect ENETUNREACH'));
    const error = await failure(client().getText(`${ANH}/es/`));
    expect(error.code).toBe('offline');
    expect(error.message).toMatch(/^Sin conexión: /);
  });

  it('treats a connect timeout (a blackholed host) as unreachable and retries it', async () => {
    agent.get(ANH).intercept({ path: '/es/' }).replyWithError(new errors.ConnectTimeoutError()).times(3);
    const error = await failure(client().getText(`${ANH}/es/`));
    expect(error.code).toBe('unreachable');
    expect(error.message).toBe('No se pudo conectar con www.anh.gov.co (no responde) (tras 3 intentos)');
    expect(delays).toHaveLength(2);
    expect(delays[1]!).toBeGreaterThan(delays[0]!);
  });

  it('retries a 503 and returns the answer that follows', async () => {
    const pool = agent.get(ANH);
    pool.intercept({ path: '/es/' }).reply(503, 'ocupado');
    pool.intercept({ path: '/es/' }).reply(200, '<a href="/x">x</a>');
    expect((await client().getText(`${ANH}/es/`)).text).toBe('<a href="/x">x</a>');
    expect(delays).toHaveLength(1);
  });

  it('stops a body without Content-Length as soon as it passes the maximum size', async () => {
    agent.get(ANH).intercept({ path: '/grande.xlsx' }).reply(200, new Uint8Array(64 * 1024));
    const error = await failure(client().getBytes(`${ANH}/grande.xlsx`, { maxBytes: 1024 }));
    expect(error.code).toBe('too-large');
    expect(error.retryable).toBe(false);
  });

  it('refuses a 304 to a request that was not conditional', async () => {
    agent.get(ANH).intercept({ path: '/es/' }).reply(304, '');
    const error = await failure(client().getText(`${ANH}/es/`));
    expect(error.code).toBe('bad-response');
  });

  it('sends the stored validators as If-None-Match / If-Modified-Since', async () => {
    agent
      .get(ANH)
      .intercept({ path: '/documents/1/x.xlsx', headers: { 'if-none-match': '"abc"', 'if-modified-since': 'Mon, 03 Nov 2025 14:00:00 GMT' } })
      .reply(304, '');
    const result = await client().getBytes(`${ANH}/documents/1/x.xlsx`, { validators: { etag: '"abc"', lastModified: 'Mon, 03 Nov 2025 14:00:00 GMT' } });
    expect(result).toEqual({ kind: 'not-modified', url: `${ANH}/documents/1/x.xlsx` });
  });
});
