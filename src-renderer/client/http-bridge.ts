import type { CommandResult } from '../../src-shared/contract';
import { httpRoutes, type CaudalBridge } from '../../src-shared/contract/bridge';
import { BridgeTransportError, transportMessages } from './client-error';

/** The part of EventSource the bridge uses, so tests can pass a fake. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  removeEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

export interface HttpBridgeOptions {
  /** Origin of `caudal serve`; empty means the page's own origin (the normal case). */
  baseUrl?: string;
  fetch?: typeof fetch;
  openEventSource?: (url: string) => EventSourceLike;
}

/**
 * The browser-side twin of the Electron preload, for `caudal serve`: commands are POSTed as JSON and
 * events arrive as server-sent events. The per-launch token travels in the HttpOnly cookie the server
 * set when the browser opened `/?token=…`, so every same-origin request carries it without the page
 * ever seeing it.
 */
export function createHttpBridge(options: HttpBridgeOptions = {}): CaudalBridge {
  const baseUrl = options.baseUrl ?? '';
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const openEventSource = options.openEventSource ?? ((url) => new EventSource(url, { withCredentials: true }));
  const subscriptions = createEventSubscriptions(() => openEventSource(baseUrl + httpRoutes.events));

  return {
    async invoke(name, input) {
      let response: Response;
      try {
        response = await fetchImpl(baseUrl + httpRoutes.invoke + encodeURIComponent(name), {
          method: 'POST',
          // `null` stands for "no input": the dispatcher then applies the command's defaults.
          body: JSON.stringify(input === undefined ? null : input),
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
        });
      } catch (cause) {
        throw new BridgeTransportError('unreachable', transportMessages.unreachable, { cause });
      }
      if (response.status === 401 || response.status === 403) {
        throw new BridgeTransportError('unauthorized', transportMessages.unauthorized);
      }
      // Failed commands may come with a 4xx/5xx status; their JSON body is still the CommandResult.
      let body: unknown;
      try {
        body = await response.json();
      } catch (cause) {
        const detail = response.ok ? 'la respuesta no es JSON' : `HTTP ${response.status} sin resultado legible`;
        throw new BridgeTransportError('bad-response', transportMessages.badResponse(name, detail), { cause });
      }
      return body as CommandResult<unknown>;
    },
    on: subscriptions.on,
  };
}

type PayloadListener = (payload: unknown) => void;

/**
 * One EventSource for the whole page, opened on the first subscription and closed with the last one.
 * EventSource reconnects by itself when `caudal serve` restarts.
 */
function createEventSubscriptions(open: () => EventSourceLike) {
  let source: EventSourceLike | null = null;
  const listenersByEvent = new Map<string, Set<PayloadListener>>();
  const handlersByEvent = new Map<string, (event: MessageEvent<string>) => void>();

  function on(event: string, listener: PayloadListener): () => void {
    source ??= open();
    let listeners = listenersByEvent.get(event);
    if (!listeners) {
      const eventListeners = new Set<PayloadListener>();
      listeners = eventListeners;
      listenersByEvent.set(event, eventListeners);
      const handler = (message: MessageEvent<string>) => {
        let payload: unknown;
        try {
          payload = JSON.parse(message.data);
        } catch {
          return; // not JSON: nothing a listener could use
        }
        for (const each of [...eventListeners]) each(payload);
      };
      handlersByEvent.set(event, handler);
      source.addEventListener(event, handler);
    }
    listeners.add(listener);

    return () => {
      const current = listenersByEvent.get(event);
      if (!current?.delete(listener) || current.size > 0) return;
      listenersByEvent.delete(event);
      const handler = handlersByEvent.get(event);
      handlersByEvent.delete(event);
      if (handler) source?.removeEventListener(event, handler);
      if (listenersByEvent.size === 0) {
        source?.close();
        source = null;
      }
    };
  }

  return { on };
}
