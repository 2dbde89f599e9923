import type { CommandError, CommandInput, CommandName, CommandOutput, CommandResult, ErrorCode } from '../../src-shared/contract';
import type { Dispatcher } from '../app/dispatcher';

/** A command answered `ok: false`; carries the contract error unchanged (code, Spanish message, issues). */
export class CommandFailure extends Error {
  override readonly name = 'CommandFailure';

  constructor(
    readonly command: string,
    readonly error: CommandError,
  ) {
    super(error.message);
  }

  get code(): ErrorCode {
    return this.error.code;
  }
}

/** Commands whose whole input is optional (e.g. `catalog.dimensions`) can be sent without one. */
export type CommandInputArgs<N extends CommandName> = undefined extends CommandInput<N> ? [input?: CommandInput<N>] : [input: CommandInput<N>];

export interface InProcessClient {
  /** Resolves with the command's data; rejects with a CommandFailure when the dispatcher answers `ok: false`. */
  send<N extends CommandName>(name: N, ...input: CommandInputArgs<N>): Promise<CommandOutput<N>>;
  /** The dispatcher's answer as is, for callers that render failures themselves. */
  sendResult<N extends CommandName>(name: N, ...input: CommandInputArgs<N>): Promise<CommandResult<CommandOutput<N>>>;
}

/**
 * The third transport, for tests and the CLI: same dispatcher, same validation, no serialization.
 * The dispatcher returns data it checked against the contract's input only, so the output type here is
 * the handler's promise, exactly as over IPC or HTTP.
 * Requests carry the `in-process` origin: the code calling here runs with the user's own rights (the
 * CLI writes `--out` where the user typed it), unlike a page or a script on the other transports.
 */
export function createInProcessClient(dispatcher: Dispatcher): InProcessClient {
  const sendResult = async <N extends CommandName>(name: N, ...input: CommandInputArgs<N>): Promise<CommandResult<CommandOutput<N>>> =>
    (await dispatcher.dispatch(name, input[0], 'in-process')) as CommandResult<CommandOutput<N>>;

  return {
    sendResult,
    async send(name, ...input) {
      const result = await sendResult(name, ...input);
      if (!result.ok) throw new CommandFailure(name, result.error);
      return result.data;
    },
  };
}
