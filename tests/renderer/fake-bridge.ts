import type { CommandResult } from '../../src-shared/contract';
import type { CaudalBridge } from '../../src-shared/contract/bridge';

export type FakeHandler = (input: unknown) => CommandResult<unknown> | Promise<CommandResult<unknown>>;

/**
 * A bridge answering from a table of handlers, recording every call, and able to push events:
 * what the Electron preload or `caudal serve` would do, without either.
 */
export function createFakeBridge(handlers: Record<string, FakeHandler>) {
  const calls: { name: string; input: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const bridge: CaudalBridge = {
    async invoke(name, input) {
      calls.push({ name, input });
      const handler = handlers[name];
      if (!handler) return { ok: false, error: { code: 'unknown-command', message: `Comando desconocido: "${name}"` } };
      return handler(input);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  function emit(event: string, payload: unknown): void {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  }
  function listenerCount(event: string): number {
    return listeners.get(event)?.size ?? 0;
  }
  return { bridge, calls, emit, listenerCount };
}

export function ok<T>(data: T): CommandResult<T> {
  return { ok: true, data };
}
