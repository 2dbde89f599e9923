import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Handlers } from '../../../src-main/app/dispatcher';
import { CaudalError } from '../../../src-shared/contract';
import { completeHandlers } from '../../support/fake-handlers';

type Ctx = { calls: string[] };

function fakeHandlers(overrides: Partial<Handlers<Ctx>> = {}): Handlers<Ctx> {
  return completeHandlers<Ctx>({
    'production.series': (input, ctx) => {
      ctx.calls.push(`series ${input.granularity} ${input.measure}`);
      return { measure: input.measure, granularity: input.granularity, rateUnit: input.rateUnit, volumeUnit: input.volumeUnit, points: [], heatingValues: null };
    },
    'production.breakdown': () => {
      throw new Error('SQLITE_ERROR: no such column: secret_internal_name');
    },
    'catalog.dimensions': () => {
      throw new CaudalError('not-found', 'No hay datos cargados');
    },
    'sources.files': () => ({ files: [] }),
    'etl.rejects': () => ({ total: 0, rows: [] }),
    ...overrides,
  });
}

describe('dispatcher', () => {
  it('validates input, applies the contract defaults and runs the handler', async () => {
    const ctx: Ctx = { calls: [] };
    const dispatcher = createDispatcher(fakeHandlers(), ctx);
    const result = await dispatcher.dispatch('production.series', { from: '2024-01' });
    expect(result).toEqual({ ok: true, data: { measure: 'fiscalizada', granularity: 'month', rateUnit: 'MPCD', volumeUnit: 'MPC', points: [], heatingValues: null } });
    expect(ctx.calls).toEqual(['series month fiscalizada']);
  });

  it('answers a bad input with a typed validation error that names the field', async () => {
    const ctx: Ctx = { calls: [] };
    const dispatcher = createDispatcher(fakeHandlers(), ctx);
    const result = await dispatcher.dispatch('production.series', { from: '2024-13', departments: ['5'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.issues?.map((i) => i.path)).toEqual(['from', 'departments.0']);
    expect(result.error.message).toContain('"from"');
    expect(ctx.calls).toEqual([]);
  });

  it('rejects unknown commands and inputs of the wrong type without calling anything', async () => {
    const dispatcher = createDispatcher(fakeHandlers(), { calls: [] });
    expect(await dispatcher.dispatch('production.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown-command' } });
    expect(await dispatcher.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-command' } });
    expect(await dispatcher.dispatch('production.series', 'SELECT 1')).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatcher.dispatch('production.breakdown', { by: 'planet' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('serializes analyst-facing errors as they are and hides internal ones', async () => {
    const logInternal = vi.fn();
    const dispatcher = createDispatcher(fakeHandlers(), { calls: [] }, logInternal);
    expect(await dispatcher.dispatch('catalog.dimensions', {})).toEqual({ ok: false, error: { code: 'not-found', message: 'No hay datos cargados' } });
    const internal = await dispatcher.dispatch('production.breakdown', { by: 'field' });
    expect(internal.ok).toBe(false);
    if (internal.ok) return;
    expect(internal.error.code).toBe('internal');
    expect(JSON.stringify(internal)).not.toContain('SQLITE');
    expect(logInternal).toHaveBeenCalledWith('production.breakdown', expect.any(Error));
  });

  it('treats a missing input as the empty input, so defaults apply', async () => {
    const dispatcher = createDispatcher(fakeHandlers(), { calls: [] });
    expect(await dispatcher.dispatch('etl.rejects', undefined)).toEqual({ ok: true, data: { total: 0, rows: [] } });
    expect(await dispatcher.dispatch('sources.files', null)).toEqual({ ok: true, data: { files: [] } });
  });
});
