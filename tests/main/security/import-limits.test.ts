import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../src-main/etl/import/import-files';
import { buildAnhWorkbook, fieldRow } from '../../support/anh-workbook-fixture';
import { annexBomb, hugeSheetWorkbook, workbookBomb } from './support/hostile-files';
import { IMPORT_CHILD_MARKER } from './support/import-in-child';

/**
 * Imported files are size-limited before they are parsed: a zip bomb dressed as a workbook, a
 * workbook with a sheet of hundreds of thousands of rows, a bomb inside an annex zip, and a file larger
 * than any publisher's are refused with a Spanish reason, and the process that imports them (its own,
 * measured by the kernel) stays within a few tens of MB of what importing a normal workbook costs.
 */
const child = fileURLToPath(new URL('./support/import-in-child.ts', import.meta.url));
const MB = 1_048_576;
/** What a refused file may cost on top of a normal import: no inflated bomb, no parsed sheet. */
const HEADROOM = 64 * MB;

interface ChildResult {
  outcomes: Array<{ status: string; text: string }>;
  maxRssBytes: number;
}

function importInChild(folder: string, files: readonly string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, ['--import', 'tsx', child, folder, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    process_.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    process_.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    process_.once('error', reject);
    process_.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(IMPORT_CHILD_MARKER));
      if (code === 0 && line) resolve(JSON.parse(line.slice(IMPORT_CHILD_MARKER.length)) as ChildResult);
      else reject(new Error(`la importación terminó con código ${code}: ${err.slice(-1000)}`));
    });
  });
}

describe('imported files are bounded before parsing', () => {
  let dir: string;
  let baseline: number;
  let run = 0;
  const importOne = async (name: string, bytes: Uint8Array | null, sparseBytes?: number) => {
    const folder = join(dir, `caso-${++run}`);
    mkdirSync(folder);
    const file = join(folder, name);
    if (bytes) writeFileSync(file, bytes);
    else {
      // A file of that size without writing it: a sparse file reads as zeros.
      const fd = openSync(file, 'w');
      ftruncateSync(fd, sparseBytes!);
      closeSync(fd);
    }
    return importInChild(folder, [file]);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'caudal-limites-'));
    // What importing an ordinary workbook costs in the same kind of process.
    const normal = await importOne(
      'Produccion_Fiscalizada_Gas_2024.xlsx',
      await buildAnhWorkbook([{ kind: 'monthly', name: 'enero-24', year: 2024, month: 1, rows: [fieldRow('CUSIANA', 310), fieldRow('APIAY', 17)] }]),
    );
    expect(normal.outcomes).toEqual([{ status: 'loaded', text: '2024' }]);
    baseline = normal.maxRssBytes;
  }, 60_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('refuses a zip bomb dressed as a workbook (128 MB of zeros in a 130 kB file) without inflating it', async () => {
    const bomb = workbookBomb(128 * MB);
    expect(bomb.length).toBeLessThan(MB);
    const result = await importOne('Produccion_Fiscalizada_Gas_2023.xlsx', bomb);
    expect(result.outcomes).toEqual([{ status: 'failed', text: expect.stringMatching(/^El libro contiene una parte demasiado grande \(xl\/worksheets\/sheet1\.xml: 128 MB sin comprimir; máximo 32 MB\)\. No se abre por seguridad\.$/) }]);
    expect(result.maxRssBytes).toBeLessThan(baseline + HEADROOM);
  }, 60_000);

  it('refuses a workbook with a huge sheet (300,000 rows) before reading its cells', async () => {
    const result = await importOne('Produccion_Fiscalizada_Gas_2022.xlsx', hugeSheetWorkbook(300_000));
    expect(result.outcomes).toEqual([{ status: 'failed', text: expect.stringMatching(/^El libro contiene una parte demasiado grande \(xl\/worksheets\/sheet1\.xml: \d+ MB sin comprimir; máximo 32 MB\)/) }]);
    expect(result.maxRssBytes).toBeLessThan(baseline + HEADROOM);
  }, 60_000);

  it('refuses an annex zip whose workbook entry is a bomb', async () => {
    const result = await importOne('Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip', annexBomb(300 * MB));
    expect(result.outcomes).toEqual([{ status: 'failed', text: expect.stringMatching(/El zip es demasiado grande al descomprimirlo \(UPME_Series_2024_Gas_Natural_Agregada\.xlsx: 300 MB\); no parece el anexo de la UPME/) }]);
    expect(result.maxRssBytes).toBeLessThan(baseline + HEADROOM);
  }, 60_000);

  it(`refuses a file larger than ${MAX_IMPORT_BYTES / MB} MB without reading it`, async () => {
    const result = await importOne('Produccion_Fiscalizada_Gas_2021.xlsx', null, MAX_IMPORT_BYTES + 1);
    expect(result.outcomes).toEqual([{ status: 'failed', text: `El archivo ocupa ${MAX_IMPORT_BYTES / MB + 1} MB; Caudal importa archivos de hasta ${MAX_IMPORT_BYTES / MB} MB. No se abre.` }]);
    expect(result.maxRssBytes).toBeLessThan(baseline + HEADROOM);
  }, 60_000);
});
