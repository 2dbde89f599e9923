import type { EventPayload } from '../../../src-shared/contract';
import type { SourceId } from '../../../src-shared/contract/sources';
import type { SourceRefreshStatus } from './refresh-result';
import type { RefreshStep } from './refreshable-source';

export type RefreshProgress = EventPayload<'etl.progress'>;

export interface SourceProgressBase {
  readonly runId: number;
  readonly sourceId: SourceId;
  readonly sourceIndex: number;
  readonly sourceCount: number;
}

/** One source's progress, turned into `etl.progress` payloads. */
export interface SourceProgress {
  step(step: RefreshStep, done: number, total: number | null, message?: string | null, file?: string | null): void;
  /**
   * Bytes of the answer being received, emitted at most once per percent (or per 256 KiB without a
   * size): under `discover` while the source is still reading its listing, under `download` otherwise.
   */
  bytes(file: string, receivedBytes: number, totalBytes: number | null): void;
  finish(step: 'done' | 'failed' | 'cancelled', status: SourceRefreshStatus, message: string): void;
}

const UNSIZED_EMIT_BYTES = 256 * 1024;

/**
 * Emits the payloads with an ETA from the pace so far (`now` is injected: tests use a fake clock).
 * Byte events are thinned by progress made, never by time, so what is emitted is deterministic.
 */
export function createSourceProgress(base: SourceProgressBase, emit: (progress: RefreshProgress) => void, now: () => Date): SourceProgress {
  let phase = { key: '', startedAt: now().getTime() };
  let lastBytes = { file: '', emittedAt: -1, percent: -1 };
  let currentStep: RefreshStep = 'discover';

  const phaseStart = (key: string): number => {
    if (phase.key !== key) phase = { key, startedAt: now().getTime() };
    return phase.startedAt;
  };
  const send = (payload: Omit<RefreshProgress, keyof SourceProgressBase>) => emit({ ...base, ...payload });

  return {
    step(step, done, total, message = null, file = null) {
      currentStep = step;
      const startedAt = phaseStart(step === 'download' ? `download:${file ?? ''}` : step);
      send({ step, file, done, total, message, etaSeconds: estimateEtaSeconds(startedAt, now().getTime(), done, total) });
    },
    bytes(file, receivedBytes, totalBytes) {
      const startedAt = phaseStart(`bytes:${file}`);
      if (lastBytes.file !== file) lastBytes = { file, emittedAt: -1, percent: -1 };
      const percent = totalBytes ? Math.floor((receivedBytes * 100) / totalBytes) : -1;
      const finished = totalBytes !== null && receivedBytes >= totalBytes;
      const worthEmitting =
        lastBytes.emittedAt < 0 || finished || (totalBytes ? percent > lastBytes.percent : receivedBytes - lastBytes.emittedAt >= UNSIZED_EMIT_BYTES);
      if (!worthEmitting) return;
      lastBytes = { file, emittedAt: receivedBytes, percent };
      send({
        step: currentStep === 'discover' ? 'discover' : 'download',
        file,
        done: receivedBytes,
        total: totalBytes,
        message: null,
        receivedBytes,
        totalBytes,
        etaSeconds: estimateEtaSeconds(startedAt, now().getTime(), receivedBytes, totalBytes),
      });
    },
    finish(step, status, message) {
      send({ step, file: null, done: 1, total: 1, message, status, etaSeconds: 0 });
    },
  };
}

/**
 * Seconds left if the pace so far holds: elapsed ÷ done × remaining. Null without a total, before any
 * progress, or before any time has passed (no pace to go by yet).
 */
export function estimateEtaSeconds(startedAtMs: number, nowMs: number, done: number, total: number | null): number | null {
  if (total === null || done <= 0) return null;
  if (done >= total) return 0;
  const elapsed = nowMs - startedAtMs;
  if (elapsed <= 0) return null;
  return Math.round(((elapsed / done) * (total - done)) / 1000);
}
