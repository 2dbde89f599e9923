import { useCallback, useEffect, useState } from 'react';
import { toClientError } from './client-error';
import { useClient } from './client-context';
import type { CaudalClient } from './create-client';
import type { CommandState } from './use-command';

export type ClientQuery<T, R> = CommandState<T, R> & { reload: () => void };

/**
 * A query made of several commands (a breakdown, then one series per group) with `useCommand`'s
 * behaviour: `null` waits, the request is compared by value (it must be plain JSON), answers to
 * superseded requests are dropped, and the last answer stays while the next loads. `run` must be a
 * stable function (defined at module level), `label` names the query in error messages.
 */
export function useClientQuery<T, R>(label: string, request: R | null, run: (client: CaudalClient, request: R) => Promise<T>, refreshKey: unknown = 0): ClientQuery<T, R> {
  const client = useClient();
  const [state, setState] = useState<CommandState<T, R>>(() =>
    request === null ? { status: 'idle', data: null, dataInput: null, error: null } : { status: 'loading', data: null, dataInput: null, error: null },
  );
  const [reloads, setReloads] = useState(0);
  const requestKey = request === null ? null : JSON.stringify(request);

  useEffect(() => {
    if (requestKey === null) {
      setState({ status: 'idle', data: null, dataInput: null, error: null });
      return;
    }
    let current = true;
    const parsed = JSON.parse(requestKey) as R;
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
