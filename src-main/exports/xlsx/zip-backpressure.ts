import { setTimeout as sleep } from 'node:timers/promises';
import type ExcelJS from 'exceljs';

/**
 * exceljs's streaming writer hands each sheet's XML to the zip compressor without waiting for it
 * (its StreamBuf ignores backpressure), so a fast producer piles up the uncompressed sheet in memory:
 * 300,000 rows measured 300 MB. This looks at how much XML is waiting — in the pipe to the
 * compressor, or in the sheet's own buffer while the zip still writes an earlier entry — and waits
 * until the compressor catches up. The internals are read defensively: if exceljs changes them the
 * check becomes a no-op and the export still works, only with more memory.
 */
const HIGH_WATER_BYTES = 1024 * 1024;

interface PipeTarget {
  readonly writableLength?: number;
  readonly _writableState?: { readonly length?: number };
}
interface SheetStreamInternals {
  readonly pipes?: readonly PipeTarget[];
  readonly buffers?: ReadonlyArray<{ readonly length?: number }>;
}

export function pendingXmlBytes(worksheet: ExcelJS.Worksheet): number {
  const stream = (worksheet as unknown as { stream?: SheetStreamInternals }).stream;
  if (!stream) return 0;
  const pipe = stream.pipes?.[0];
  const piped = pipe ? (pipe._writableState?.length ?? pipe.writableLength ?? 0) : 0;
  const buffered = (stream.buffers ?? []).reduce((sum, buffer) => sum + (buffer.length ?? 0), 0);
  return piped + buffered;
}

export async function waitForCompressor(worksheet: ExcelJS.Worksheet, signal?: AbortSignal): Promise<void> {
  while (pendingXmlBytes(worksheet) > HIGH_WATER_BYTES && !signal?.aborted) await sleep(1);
}
