import { describe, expect, it, vi } from 'vitest';
import { ClientError } from '../../../src-renderer/client/client-error';
import { createClient } from '../../../src-renderer/client/create-client';
import { createFakeBridge, ok } from '../fake-bridge';

const catalog = {
  departments: [{ key: '85', label: 'Casanare' }],
  municipalities: [],
  operators: [],
  fields: [],
  contracts: [],
  periods: { first: '2024-01', last: '2024-12' },
  periodsBySource: {
    production: { first: '2024-01', last: '2024-12' },
    royalties: { first: null, last: null },
    declaration: { first: null, last: null },
    demand: { first: null, last: null },
  },
};

const progress = { runId: 1, sourceId: 'anh-production', step: 'done', file: null, done: 3, total: 3, message: null };

describe('createClient', () => {
  it('resolves with the data of an ok result and forwards the input untouched', async () => {
    const fake = createFakeBridge({ 'production.series': () => ok({ measure: 'fiscalizada', granularity: 'month', rateUnit: 'MPCD', volumeUnit: 'MPC', points: [], heatingValues: null }) });
    const client = createClient(fake.bridge, { validateOutput: true });

    const output = await client.send('production.series', { from: '2024-01', to: '2024-06', departments: ['85'] });

    expect(output).toEqual({ measure: 'fiscalizada', granularity: 'month', rateUnit: 'MPCD', volumeUnit: 'MPC', points: [], heatingValues: null });
    expect(fake.calls).toEqual([{ name: 'production.series', input: { from: '2024-01', to: '2024-06', departments: ['85'] } }]);
  });

  it('lets commands whose input has defaults be sent without one', async () => {
    const fake = createFakeBridge({ 'catalog.dimensions': () => ok(catalog) });
    const client = createClient(fake.bridge, { validateOutput: true });

    await expect(client.send('catalog.dimensions')).resolves.toEqual(catalog);
    expect(fake.calls[0]).toEqual({ name: 'catalog.dimensions', input: undefined });
  });

  it('rejects with a ClientError carrying the command error when the result is not ok', async () => {
    const error = {
      code: 'validation' as const,
      message: 'Solicitud inválida en "from": Periodo inválido: use AAAA-MM (por ejemplo 2024-03)',
      issues: [{ path: 'from', message: 'Periodo inválido: use AAAA-MM (por ejemplo 2024-03)' }],
    };
    const fake = createFakeBridge({ 'production.series': () => ({ ok: false, error }) });
    const client = createClient(fake.bridge);

    const failure = await client.send('production.series', { from: '2024-13' }).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ClientError);
    const clientError = failure as ClientError;
    expect(clientError.message).toBe(error.message);
    expect(clientError.code).toBe('validation');
    expect(clientError.command).toBe('production.series');
    expect(clientError.commandError).toEqual(error);
    expect(clientError.issues).toEqual(error.issues);
  });

  it('turns a bridge that throws into a Spanish "unreachable" ClientError', async () => {
    const fake = createFakeBridge({
      'catalog.dimensions': () => {
        throw new Error('IPC channel closed');
      },
    });
    const client = createClient(fake.bridge);

    const failure = (await client.send('catalog.dimensions', {}).catch((e: unknown) => e)) as ClientError;

    expect(failure).toBeInstanceOf(ClientError);
    expect(failure.code).toBe('unreachable');
    expect(failure.message).toMatch(/^No se pudo contactar al servicio de Caudal/);
    expect(failure.commandError).toBeNull();
  });

  it('rejects an answer that is not a command result', async () => {
    const fake = createFakeBridge({ 'catalog.dimensions': () => ({ nope: true }) as never });
    const client = createClient(fake.bridge);

    const failure = (await client.send('catalog.dimensions').catch((e: unknown) => e)) as ClientError;

    expect(failure.code).toBe('bad-response');
    expect(failure.message).toContain('«catalog.dimensions»');
  });

  it('checks outputs against the contract when validation is on, naming the offending field', async () => {
    const broken = { measure: 'fiscalizada', granularity: 'month', rateUnit: 'MPCD', volumeUnit: 'MPC', heatingValues: null, points: [{ period: '2024-01', volumeMpc: '12', rateMpcd: 1, volume: 12, rate: 1, days: 31, months: 1 }] };
    const warn = vi.fn();
    const fake = createFakeBridge({ 'production.series': () => ok(broken) });

    const strict = createClient(fake.bridge, { validateOutput: true, warn });
    const failure = (await strict.send('production.series', {}).catch((e: unknown) => e)) as ClientError;
    expect(failure.code).toBe('bad-response');
    expect(failure.message).toContain('points.0.volumeMpc');
    expect(warn).toHaveBeenCalledOnce();

    const lenient = createClient(fake.bridge, { validateOutput: false });
    await expect(lenient.send('production.series', {})).resolves.toEqual(broken);
  });

  it('delivers valid event payloads and drops malformed ones', () => {
    const fake = createFakeBridge({});
    const warn = vi.fn();
    const client = createClient(fake.bridge, { warn });
    const received: unknown[] = [];

    const unsubscribe = client.on('etl.progress', (payload) => received.push(payload));
    fake.emit('etl.progress', progress);
    fake.emit('etl.progress', { ...progress, step: 'bailando' });

    expect(received).toEqual([progress]);
    expect(warn).toHaveBeenCalledWith('evento etl.progress descartado: no cumple el contrato');

    unsubscribe();
    expect(fake.listenerCount('etl.progress')).toBe(0);
  });
});
