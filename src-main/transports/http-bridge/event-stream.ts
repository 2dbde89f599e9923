import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus } from '../../app/event-bus';

/** Keeps idle proxies, antivirus filters and the browser from dropping a quiet stream. */
export const heartbeatIntervalMs = 15_000;

/** A client that stops reading (a frozen tab) is dropped instead of growing the server's memory. */
const maxBufferedBytes = 1024 * 1024;

export interface EventStreams {
  /** Takes over the response: subscribes to the bus until the client goes or `closeAll` runs. */
  open(req: IncomingMessage, res: ServerResponse): void;
  closeAll(): void;
  /** How many streams are open now. */
  readonly size: number;
}

export function createEventStreams(events: EventBus): EventStreams {
  const closers = new Set<() => void>();

  return {
    open(_req, res) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      // Sends the headers now, and tells EventSource to reconnect after 3 s if the server restarts.
      res.write('retry: 3000\n\n');

      let closed = false;
      const write = (chunk: string): void => {
        if (closed) return;
        if (res.writableLength > maxBufferedBytes) {
          close();
          return;
        }
        res.write(chunk);
      };
      const unsubscribe = events.subscribe((name, payload) => write(formatServerSentEvent(name, payload)));
      const heartbeat = setInterval(() => write(': latido\n\n'), heartbeatIntervalMs);
      heartbeat.unref();

      const close = (): void => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        closers.delete(close);
        if (!res.writableEnded) res.end();
      };
      closers.add(close);
      res.on('close', close);
    },
    closeAll() {
      for (const close of [...closers]) close();
    },
    get size() {
      return closers.size;
    },
  };
}

/** One SSE message. JSON.stringify never emits raw newlines, so `data:` stays a single line. */
export function formatServerSentEvent(name: string, payload: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(payload) ?? 'null'}\n\n`;
}
