import { useCallback } from 'react';
import type { CommandInput, CommandName, CommandOutput } from '../../src-shared/contract';
import type { CaudalClient, CommandArgs } from './create-client';
import { useClientQuery, type ClientQuery } from './use-client-query';

export type CommandQuery<N extends CommandName> = ClientQuery<CommandOutput<N>, CommandInput<N>>;

/**
 * Runs a command whenever its input (compared by value) or `refreshKey` changes; `null` input waits.
 * Answers to superseded requests are dropped, so a slow old query never overwrites a newer one.
 */
export function useCommand<N extends CommandName>(name: N, input: CommandInput<N> | null, refreshKey: unknown = 0): CommandQuery<N> {
  const run = useCallback((client: CaudalClient, request: CommandInput<N>) => client.send(name, ...([request] as CommandArgs<N>)), [name]);
  return useClientQuery(name, input, run, refreshKey);
}
