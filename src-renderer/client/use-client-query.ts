import { useCallback, useEffect, useState } from 'react';
import { toClientError, type ClientError } from './client-error';
import { useClient } from './client-context';
import type { CaudalClient } from './create-client';

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

export type ClientQuery<T, R> = CommandState<T, R> & { reload: () => void };

const idle = { status: 'idle', data: null, dataInput: null, error: null } as const;

/**
 * Runs `run(client, request)` whenever the request (compared by value: it must be plain JSON, or
 * undefined for a command without input) or `refreshKey` changes; `null` waits. Answers to superseded
 * requests are dropped, so a slow old query never overwrites a newer one, and the last answer stays
 * while the next loads. `run` must be stable (module level, or `useCallback`); `label` names the query
 * in error messages. `useCommand` and `useCommandBatch` are this for one command.
 */
export function useClientQuery<T, R>(label: string, request: R | null, run: (client: CaudalClient, request: R) => Promise<T>, refreshKey: unknown = 0): ClientQuery<T, R> {
  const client = useClient();
  const [state, setState] = useState<CommandState<T, R>>(() => (request === null ? idle : { status: 'loading', data: null, dataInput: null, error: null }));
  const [reloads, setReloads] = useState(0);
  // Requests are plain JSON, so their serialization is a faithful identity for "did the request change".
  const requestKey = request === null ? null : JSON.stringify(request ?? null);

  useEffect(() => {
    if (requestKey === null) {
      setState(idle);
      return;
    }
    let current = true;
    const parsed = (JSON.parse(requestKey) ?? undefined) as R;
    setState((previous) => ({ status: 'loading', data: previous.data, dataInput: previous.dataInput, error: null }));
    run(client, parsed).then(
      (data) => {
        if (current) setState({ status: 'success', data, dataInput: parsed, error: null });
      },
      (error: unknown) => {
        if (current) setState((previous) => ({ ...previous, status: 'error', error: toClientError(label, error) }));
      },
    );
    return () => {
      current = false;
    };
  }, [client, label, requestKey, run, refreshKey, reloads]);

  const reload = useCallback(() => setReloads((count) => count + 1), []);
  return { ...state, reload };
}
