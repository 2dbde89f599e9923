import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { main } from '../../../src-main/cli/main';
import { daysInPeriod } from '../../../src-shared/domain/period';
import { captureIo } from '../../support/capture-io';
import { describeWithSamples, samplePath } from '../../support/samples';

const monthNames = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/**
 * An independent, deliberately naive reading of a monthly sheet with exceljs: the PRODUCCION FISCALIZADA
 * column summed from the header row down to the footer. The parser under test must agree with it.
 */
async function sheetSumsWithExceljs(path: string, year: number): Promise<Map<string, number>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sums = new Map<string, number>();
  for (const sheet of workbook.worksheets) {
    const month = monthNames.findIndex((m) => sheet.name.toLowerCase().startsWith(m));
    if (month < 0) continue;
    // 0: header not seen yet; -1: past the footer.
    let column = 0;
    let sum = 0;
    sheet.eachRow((row) => {
      const texts = Array.from(row.values as unknown[], (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().toUpperCase() : ''));
      if (column === 0) {
        column = Math.max(0, texts.findIndex((t) => t.startsWith('PRODUCCION FISCALIZADA')));
        return;
      }
      if (texts.some((t) => t.startsWith('TOTAL') || t.startsWith('PROMEDIO') || t.startsWith('FUENTE'))) column = -1;
      if (column <= 0) return;
      const value = row.getCell(column).value;
      if (typeof value === 'number') sum += value;
    });
    sums.set(`${year}-${String(month + 1).padStart(2, '0')}`, sum);
  }
  return sums;
}

describeWithSamples('caudal import on the real ANH workbooks', () => {
  let dbPath: string;
  let firstRun: ReturnType<typeof captureIo>;
  let firstCode: number;

  beforeAll(async () => {
    dbPath = join(mkdtempSync(join(tmpdir(), 'caudal-cli-samples-')), 'caudal.db');
    firstRun = captureIo();
    firstCode = await main(['import', samplePath('anh'), '--db', dbPath, '--json'], firstRun);
  });

  it('loads 2020, 2024 and 2025 and reports exactly the sheets whose TOTAL formula skips rows', () => {
    expect(firstCode).toBe(0);
    const summary = JSON.parse(firstRun.out());
    const loaded = summary.files.map((f: { coverage: string; status: string; rowsRejected: number }) => [f.coverage, f.status, f.rowsRejected]);
    expect(loaded).toEqual([
      ['2020', 'loaded', 0],
      ['2024', 'loaded', 0],
      ['2025', 'loaded', 0],
    ]);
    const monthly = summary.files.flatMap((f: { reconciliations: Array<{ kind: string }> }) => f.reconciliations.filter((r) => r.kind === 'monthly-total'));
    expect(monthly).toHaveLength(34);
    const notReconciled = monthly.filter((r: { status: string }) => r.status !== 'reconciled');
    expect(notReconciled.map((r: { period: string }) => r.period)).toEqual(['2020-05', '2024-08', '2024-09', '2024-10', '2024-11']);
    for (const r of notReconciled) {
      expect(r.status).toBe('not-reconciled');
      expect(r.differenceMpc).toBeGreaterThan(3);
      expect(r.cause).toMatch(/^la fórmula TOTAL omite las filas 8–(9|11): \d+,\d\d MPC$/);
    }
  });

  it('prints the reconciliation in Spanish, and a second import changes nothing', async () => {
    const again = captureIo();
    expect(await main(['import', samplePath('anh'), '--db', dbPath], again)).toBe(0);
    expect(again.out()).toContain('0 cargados, 3 sin cambios');
    const files = captureIo();
    await main(['query', 'sources.files', '--db', dbPath], files);
    expect(JSON.parse(files.out()).files).toHaveLength(3);
  });

  it('answers production.series for 2024 with the sum of each sheet\'s data rows and rate = volume ÷ days', async () => {
    const io = captureIo();
    expect(await main(['query', 'production.series', '{"from":"2024-01","to":"2024-12","granularity":"month"}', '--db', dbPath], io)).toBe(0);
    const { points } = JSON.parse(io.out()) as { points: Array<{ period: string; volumeMpc: number; rateMpcd: number; days: number }> };
    expect(points).toHaveLength(12);
    const expected = await sheetSumsWithExceljs(samplePath('anh', 'Produccion_Fiscalizada_Gas_2024.xlsx'), 2024);
    expect(expected.size).toBe(12);
    for (const point of points) {
      expect(Math.abs(point.volumeMpc - expected.get(point.period)!)).toBeLessThan(0.01);
      expect(point.days).toBe(daysInPeriod(point.period));
      expect(point.rateMpcd).toBeCloseTo(point.volumeMpc / point.days, 9);
    }
  });
});
