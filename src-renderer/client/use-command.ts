import { useCallback, useEffect, useState } from 'react';
import type { CommandInput, CommandName, CommandOutput } from '../../src-shared/contract';
import { toClientError, type ClientError } from './client-error';
import { useClient } from './client-context';
import type { CommandArgs } from './create-client';

/**
 * `data` survives a new request (it keeps the last answer while the next one loads) so charts do not
 * blank out on every filter change; `dataInput` is the input that produced it, so whatever is drawn
 * next to the data (axis range, captions) matches it rather than the request still in flight.
 */
export type CommandState<T, I> =
  | { status: 'idle'; data: null; dataInput: null; error: null }
  | { status: 'loading'; data: T | null; dataInput: I | null; error: null }
  | { status: 'success'; data: T; dataInput: I; error: null }
  | { status: 'error'; data: T | null; dataInput: I | null; error: ClientError };

export type CommandQuery<N extends CommandName> = CommandState<CommandOutput<N>, CommandInput<N>> & { reload: () => void };

const idle = { status: 'idle', data: null, dataInput: null, error: null } as const;

/**
 * Runs a command whenever its input (compared by value) or `refreshKey` changes; `null` input waits.
 * Answers to superseded requests are dropped, so a slow old query never overwrites a newer one.
 */
export function useCommand<N extends CommandName>(name: N, input: CommandInput<N> | null, refreshKey: unknown = 0): CommandQuery<N> {
  const client = useClient();
  const [state, setState] = useState<CommandState<CommandOutput<N>, CommandInput<N>>>(() =>
    input === null ? idle : { status: 'loading', data: null, dataInput: null, error: null },
  );
  const [reloads, setReloads] = useState(0);
  // Inputs are plain JSON, so their serialization is a faithful identity for "did the request change".
  const requestKey = input === null ? null : JSON.stringify(input ?? null);

  useEffect(() => {
    if (requestKey === null) {
      setState(idle);
      return;
    }
    let current = true;
    const request = (JSON.parse(requestKey) ?? undefined) as CommandInput<N>;
    setState((previous) => ({ status: 'loading', data: previous.data, dataInput: previous.dataInput, error: null }));
    client.send(name, ...([request] as CommandArgs<N>)).then(
      (data) => {
        if (current) setState({ status: 'success', data, dataInput: request, error: null });
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
