import { useCallback, useEffect, useState } from 'react';
import type { CommandInput, CommandName, CommandOutput } from '../../src-shared/contract';
import { toClientError } from './client-error';
import { useClient } from './client-context';
import type { CommandArgs } from './create-client';
import type { CommandState } from './use-command';

export type CommandBatchQuery<N extends CommandName> = CommandState<CommandOutput<N>[], CommandInput<N>[]> & { reload: () => void };

const idle = { status: 'idle', data: null, dataInput: null, error: null } as const;

/**
 * One command run for several inputs in parallel, answered together (a series per stacked group, the
 * files of each source). Same contract as `useCommand`: `null` waits, answers to superseded requests
 * are dropped, and the last answer stays visible while the next one loads. Any failure fails the
 * batch, so a chart never draws half of its groups as if they were all.
 */
export function useCommandBatch<N extends CommandName>(name: N, inputs: readonly CommandInput<N>[] | null, refreshKey: unknown = 0): CommandBatchQuery<N> {
  const client = useClient();
  const [state, setState] = useState<CommandState<CommandOutput<N>[], CommandInput<N>[]>>(() =>
    inputs === null ? idle : { status: 'loading', data: null, dataInput: null, error: null },
  );
  const [reloads, setReloads] = useState(0);
  const requestKey = inputs === null ? null : JSON.stringify(inputs);

  useEffect(() => {
    if (requestKey === null) {
      setState(idle);
      return;
    }
    let current = true;
    const requests = JSON.parse(requestKey) as CommandInput<N>[];
    setState((previous) => ({ status: 'loading', data: previous.data, dataInput: previous.dataInput, error: null }));
    Promise.all(requests.map((request) => client.send(name, ...([request] as CommandArgs<N>)))).then(
      (data) => {
        if (current) setState({ status: 'success', data, dataInput: requests, error: null });
      },
      (error: unknown) => {
        if (current) setState((previous) => ({ ...previous, status: 'error', error: toClientError(name, error) }));
      },
    );
    return () => {
      current = false;
    };
  }, [client, name, requestKey, refreshKey, reloads]);

  const reload = useCallback(() => setReloads((count) => count + 1), []);
  return { ...state, reload };
}
