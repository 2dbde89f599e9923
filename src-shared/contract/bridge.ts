import type { CommandResult } from './errors';

/**
 * What the Electron preload exposes as `window.caudal`, and what the HTTP bridge mirrors:
 * one generic `invoke` and one `on`. No other main-process capability reaches the renderer.
 */
export interface CaudalBridge {
  invoke(name: string, input: unknown): Promise<CommandResult<unknown>>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** IPC channel names shared by the preload and the main process. */
export const ipcChannels = {
  invoke: 'caudal:invoke',
  event: 'caudal:event',
} as const;

/** HTTP bridge routes (loopback only; every request needs the per-launch token). */
export const httpRoutes = {
  /** POST with a JSON body; answers a CommandResult as JSON. */
  invoke: '/api/invoke/',
  /** Server-sent events: `event: <name>` / `data: <json>`. */
  events: '/api/events',
  /** GET `/?token=…` trades the token for an HttpOnly cookie, then redirects to `/`. */
  tokenQuery: 'token',
  tokenCookie: 'caudal_token',
  tokenHeader: 'x-caudal-token',
} as const;
