import { Agent, request, type Dispatcher } from 'undici';
import { browserHeaders } from '../http/browser-headers';
import { fromNetworkError, targetOf } from '../http/http-failures';

/**
 * A quick "can we reach the publisher at all?" before a source's refresh, so a laptop without network
 * fails in seconds instead of waiting out every request's timeouts and retries (15 s to connect, 30 s
 * for an answer, three attempts). A HEAD of the site's root: any HTTP answer, even an error page, means
 * the publisher is reachable; the source's own requests then say what is wrong.
 */
export type ProbeResult = { readonly reachable: true } | { readonly reachable: false; readonly reason: string };

/** `origin` is `https://host[:port]`. Rejects only when `signal` aborts. */
export type ConnectivityProbe = (origin: string, signal: AbortSignal) => Promise<ProbeResult>;

export interface HttpProbeOptions {
  /** TCP (and TLS) connect. */
  readonly connectTimeoutMs?: number;
  /** From the request to the answer's status line: a host that accepts and never answers is unreachable. */
  readonly answerTimeoutMs?: number;
  /** Tests pass a MockAgent; by default an Agent with the connect timeout. */
  readonly dispatcher?: Dispatcher;
}

export interface ClosableProbe {
  readonly probe: ConnectivityProbe;
  close(): Promise<void>;
}

export const defaultProbeTimeouts = { connectTimeoutMs: 3_000, answerTimeoutMs: 5_000 } as const;

export function createHttpProbe(options: HttpProbeOptions = {}): ClosableProbe {
  const connectTimeoutMs = options.connectTimeoutMs ?? defaultProbeTimeouts.connectTimeoutMs;
  const answerTimeoutMs = options.answerTimeoutMs ?? defaultProbeTimeouts.answerTimeoutMs;
  const ownAgent = options.dispatcher ? null : new Agent({ connect: { timeout: connectTimeoutMs }, headersTimeout: answerTimeoutMs, bodyTimeout: answerTimeoutMs });
  const dispatcher = options.dispatcher ?? (ownAgent as Agent);

  const probe: ConnectivityProbe = async (origin, signal) => {
    signal.throwIfAborted();
    // The overall budget also covers a DNS lookup that hangs (undici's connect timeout starts after it).
    const budget = AbortSignal.timeout(connectTimeoutMs + answerTimeoutMs);
    try {
      const response = await request(`${origin}/`, {
        method: 'HEAD',
        dispatcher,
        headers: browserHeaders,
        headersTimeout: answerTimeoutMs,
        signal: AbortSignal.any([signal, budget]),
      });
      await response.body.dump().catch(() => undefined);
      return { reachable: true };
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (budget.aborted) return { reachable: false, reason: `${hostOfOrigin(origin)} no respondió en ${(connectTimeoutMs + answerTimeoutMs) / 1000} s` };
      const failure = fromNetworkError(error, targetOf(origin), 'request', { headersTimeoutMs: answerTimeoutMs, bodyTimeoutMs: answerTimeoutMs });
      return { reachable: false, reason: failure.message.replace(/^Sin conexión:\s*/i, '') };
    }
  };

  return {
    probe,
    async close() {
      await ownAgent?.close();
    },
  };
}

/** The distinct origins of a source's URLs (empty ones are switched off and not probed). */
export function originsOf(urls: Readonly<Record<string, string>>): string[] {
  const origins = new Set<string>();
  for (const url of Object.values(urls)) {
    if (!url) continue;
    try {
      origins.add(new URL(url).origin);
    } catch {
      // An invalid URL is the source's own error to report.
    }
  }
  return [...origins];
}

function hostOfOrigin(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}
