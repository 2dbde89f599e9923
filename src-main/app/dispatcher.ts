import type { z } from 'zod';
import {
  CaudalError,
  commands,
  isCommandName,
  type CommandError,
  type CommandName,
  type CommandOutput,
  type CommandResult,
  type FieldIssue,
  type ParsedInput,
} from '../../src-shared/contract';

export type Handler<N extends CommandName, Ctx> = (input: ParsedInput<N>, ctx: Ctx) => Promise<CommandOutput<N>> | CommandOutput<N>;
export type Handlers<Ctx> = { [N in CommandName]: Handler<N, Ctx> };

/**
 * Who sent a request, as the transport that received it knows it — never a field of the request, so
 * no caller can claim another origin. Handlers that act on the disk (`exports.create`) trust only
 * `in-process` (the CLI and tests, acting for the person at the terminal) with any path; a request
 * without an origin is treated like the least trusted one.
 */
export type RequestOrigin = 'in-process' | 'desktop-window' | 'http-bridge';

export interface Dispatcher {
  /** Validates `input` against the contract, runs the handler and never throws. */
  dispatch(name: string, input: unknown, origin?: RequestOrigin): Promise<CommandResult<unknown>>;
}

/** Logs what went wrong behind an `internal` error; tests pass a spy, the app logs to stderr. */
export type InternalErrorLog = (commandName: string, error: unknown) => void;

export function createDispatcher<Ctx>(handlers: Handlers<Ctx>, ctx: Ctx, logInternal: InternalErrorLog = defaultLog): Dispatcher {
  return {
    async dispatch(name, input, origin) {
      if (!isCommandName(name)) {
        return fail({ code: 'unknown-command', message: `Comando desconocido: "${String(name).slice(0, 100)}"` });
      }
      const schema = commands[name];
      let parsed;
      try {
        parsed = schema.input.safeParse(input ?? undefined);
      } catch {
        // A pathological input (e.g. nested thousands of levels deep) can overflow the validator itself.
        return fail({ code: 'validation', message: 'Solicitud inválida: la entrada es demasiado compleja o anidada' });
      }
      if (!parsed.success) {
        const issues = toFieldIssues(parsed.error);
        const first = issues[0];
        const where = first && first.path ? ` en "${first.path}"` : '';
        return fail({ code: 'validation', message: `Solicitud inválida${where}: ${first?.message ?? 'formato incorrecto'}`, issues });
      }
      try {
        const handler = handlers[name] as Handler<typeof name, Ctx>;
        // The transport's origin joins the app's context for this request only.
        const requestCtx = origin === undefined ? ctx : ({ ...ctx, origin } as Ctx);
        const data = await handler(parsed.data as never, requestCtx);
        return { ok: true, data };
      } catch (error) {
        if (error instanceof CaudalError) {
          return fail({ code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) });
        }
        logInternal(name, error);
        return fail({ code: 'internal', message: 'Error interno al responder la consulta. Se registró el detalle.' });
      }
    },
  };
}

function fail(error: CommandError): CommandResult<never> {
  return { ok: false, error };
}

/** Issues as the contract states them; paths and messages are capped so an error never echoes a huge input. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 20).map((issue) => ({ path: capped(issue.path.map(String).join('.'), 200), message: capped(issue.message, 300) }));
}

function capped(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function defaultLog(commandName: string, error: unknown): void {
  console.error(`[caudal] ${commandName} falló:`, error);
}
