import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport, type ExportRequest } from '../../../src-main/exports/run-export';
import { openSeededApp, type SeededApp } from '../datasets/dataset-fixture';
import { readWorkbook, rowValues } from './read-workbook';

let seeded: SeededApp;
beforeAll(async () => {
  seeded = await openSeededApp();
});
afterAll(async () => seeded.close());

describe('rows beyond Excel’s limit of a sheet', () => {
  it('continue on "Datos (2)", "Datos (3)"…, each with its header, frozen row and autofilter', async () => {
    const target = join(seeded.outDir, 'partida.xlsx');
    const request = { dataset: 'production', format: 'xlsx', targetPath: target, filters: {}, unit: 'MPC', csv: { separator: ';', decimal: ',' }, summary: null } as ExportRequest;
    // A limit of 3 rows per sheet stands for Excel's 1,048,575.
    const result = await runExport(request, { dbPath: seeded.dbPath, forbiddenDirs: [], maxRowsPerSheet: 3 });
    expect(result.sheets).toEqual(['Datos', 'Datos (2)', 'Datos (3)', 'Filtros y metadatos', 'Fuentes', 'Rechazos']);
    const book = await readWorkbook(target);
    const parts = ['Datos', 'Datos (2)', 'Datos (3)'].map((name) => book.getWorksheet(name)!);
    expect(parts.map((s) => s.rowCount)).toEqual([4, 4, 2]);
    expect(parts.map((s) => s.autoFilter)).toEqual(['A1:T4', 'A1:T4', 'A1:T2']);
    for (const part of parts) {
      expect(rowValues(part)[0]![9]).toBe('Producción fiscalizada (MPC)');
      expect(part.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const fiscalizada = parts.flatMap((s) => rowValues(s, 2).map((r) => r[9]));
    expect(fiscalizada).toEqual([31, 310, 620, 290, 580, 620, -5]);
  });
});
