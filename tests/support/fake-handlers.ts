import { commands, type CommandName } from '../../src-shared/contract';
import type { Handler, Handlers } from '../../src-main/app/dispatcher';

/**
 * A complete handler map for dispatcher and transport tests: the handlers a test cares about, and for
 * every other command one that fails loudly if called. New commands never break these tests.
 */
export function completeHandlers<Ctx>(handlers: Partial<Handlers<Ctx>>): Handlers<Ctx> {
  const complete: Partial<Record<CommandName, Handler<CommandName, Ctx>>> = {};
  for (const name of Object.keys(commands) as CommandName[]) {
    complete[name] =
      (handlers[name] as Handler<CommandName, Ctx> | undefined) ??
      (() => {
        throw new Error(`La prueba no esperaba el comando ${name}`);
      });
  }
  return complete as Handlers<Ctx>;
}
