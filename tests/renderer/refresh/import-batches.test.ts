import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../../src-shared/contract/import-files';
import { bytesToBase64, HTTP_UPLOAD_LIMIT_BYTES, localFailure, mergeImports, planBatches, uploadLimits } from '../../../src-renderer/refresh/import-batches';
import { importAnswer } from './refresh-fixtures';

const KB = 1024;
const file = (name: string, size: number) => ({ name, size });

describe('planBatches', () => {
  it('through the HTTP bridge packs files into requests under the 1 MB body and sets aside those too big alone', () => {
    const files = [file('a.xlsx', 300 * KB), file('b.xlsx', 350 * KB), file('grande.zip', 2048 * KB), file('c.xlsx', 100 * KB), file('d.xlsx', 700 * KB)];
    const { batches, tooLarge } = planBatches(files, uploadLimits(true));
    expect(batches.map((batch) => batch.map((f) => f.name))).toEqual([['a.xlsx', 'b.xlsx'], ['c.xlsx'], ['d.xlsx']]);
    expect(tooLarge.map((f) => f.name)).toEqual(['grande.zip']);
    // The base64 of a full batch, in its JSON envelope, fits the bridge's body limit.
    expect(Math.ceil(HTTP_UPLOAD_LIMIT_BYTES / 3) * 4 + 4 * KB).toBeLessThan(1024 * KB);
  });

  it('inside Electron sends big workbooks and never more than 200 files per request', () => {
    const many = Array.from({ length: 201 }, (_, i) => file(`f${i}.xlsx`, KB));
    const { batches, tooLarge } = planBatches([file('grande.zip', 50 * 1024 * KB), ...many], uploadLimits(false));
    expect(tooLarge).toEqual([]);
    expect(batches.map((batch) => batch.length)).toEqual([200, 2]);
    expect(planBatches([file('enorme.zip', MAX_UPLOAD_BYTES + 1)], uploadLimits(false)).tooLarge).toHaveLength(1);
  });
});

describe('bytesToBase64', () => {
  it('matches the standard encoding, also past one chunk', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    // The reference: one character per byte, encoded at once (fine in a test, too slow for big files).
    expect(bytesToBase64(bytes)).toBe(btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join('')));
    expect(bytesToBase64(new TextEncoder().encode('Producción'))).toBe('UHJvZHVjY2nDs24=');
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});

describe('mergeImports', () => {
  it('adds up the requests and counts the files that never left as failed', () => {
    const first = importAnswer({ uploads: [{ fileName: 'a.xlsx', contentBase64: '' }] });
    const second = importAnswer({ uploads: [{ fileName: 'b.xlsx', contentBase64: '' }] });
    const summary = mergeImports([first, second], [localFailure('grande.zip', 'muy grande')]);
    expect(summary.files.map((f) => [f.fileName, f.status])).toEqual([
      ['a.xlsx', 'loaded'],
      ['b.xlsx', 'loaded'],
      ['grande.zip', 'failed'],
    ]);
    expect(summary.totals).toEqual({ loaded: 2, unchanged: 0, unknown: 0, failed: 1, rowsLoaded: 6158, rowsRejected: 4 });
    expect(summary.runIds).toEqual([50, 50]);
  });
});
