import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandOutput, CommandResult } from '../../../src-shared/contract';
import { ClientProvider } from '../../../src-renderer/client/client-context';
import { createClient } from '../../../src-renderer/client/create-client';
import { useCommand, type CommandQuery } from '../../../src-renderer/client/use-command';
import { createFakeBridge } from '../fake-bridge';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Series = CommandOutput<'production.series'>;

function seriesFor(period: string): Series {
  return { measure: 'fiscalizada', granularity: 'month', rateUnit: 'MPCD', volumeUnit: 'MPC', heatingValues: null, points: [{ period, volumeMpc: 31, rateMpcd: 1, volume: 31, rate: 1, days: 31, months: 1 }] };
}

/** Answers each request only when the test says so, in any order. */
function deferredBridge() {
  const pending: { input: unknown; resolve: (result: CommandResult<unknown>) => void }[] = [];
  const fake = createFakeBridge({
    'production.series': (input) => new Promise((resolve) => pending.push({ input, resolve })),
  });
  return { ...fake, pending };
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
});

describe('useCommand', () => {
  it('keeps the newest answer when an older request resolves last, and the input that produced it', async () => {
    const fake = deferredBridge();
    const client = createClient(fake.bridge, { validateOutput: true });
    const seen: CommandQuery<'production.series'>[] = [];
    function Probe({ from }: { from: string }) {
      seen.push(useCommand('production.series', { from, to: from }));
      return null;
    }
    const container = document.createElement('div');
    root = createRoot(container);
    const render = (from: string) =>
      act(async () =>
        root!.render(
          <ClientProvider client={client}>
            <Probe from={from} />
          </ClientProvider>,
        ),
      );

    await render('2024-01');
    await render('2024-02');
    expect(fake.pending.map((request) => request.input)).toEqual([
      { from: '2024-01', to: '2024-01' },
      { from: '2024-02', to: '2024-02' },
    ]);
    expect(seen.at(-1)!.status).toBe('loading');

    await act(async () => fake.pending[1]!.resolve({ ok: true, data: seriesFor('2024-02') }));
    await act(async () => fake.pending[0]!.resolve({ ok: true, data: seriesFor('2024-01') }));

    const last = seen.at(-1)!;
    expect(last.status).toBe('success');
    expect(last.data).toEqual(seriesFor('2024-02'));
    expect(last.dataInput).toEqual({ from: '2024-02', to: '2024-02' });
  });

  it('keeps the previous data while reloading and after a failure', async () => {
    const fake = deferredBridge();
    const client = createClient(fake.bridge, { validateOutput: true });
    const seen: CommandQuery<'production.series'>[] = [];
    function Probe() {
      seen.push(useCommand('production.series', { from: '2024-01' }));
      return null;
    }
    root = createRoot(document.createElement('div'));
    await act(async () =>
      root!.render(
        <ClientProvider client={client}>
          <Probe />
        </ClientProvider>,
      ),
    );
    await act(async () => fake.pending[0]!.resolve({ ok: true, data: seriesFor('2024-01') }));
    expect(seen.at(-1)!.status).toBe('success');

    await act(async () => seen.at(-1)!.reload());
    expect(seen.at(-1)!.status).toBe('loading');
    expect(seen.at(-1)!.data).toEqual(seriesFor('2024-01'));

    await act(async () => fake.pending[1]!.resolve({ ok: false, error: { code: 'internal', message: 'Error interno al responder la consulta.' } }));
    const failed = seen.at(-1)!;
    expect(failed.status).toBe('error');
    expect(failed.error?.message).toBe('Error interno al responder la consulta.');
    expect(failed.data).toEqual(seriesFor('2024-01'));
  });
});
