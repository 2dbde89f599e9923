import type { ExportProgress } from '../../src-shared/contract/exports';

export type ProgressListener = (progress: ExportProgress) => void;

export interface ProgressReporter {
  phase(phase: ExportProgress['phase'], sheet?: string | null): void;
  /** Rows written so far; reported at most every `intervalMs`, so a fast export sends few events. */
  rows(done: number, sheet: string | null): void;
  readonly rowsDone: number;
}

export interface ProgressOptions {
  readonly exportId: string;
  readonly total: number;
  readonly listener: ProgressListener | undefined;
  /** Milliseconds; injected by tests. */
  readonly now?: () => number;
  readonly intervalMs?: number;
}

/** Progress with an ETA from the pace so far (rows per second since the first row). */
export function createProgressReporter(options: ProgressOptions): ProgressReporter {
  const now = options.now ?? (() => performance.now());
  const intervalMs = options.intervalMs ?? 250;
  let rowsDone = 0;
  let startedAt: number | null = null;
  let lastSentAt = -Infinity;
  let sheet: string | null = null;

  const send = (phase: ExportProgress['phase']) => {
    if (!options.listener) return;
    options.listener({ exportId: options.exportId, phase, rowsDone, rowsTotal: options.total, etaSeconds: phase === 'rows' ? eta() : phase === 'done' ? 0 : null, sheet });
  };
  const eta = (): number | null => {
    if (startedAt === null || rowsDone === 0) return null;
    const elapsedSeconds = (now() - startedAt) / 1000;
    if (elapsedSeconds <= 0) return null;
    return Math.max(0, ((options.total - rowsDone) * elapsedSeconds) / rowsDone);
  };

  return {
    get rowsDone() {
      return rowsDone;
    },
    phase(phase, newSheet = null) {
      sheet = newSheet;
      if (phase === 'rows' && startedAt === null) startedAt = now();
      lastSentAt = now();
      send(phase);
    },
    rows(done, newSheet) {
      rowsDone = done;
      sheet = newSheet;
      startedAt ??= now();
      const at = now();
      if (at - lastSentAt < intervalMs && done < options.total) return;
      lastSentAt = at;
      send('rows');
    },
  };
}
