import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { CaudalError, type CommandOutput } from '../../../src-shared/contract';
import { createDispatcher, type Dispatcher } from '../../../src-main/app/dispatcher';
import { CommandFailure, createInProcessClient } from '../../../src-main/transports/in-process';
import { createFakeHandlers, emptyDimensions } from './http-bridge/bridge-harness';

function setup() {
  const handlers = createFakeHandlers();
  const logInternal = vi.fn();
  const client = createInProcessClient(createDispatcher(handlers, null, logInternal));
  return { handlers, logInternal, client };
}

describe('createInProcessClient', () => {
  it('send resolves with the typed data of a successful command', async () => {
    const { client, handlers } = setup();
    const series = await client.send('production.series', { from: '2022-01', granularity: 'year' });
    expectTypeOf(series).toEqualTypeOf<CommandOutput<'production.series'>>();
    expect(series).toEqual({ measure: 'fiscalizada', granularity: 'year', rateUnit: 'MPCD', volumeUnit: 'MPC', points: [], heatingValues: null });
    // The app's context (none here) plus the origin this transport vouches for.
    expect(handlers['production.series']).toHaveBeenCalledWith({ from: '2022-01', granularity: 'year', measure: 'fiscalizada', rateUnit: 'MPCD', volumeUnit: 'MPC' }, { origin: 'in-process' });
  });

  it('lets commands with an all-optional input be sent without one', async () => {
    const { client } = setup();
    expect(await client.send('catalog.dimensions')).toEqual(emptyDimensions);
    expect(await client.send('etl.rejects')).toEqual({ total: 0, rows: [] });
    // A command with a required field cannot be sent without an input (checked by tsc).
    // @ts-expect-error: production.breakdown needs at least `by`.
    await expect(client.send('production.breakdown')).rejects.toMatchObject({ code: 'validation' });
  });

  it('send rejects with a CommandFailure carrying the validation error and its issues', async () => {
    const { client, handlers } = setup();
    const failure = await client.send('production.breakdown', { by: 'field', top: 0 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CommandFailure);
    expect(failure).toBeInstanceOf(Error);
    const { command, code, error, message, name } = failure as CommandFailure;
    expect({ command, code, name }).toEqual({ command: 'production.breakdown', code: 'validation', name: 'CommandFailure' });
    expect(message).toBe(error.message);
    expect(message).toMatch(/^Solicitud inválida en "top"/);
    expect(error.issues).toEqual([{ path: 'top', message: expect.any(String) }]);
    expect(handlers['production.breakdown']).not.toHaveBeenCalled();
  });

  it('send rejects with the handler’s own error code and message', async () => {
    const { client } = setup();
    await expect(client.send('production.breakdown', { by: 'department' })).rejects.toMatchObject({
      name: 'CommandFailure',
      code: 'not-found',
      message: 'No hay datos para esos filtros.',
      error: { code: 'not-found', message: 'No hay datos para esos filtros.' },
    });
  });

  it('send hides a handler bug behind an internal error and the dispatcher logs it', async () => {
    const { client, handlers, logInternal } = setup();
    const bug = new Error('SQLITE_ERROR: no such table: facts');
    handlers['sources.files'] = () => {
      throw bug;
    };
    const failure = (await client.send('sources.files', {}).catch((error: unknown) => error)) as CommandFailure;
    expect(failure.code).toBe('internal');
    expect(failure.message).not.toContain('SQLITE');
    expect(logInternal).toHaveBeenCalledWith('sources.files', bug);
  });

  it('sendResult returns the CommandResult as is, success or failure, without throwing', async () => {
    const { client, handlers } = setup();
    expect(await client.sendResult('sources.files', { includeSuperseded: true })).toEqual({ ok: true, data: { files: [] } });
    handlers['sources.files'] = () => {
      throw new CaudalError('conflict', 'Hay una importación en curso.');
    };
    expect(await client.sendResult('sources.files')).toEqual({ ok: false, error: { code: 'conflict', message: 'Hay una importación en curso.' } });
  });

  it('passes the input through untouched to the dispatcher, as an in-process request', async () => {
    const dispatch = vi.fn<Dispatcher['dispatch']>(async () => ({ ok: true, data: { total: 1, rows: [] } }));
    const client = createInProcessClient({ dispatch });
    await client.send('etl.rejects', { limit: 5 });
    await client.send('catalog.dimensions');
    expect(dispatch.mock.calls).toEqual([
      ['etl.rejects', { limit: 5 }, 'in-process'],
      ['catalog.dimensions', undefined, 'in-process'],
    ]);
  });
});
