import { originsOf, type ConnectivityProbe, type ProbeResult } from './connectivity';

/**
 * One run's view of which publishers answer: each origin is probed once per run (sources sharing
 * datos.gov.co share the answer), and a source is unreachable only when none of its hosts answers.
 */
export interface Reachability {
  check(urls: Readonly<Record<string, string>>, signal: AbortSignal): Promise<ProbeResult>;
}

export function createReachability(probe: ConnectivityProbe): Reachability {
  const byOrigin = new Map<string, Promise<ProbeResult>>();
  const probeOnce = (origin: string, signal: AbortSignal): Promise<ProbeResult> => {
    let pending = byOrigin.get(origin);
    if (!pending) {
      pending = probe(origin, signal);
      // A cancelled probe must not decide for the sources after it.
      pending.catch(() => byOrigin.delete(origin));
      byOrigin.set(origin, pending);
    }
    return pending;
  };
  return {
    async check(urls, signal) {
      const origins = originsOf(urls);
      if (origins.length === 0) return { reachable: true };
      const results = await Promise.all(origins.map((origin) => probeOnce(origin, signal)));
      const reached = results.find((r) => r.reachable);
      return reached ?? results[0]!;
    },
  };
}
