import { Agent } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../src-main/app/dispatcher';
import { createEventBus } from '../../../../src-main/app/event-bus';
import { startHttpBridge } from '../../../../src-main/transports/http-bridge';
import { cookieValues, tokensMatch } from '../../../../src-main/transports/http-bridge/access-control';
import { createFakeHandlers, invoke, send, startTestBridge, type TestBridge } from './bridge-harness';

let harness: TestBridge;
beforeEach(async () => {
  harness = await startTestBridge();
});
afterEach(async () => {
  await harness.cleanup();
});

describe('binding', () => {
  it('listens on 127.0.0.1 only, on a random port, with a fresh 32-byte token', async () => {
    const { bridge } = harness;
    expect(bridge.port).toBeGreaterThan(0);
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
    expect(bridge.launchUrl).toBe(`http://127.0.0.1:${bridge.port}/?token=${bridge.token}`);
    expect(Buffer.from(bridge.token, 'base64url')).toHaveLength(32);
    const other = await startTestBridge();
    try {
      expect(other.bridge.token).not.toBe(bridge.token);
      expect(other.bridge.port).not.toBe(bridge.port);
    } finally {
      await other.cleanup();
    }
  });

  it('refuses any host other than 127.0.0.1 before listening', async () => {
    const base = { dispatcher: createDispatcher(createFakeHandlers(), null), events: createEventBus(), staticDir: harness.staticDir };
    await expect(startHttpBridge({ ...base, host: '0.0.0.0' })).rejects.toThrow(/solo escucha en 127\.0\.0\.1.*0\.0\.0\.0/);
    await expect(startHttpBridge({ ...base, host: 'localhost' })).rejects.toThrow(/solo escucha en 127\.0\.0\.1/);
    await expect(startHttpBridge({ ...base, host: '::' })).rejects.toThrow(/solo escucha/);
  });

  it('accepts an explicit port and token, and explains a port already in use', async () => {
    const base = { dispatcher: createDispatcher(createFakeHandlers(), null), events: createEventBus(), staticDir: harness.staticDir };
    await expect(startHttpBridge({ ...base, port: harness.bridge.port })).rejects.toThrow(`El puerto ${harness.bridge.port} ya está en uso`);
    await expect(startHttpBridge({ ...base, port: 70_000 })).rejects.toThrow(/Puerto inválido/);
    await expect(startHttpBridge({ ...base, token: 'corto' })).rejects.toThrow(/token/);

    const fixed = await startHttpBridge({ ...base, host: '127.0.0.1', token: 'token-de-prueba-1234567890' });
    try {
      expect(fixed.token).toBe('token-de-prueba-1234567890');
      expect((await send(fixed, { path: '/api/nada' })).status).toBe(404);
    } finally {
      await fixed.close();
    }
  });

  it('close() does not wait for a browser-style idle keep-alive connection', async () => {
    const agent = new Agent({ keepAlive: true });
    try {
      expect((await invoke(harness.bridge, 'catalog.dimensions', {}, { agent })).status).toBe(200);
      expect(Object.values(agent.freeSockets).flat()).toHaveLength(1);
      await harness.bridge.close();
      await expect.poll(() => Object.values(agent.freeSockets).flat().length).toBe(0);
    } finally {
      agent.destroy();
    }
  });

  it('close() is idempotent and frees the port', async () => {
    const { bridge } = harness;
    await Promise.all([bridge.close(), bridge.close()]);
    await expect(send(bridge)).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('session token', () => {
  it('answers 401 in Spanish without a token, as JSON for the API and as a page for the browser', async () => {
    const api = await invoke(harness.bridge, 'catalog.dimensions', {}, { token: false });
    expect(api.status).toBe(401);
    expect(api.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(api.body)).toEqual({ message: expect.stringMatching(/^Acceso no autorizado/) });

    const page = await send(harness.bridge, { path: '/', token: false });
    expect(page.status).toBe(401);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('Acceso no autorizado');
    expect(page.body).toContain('caudal serve');
    expect(page.body).not.toContain(harness.bridge.token);
    expect(harness.handlers['catalog.dimensions']).not.toHaveBeenCalled();
  });

  it('answers 401 to a wrong token, including one that differs only in length or case', async () => {
    const { bridge } = harness;
    for (const wrong of ['x', bridge.token.slice(0, -1), `${bridge.token}a`, bridge.token.toUpperCase()]) {
      expect((await invoke(bridge, 'catalog.dimensions', {}, { token: wrong })).status).toBe(401);
    }
    expect((await send(bridge, { path: '/api/events', token: false, headers: { cookie: 'caudal_token=otro' } })).status).toBe(401);
  });

  it('accepts the token in the x-caudal-token header', async () => {
    const response = await invoke(harness.bridge, 'catalog.dimensions', {});
    expect(response.status).toBe(200);
  });

  it('trades ?token= for an HttpOnly SameSite=Strict cookie and a 303 to /', async () => {
    const { bridge } = harness;
    const exchange = await send(bridge, { path: `/?token=${bridge.token}`, token: false });
    expect(exchange.status).toBe(303);
    expect(exchange.headers.location).toBe('/');
    expect(exchange.headers['cache-control']).toBe('no-store');
    const setCookie = exchange.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toBe(`caudal_token=${bridge.token}; HttpOnly; SameSite=Strict; Path=/`);

    const cookie = setCookie.split(';')[0]!;
    const withCookie = await invoke(bridge, 'catalog.dimensions', {}, { token: false, headers: { cookie: `otra=1; ${cookie}` } });
    expect(withCookie.status).toBe(200);
    expect(JSON.parse(withCookie.body)).toMatchObject({ ok: true });
  });

  it('refuses a wrong ?token= without setting a cookie, and never takes the token from the query on the API', async () => {
    const { bridge } = harness;
    const wrong = await send(bridge, { path: '/?token=equivocado', token: false });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();

    const apiQuery = await send(bridge, { method: 'POST', path: `/api/invoke/catalog.dimensions?token=${bridge.token}`, token: false });
    expect(apiQuery.status).toBe(401);
  });

  it('accepts the current cookie next to a stale one from an earlier launch', async () => {
    const { bridge } = harness;
    const cookie = `caudal_token=viejo; caudal_token=${bridge.token}`;
    expect((await invoke(bridge, 'catalog.dimensions', {}, { token: false, headers: { cookie } })).status).toBe(200);
  });
});

describe('origin and host', () => {
  it('refuses a request from another origin with 403, even with the right token', async () => {
    const { bridge } = harness;
    for (const origin of ['http://evil.example', `http://127.0.0.1:${bridge.port + 1}`, `https://127.0.0.1:${bridge.port}`, 'null']) {
      const response = await invoke(bridge, 'catalog.dimensions', {}, { headers: { origin } });
      expect(response.status, origin).toBe(403);
      expect(JSON.parse(response.body).message).toMatch(/otra página u otro sitio/);
    }
    expect(harness.handlers['catalog.dimensions']).not.toHaveBeenCalled();
  });

  it('accepts its own origin (either loopback spelling, matching the Host)', async () => {
    const { bridge } = harness;
    const own = await invoke(bridge, 'catalog.dimensions', {}, { headers: { origin: `http://127.0.0.1:${bridge.port}` } });
    expect(own.status).toBe(200);
    const local = await invoke(bridge, 'catalog.dimensions', {}, { headers: { host: `localhost:${bridge.port}`, origin: `http://localhost:${bridge.port}` } });
    expect(local.status).toBe(200);
    const mixed = await invoke(bridge, 'catalog.dimensions', {}, { headers: { host: `127.0.0.1:${bridge.port}`, origin: `http://localhost:${bridge.port}` } });
    expect(mixed.status).toBe(403);
  });

  it('refuses cross-site and same-site fetch metadata (another port on 127.0.0.1 shares the cookie)', async () => {
    const { bridge } = harness;
    for (const site of ['cross-site', 'same-site']) {
      expect((await send(bridge, { path: '/', headers: { 'sec-fetch-site': site } })).status).toBe(403);
    }
    expect((await send(bridge, { path: `/?token=${bridge.token}`, token: false, headers: { 'sec-fetch-site': 'none' } })).status).toBe(303);
  });

  it('refuses a Host header that is not this server (DNS rebinding) before looking at the token', async () => {
    const { bridge } = harness;
    for (const host of ['evil.example', `evil.example:${bridge.port}`, '127.0.0.1', `127.0.0.1:${bridge.port + 1}`, `192.168.0.10:${bridge.port}`]) {
      const response = await send(bridge, { path: '/', headers: { host } });
      expect(response.status, host).toBe(403);
      expect(response.body).toContain('Solicitud rechazada');
    }
    const noToken = await send(bridge, { path: '/api/events', token: false, headers: { host: 'evil.example' } });
    expect(noToken.status).toBe(403);
  });

  it('sends the security headers on refusals too', async () => {
    const response = await send(harness.bridge, { path: '/', token: false });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('token helpers', () => {
  it('compares tokens of any length without throwing', () => {
    expect(tokensMatch('abc', 'abc')).toBe(true);
    expect(tokensMatch('abc', 'abcd')).toBe(false);
    expect(tokensMatch('', 'abc')).toBe(false);
  });

  it('reads every value of a cookie name and ignores look-alikes', () => {
    expect(cookieValues('a=1; caudal_token=x; xcaudal_token=y; caudal_token = z', 'caudal_token')).toEqual(['x', 'z']);
    expect(cookieValues(undefined, 'caudal_token')).toEqual([]);
    expect(cookieValues('caudal_token', 'caudal_token')).toEqual([]);
  });
});
