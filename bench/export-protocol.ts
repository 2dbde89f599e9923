import type { ExportRequest } from '../src-main/exports/run-export';

/** What bench/export.bench.ts sends to bench/export-child.ts, and the one line it reads back. */
export const EXPORT_RESULT_MARKER = '@@caudal-export ';

export interface ExportChildInput {
  readonly dbPath: string;
  readonly request: ExportRequest;
}

export interface ExportChildResult {
  readonly rows: number;
  readonly bytes: number;
  readonly seconds: number;
  /** Resident memory once the modules are loaded, before the export starts. */
  readonly baselineRssBytes: number;
  /** Kernel-tracked lifetime peak of the process (`resourceUsage().maxRSS`). */
  readonly peakRssBytes: number;
  readonly peakHeapBytes: number;
}
