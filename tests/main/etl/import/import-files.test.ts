import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCaudalApp, type CaudalApp } from '../../../../src-main/app/caudal-app';
import { importFiles } from '../../../../src-main/etl/import/import-files';
import { createInProcessClient } from '../../../../src-main/transports/in-process';
import { buildAnhWorkbook, type MonthlySheetSpec } from '../../../support/anh-workbook-fixture';

let folder: string;
let app: CaudalApp;

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'caudal-import-'));
  app = await openCaudalApp({ dbPath: join(folder, 'caudal.db') });
});
afterEach(async () => app.close());

function monthSheet(month: number, rows: MonthlySheetSpec['rows'], extra: Partial<MonthlySheetSpec> = {}): MonthlySheetSpec {
  const names = ['enero', 'febrero', 'marzo'];
  return { kind: 'monthly', name: `${names[month - 1]}-23`, year: 2023, month, rows, ...extra };
}

const cusiana = { field: 'CUSIANA', contract: 'SANTIAGO DE LAS ATALAYAS', operator: 'ECOPETROL S.A.', department: 'CASANARE', municipality: 'TAURAMENA' };

async function writeWorkbook(name: string, sheets: MonthlySheetSpec[]): Promise<string> {
  const path = join(folder, name);
  writeFileSync(path, await buildAnhWorkbook(sheets));
  return path;
}

/** Everything a query can see, to prove a failed import changed nothing. */
async function snapshot() {
  const client = createInProcessClient(app.dispatcher);
  return {
    series: await client.send('production.series', {}),
    files: await client.send('sources.files', { includeSuperseded: true }),
    rejects: await client.send('etl.rejects', {}),
  };
}

const run = (paths: string[]) => importFiles(app.database, paths, { archiveDir: join(folder, 'archivo'), trigger: 'cli-import' });

describe('importFiles', () => {
  it('loads a workbook once; the same bytes again change nothing', async () => {
    const path = await writeWorkbook('anh-2023.xlsx', [monthSheet(1, [{ ...cusiana, fiscalizada: 310 }]), monthSheet(2, [{ ...cusiana, fiscalizada: 280 }])]);
    const first = run([path]);
    expect(first.ok).toBe(true);
    expect(first.files[0]).toMatchObject({ status: 'loaded', sourceId: 'anh-production', coverage: '2023', rowsLoaded: 2, rowsRejected: 0 });
    const before = await snapshot();
    const second = run([path]);
    expect(second.files[0]).toMatchObject({ status: 'unchanged' });
    expect(await snapshot()).toEqual(before);
    expect(before.series.points.map((p) => p.volumeMpc)).toEqual([310, 280]);
    // The exact bytes are archived under their sha256.
    const [file] = before.files.files;
    const archived = app.database.sqlite.prepare('SELECT archive_path FROM source_file WHERE id = ?').pluck().get(file!.id) as string;
    expect(readFileSync(archived)).toEqual(readFileSync(path));
  });

  it('replaces a year with a newer file of that year, keeping the old one as history', async () => {
    await writeWorkbook('old.xlsx', [monthSheet(1, [{ ...cusiana, fiscalizada: 310 }])]);
    run([join(folder, 'old.xlsx')]);
    const newer = await writeWorkbook('new.xlsx', [monthSheet(1, [{ ...cusiana, fiscalizada: 300 }]), monthSheet(2, [{ ...cusiana, fiscalizada: 270 }])]);
    const result = run([newer]);
    expect(result.files[0]).toMatchObject({ status: 'loaded', supersededFileIds: [1] });
    const after = await snapshot();
    expect(after.series.points.map((p) => [p.period, p.volumeMpc])).toEqual([
      ['2023-01', 300],
      ['2023-02', 270],
    ]);
    expect(after.files.files.map((f) => [f.fileName, f.status])).toEqual([
      ['old.xlsx', 'superseded'],
      ['new.xlsx', 'active'],
    ]);
  });

  it('reports an unknown department as a rejected row with its reason, and loads the rest', async () => {
    const path = await writeWorkbook('rejects.xlsx', [
      monthSheet(1, [
        { ...cusiana, fiscalizada: 310 },
        { ...cusiana, field: 'ATLANTIDA', department: 'ATLANTIDA', fiscalizada: 5 },
        { ...cusiana, field: 'SIN DEPTO', department: 'DEPARTAMENTO NN', fiscalizada: 7 },
      ]),
    ]);
    const result = run([path]);
    expect(result.files[0]).toMatchObject({ status: 'loaded', rowsLoaded: 2, rowsRejected: 1 });
    const { rejects, series } = await snapshot();
    expect(rejects.rows).toEqual([
      expect.objectContaining({ reasonCode: 'unknown-department', sheet: 'enero-23', row: 9, reason: expect.stringContaining('ATLANTIDA') }),
    ]);
    expect(rejects.rows[0]?.raw).toMatchObject({ CAMPO: 'ATLANTIDA', DEPARTAMENTO: 'ATLANTIDA', fiscalizada: 5 });
    // A department the source itself leaves undefined keeps the row in the national total.
    expect(series.points[0]?.volumeMpc).toBe(317);
  });

  describe('bad input leaves loaded data untouched', () => {
    beforeEach(async () => {
      run([await writeWorkbook('good.xlsx', [monthSheet(1, [{ ...cusiana, fiscalizada: 310 }])])]);
    });

    async function expectFailure(path: string, status: 'failed' | 'unknown', message: RegExp) {
      const before = await snapshot();
      const result = run([path]);
      expect(result.ok).toBe(false);
      expect(result.files[0]).toMatchObject({ status });
      const text = result.files[0]!.status === 'failed' ? (result.files[0] as { message: string }).message : (result.files[0] as { reason: string }).reason;
      expect(text).toMatch(message);
      expect(await snapshot()).toEqual(before);
    }

    it('a truncated workbook', async () => {
      const bytes = await buildAnhWorkbook([monthSheet(2, [{ ...cusiana, fiscalizada: 1 }])]);
      const path = join(folder, 'truncated.xlsx');
      writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await expectFailure(path, 'failed', /no es un libro de Excel válido|incompleto|dañado/i);
    });

    it('a file that is not a workbook, and an old .xls', async () => {
      const text = join(folder, 'notes.xlsx');
      writeFileSync(text, 'esto no es un libro');
      await expectFailure(text, 'unknown', /no corresponde a ninguna fuente/);
      const xls = join(folder, 'old.xls');
      writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
      await expectFailure(xls, 'failed', /\.xls/);
    });

    it('a workbook whose required column was renamed', async () => {
      const renamed = await writeWorkbook('renamed.xlsx', [
        monthSheet(2, [{ ...cusiana, fiscalizada: 99 }], {
          columns: [
            ['year', 'AÑO'],
            ['month', 'MES'],
            ['field', 'CAMPO'],
            ['operator', 'OPERADORA'],
            ['department', 'UBICACION'],
            ['municipality', 'MUNICIPIO'],
            ['fiscalizada', 'PRODUCCION FISCALIZADA'],
          ],
        }),
      ]);
      await expectFailure(renamed, 'failed', /DEPARTAMENTO/);
    });

    it('a workbook with an empty sheet and nothing else', async () => {
      const empty = await writeWorkbook('empty.xlsx', [monthSheet(2, [])]);
      await expectFailure(empty, 'failed', /no tiene filas de producción/);
    });

    it('an older edition of a loaded year, with fewer months', async () => {
      run([await writeWorkbook('two-months.xlsx', [monthSheet(1, [{ ...cusiana, fiscalizada: 310 }]), monthSheet(2, [{ ...cusiana, fiscalizada: 280 }])])]);
      const older = await writeWorkbook('one-month.xlsx', [monthSheet(1, [{ ...cusiana, fiscalizada: 305 }])]);
      await expectFailure(older, 'failed', /cubre 1 mes de 2023, pero ya hay 2 meses/);
    });

    it('a missing path', async () => {
      await expectFailure(join(folder, 'no-existe.xlsx'), 'failed', /No existe/);
    });
  });
});
