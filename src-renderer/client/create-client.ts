import { z } from 'zod';
import type { CaudalBridge } from '../../src-shared/contract/bridge';
import {
  commandError,
  commands,
  events,
  type CommandInput,
  type CommandName,
  type CommandOutput,
  type EventName,
  type EventPayload,
} from '../../src-shared/contract';
import { ClientError, toClientError, transportMessages } from './client-error';

/** Commands whose whole input may be omitted (every field has a default) take it as optional. */
export type CommandArgs<N extends CommandName> = undefined extends CommandInput<N> ? [input?: CommandInput<N>] : [input: CommandInput<N>];

export interface CaudalClient {
  /** Runs a command; resolves with its typed output or rejects with a ClientError (Spanish message). */
  send<N extends CommandName>(name: N, ...args: CommandArgs<N>): Promise<CommandOutput<N>>;
  /** Listens to an event with a validated payload; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export interface ClientOptions {
  /**
   * Check every output against the contract. On by default in development: a handler that drifts from
   * the contract shows up at once there, while the packaged app skips the (small) cost.
   */
  validateOutput?: boolean;
  /** Where contract violations are reported; tests pass a spy. */
  warn?: (message: string) => void;
}

// The envelope is checked always: it is tiny and a wrong one means the bridge itself is broken.
const resultEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: commandError }),
]);

export function createClient(bridge: CaudalBridge, options: ClientOptions = {}): CaudalClient {
  const validateOutput = options.validateOutput ?? import.meta.env.DEV;
  const warn = options.warn ?? ((message: string) => console.warn(`[caudal] ${message}`));

  async function send<N extends CommandName>(name: N, ...args: CommandArgs<N>): Promise<CommandOutput<N>> {
    let raw: unknown;
    try {
      raw = await bridge.invoke(name, args[0]);
    } catch (error) {
      throw toClientError(name, error);
    }
    const envelope = resultEnvelope.safeParse(raw);
    if (!envelope.success) {
      throw new ClientError(name, 'bad-response', transportMessages.badResponse(name, 'el formato de la respuesta no es válido'));
    }
    if (!envelope.data.ok) throw ClientError.fromCommandError(name, envelope.data.error);
    if (!validateOutput) return envelope.data.data as CommandOutput<N>;

    const output = commands[name].output.safeParse(envelope.data.data);
    if (!output.success) {
      const issue = output.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      const detail = `los datos no cumplen el contrato (${where}${issue?.message ?? 'formato incorrecto'})`;
      warn(`${name}: ${detail}`);
      throw new ClientError(name, 'bad-response', transportMessages.badResponse(name, detail));
    }
    return output.data as CommandOutput<N>;
  }

  function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return bridge.on(event, (raw) => {
      const payload = events[event].payload.safeParse(raw);
      if (!payload.success) {
        // A malformed event is dropped rather than handed to the UI half-understood.
        warn(`evento ${event} descartado: no cumple el contrato`);
        return;
      }
      listener(payload.data as EventPayload<E>);
    });
  }

  return { send, on };
}
