import type { Writable } from 'node:stream';
import type { CsvOptions } from '../../../src-shared/contract/exports';
import type { DatasetRow } from '../../datasets/query/iterate-dataset';
import type { TabularStream } from '../tabular-stream';
import { throwIfCancelled } from '../export-cancelled';
import { writeChunk } from '../write-chunk';
import { csvField, csvHeader } from './csv-cell';

/** The byte order mark that tells Excel the file is UTF-8 (without it, accents come out garbled). */
export const UTF8_BOM = '\uFEFF';
const LINE_END = '\r\n';
const ROWS_PER_CHUNK = 500;

export interface CsvWriteOptions {
  readonly csv: CsvOptions;
  readonly signal?: AbortSignal;
  /** Called after every chunk with the rows written so far. */
  readonly onRows: (done: number) => void;
  /** Each row's source file, for the sources the caller lists (CSV has no sheet for them). */
  readonly onRow?: (row: DatasetRow) => void;
}

/** The dataset as one CSV table: a header row with units, then the rows, written with backpressure. */
export async function writeCsv(out: Writable, data: TabularStream, options: CsvWriteOptions): Promise<number> {
  const { separator } = options.csv;
  const types = data.columns.map((c) => c.type);
  const header = data.columns.map((c) => csvField(csvHeader(c.label, c.unit), 'text', options.csv)).join(separator);
  await writeChunk(out, UTF8_BOM + header + LINE_END);

  let done = 0;
  let chunk = '';
  for (const row of data.rows()) {
    let line = '';
    for (let i = 0; i < types.length; i++) {
      if (i > 0) line += separator;
      line += csvField(row.values[i] ?? null, types[i]!, options.csv);
    }
    chunk += line + LINE_END;
    options.onRow?.(row);
    done += 1;
    if (done % ROWS_PER_CHUNK === 0) {
      await writeChunk(out, chunk);
      chunk = '';
      options.onRows(done);
      throwIfCancelled(options.signal);
    }
  }
  if (chunk) await writeChunk(out, chunk);
  options.onRows(done);
  return done;
}
