import { useCallback } from 'react';
import type { CommandInput, CommandName, CommandOutput } from '../../src-shared/contract';
import type { CaudalClient, CommandArgs } from './create-client';
import { useClientQuery, type ClientQuery } from './use-client-query';

export type CommandBatchQuery<N extends CommandName> = ClientQuery<CommandOutput<N>[], readonly CommandInput<N>[]>;

/**
 * One command run for several inputs in parallel, answered together (a series per stacked group, the
 * files of each source). Same contract as `useCommand`: `null` waits, answers to superseded requests
 * are dropped, and the last answer stays visible while the next one loads. Any failure fails the
 * batch, so a chart never draws half of its groups as if they were all.
 */
export function useCommandBatch<N extends CommandName>(name: N, inputs: readonly CommandInput<N>[] | null, refreshKey: unknown = 0): CommandBatchQuery<N> {
  const run = useCallback(
    (client: CaudalClient, requests: readonly CommandInput<N>[]) => Promise.all(requests.map((request) => client.send(name, ...([request] as CommandArgs<N>)))),
    [name],
  );
  return useClientQuery(name, inputs, run, refreshKey);
}
