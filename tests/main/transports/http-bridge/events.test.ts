import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventPayload } from '../../../../src-shared/contract';
import { formatServerSentEvent, heartbeatIntervalMs } from '../../../../src-main/transports/http-bridge/event-stream';
import { openEventStream, send, startTestBridge, type TestBridge } from './bridge-harness';

const progress: EventPayload<'etl.progress'> = {
  runId: 7,
  sourceId: 'anh-production',
  step: 'parse',
  file: 'Producción Gas 2024.xlsx',
  done: 3,
  total: 12,
  message: 'Leyendo hoja "Enero"\nsegunda línea',
};

let harness: TestBridge;
beforeEach(async () => {
  harness = await startTestBridge();
});
afterEach(async () => {
  vi.useRealTimers();
  await harness.cleanup();
});

describe('GET /api/events', () => {
  it('streams bus events as server-sent events', async () => {
    const stream = await openEventStream(harness.bridge);
    expect(stream.response.statusCode).toBe(200);
    expect(stream.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers['cache-control']).toBe('no-store');
    expect(harness.events.subscribers).toBe(1);

    harness.events.emit('etl.progress', progress);
    const expected = `event: etl.progress\ndata: ${JSON.stringify(progress)}\n\n`;
    await expect.poll(() => stream.text()).toContain(expected);
    stream.disconnect();
  });

  it('unsubscribes from the bus when the client goes away', async () => {
    const first = await openEventStream(harness.bridge);
    const second = await openEventStream(harness.bridge);
    expect(harness.events.subscribers).toBe(2);

    first.disconnect();
    await expect.poll(() => harness.events.subscribers).toBe(1);
    harness.events.emit('etl.progress', progress);
    await expect.poll(() => second.text()).toContain('event: etl.progress');
    second.disconnect();
    await expect.poll(() => harness.events.subscribers).toBe(0);
  });

  it('close() ends open streams and lets go of the bus', async () => {
    const stream = await openEventStream(harness.bridge);
    await harness.bridge.close();
    await expect.poll(() => stream.ended()).toBe(true);
    expect(harness.events.subscribers).toBe(0);
  });

  it('sends a heartbeat comment every 15 s', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const stream = await openEventStream(harness.bridge);
    expect(stream.text()).not.toContain(': latido');
    vi.advanceTimersByTime(heartbeatIntervalMs);
    await expect.poll(() => stream.text()).toContain(': latido\n\n');
    expect(heartbeatIntervalMs).toBe(15_000);
    stream.disconnect();
  });

  it('needs the token and only answers GET', async () => {
    expect((await send(harness.bridge, { path: '/api/events', token: false })).status).toBe(401);
    const post = await send(harness.bridge, { method: 'POST', path: '/api/events' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET');
    expect(harness.events.subscribers).toBe(0);
  });
});

describe('formatServerSentEvent', () => {
  it('keeps the payload on one data line even when it contains newlines', () => {
    const message = formatServerSentEvent('etl.progress', progress);
    expect(message.split('\n')).toEqual(['event: etl.progress', `data: ${JSON.stringify(progress)}`, '', '']);
    expect(message).toContain('\\n');
  });

  it('writes null for a payload JSON cannot represent', () => {
    expect(formatServerSentEvent('etl.progress', undefined)).toBe('event: etl.progress\ndata: null\n\n');
  });
});
