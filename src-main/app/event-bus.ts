import type { EventName, EventPayload } from '../../src-shared/contract';

export type EventListener = (name: EventName, payload: unknown) => void;

/** Fans main-process events out to every transport (IPC windows, HTTP server-sent events, tests). */
export interface EventBus {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(name, payload) {
      for (const listener of [...listeners]) {
        try {
          listener(name, payload);
        } catch (error) {
          // One broken subscriber (a closed window, a dropped SSE stream) must not stop the others.
          console.error(`[caudal] suscriptor de ${name} falló:`, error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
