import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  looksLikeAnhProductionWorkbook,
  parseAnhProductionWorkbook,
  AnhWorkbookError,
} from '../../../../../src-main/etl/sources/anh-production/transform';
import { findRepeatedLines } from '../../../../../src-main/etl/sources/anh-production/transform/repeated-lines';
import type { AnhWorkbookParse } from '../../../../../src-main/etl/sources/anh-production/types';
import { readWorkbook } from '../../../../../src-main/etl/xlsx';
import { loadWithExceljs } from '../../../../support/exceljs-cells';
import { describeWithSamples, readSample } from '../../../../support/samples';

/**
 * The parser on ANH's real workbooks. Row counts and sums are checked against an independent, naive
 * reading of the same sheets with exceljs (header on row 7, data until the TOTAL line), and the
 * reconciliation outcome against what the samples README documents: ANH's own TOTAL formula leaves
 * out the first data rows in 2020-05 and 2024-08 … 2024-11, and every other month adds up.
 */
interface SheetOracle {
  readonly rows: number;
  readonly fiscalizadaMpc: number;
}

/** Deliberately simple: a different code path from the parser, good enough for these files. */
function naiveMonthlySheet(sheet: ExcelJS.Worksheet): SheetOracle | null {
  const header = sheet.getRow(7);
  let fieldColumn = 0;
  let fiscalizadaColumn = 0;
  header.eachCell((cell, column) => {
    const text = String(cell.value ?? '').replace(/\s+/g, ' ').trim().toUpperCase();
    if (text === 'CAMPO') fieldColumn = column;
    if (text.startsWith('PRODUCCION FISCALIZADA')) fiscalizadaColumn = column;
  });
  if (fieldColumn === 0 || fiscalizadaColumn === 0) return null;
  let rows = 0;
  let fiscalizadaMpc = 0;
  for (let r = 8; r <= sheet.rowCount; r++) {
    const first = String(sheet.getRow(r).getCell(1).value ?? '').toUpperCase();
    if (first.startsWith('TOTAL') || first.startsWith('FUENTE')) break;
    const field = sheet.getRow(r).getCell(fieldColumn).value;
    if (field === null || String(field).trim() === '') continue;
    rows += 1;
    fiscalizadaMpc += Number(sheet.getRow(r).getCell(fiscalizadaColumn).value ?? 0);
  }
  return { rows, fiscalizadaMpc };
}

/** Non-empty month cells of the summary's field lines (header = the row holding "Campo"). */
function naiveSummaryCellCount(sheet: ExcelJS.Worksheet): number {
  let headerRow = 0;
  let fieldColumn = 0;
  for (let r = 1; r <= 20 && headerRow === 0; r++) {
    sheet.getRow(r).eachCell((cell, column) => {
      if (String(cell.value).trim().toUpperCase() === 'CAMPO') {
        headerRow = r;
        fieldColumn = column;
      }
    });
  }
  let cells = 0;
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const field = String(sheet.getRow(r).getCell(fieldColumn).value ?? '').trim();
    if (field === '' || /^TOTAL/i.test(field)) continue;
    sheet.getRow(r).eachCell((cell, column) => {
      if (column > 5 && typeof cell.value === 'number') cells += 1;
    });
  }
  return cells;
}

const samples = [
  { year: 2020, sheets: 12, repeatedKeyPairs: 0, omitted: { '2020-05': { difference: 3.41, cause: 'la fórmula TOTAL omite las filas 8–9: 3,41 MPC' } } },
  {
    year: 2024,
    sheets: 12,
    repeatedKeyPairs: 20,
    omitted: {
      '2024-08': { difference: 3.65, cause: 'la fórmula TOTAL omite las filas 8–11: 3,65 MPC' },
      '2024-09': { difference: 3.9, cause: 'la fórmula TOTAL omite las filas 8–11: 3,90 MPC' },
      '2024-10': { difference: 4.54, cause: 'la fórmula TOTAL omite las filas 8–11: 4,54 MPC' },
      '2024-11': { difference: 4.14, cause: 'la fórmula TOTAL omite las filas 8–11: 4,14 MPC' },
    },
  },
  { year: 2025, sheets: 10, repeatedKeyPairs: 26, omitted: {} },
] as const;

describeWithSamples('ANH yearly workbooks (real samples)', () => {
  for (const sample of samples) {
    describe(`Produccion_Fiscalizada_Gas_${sample.year}.xlsx`, () => {
      let parsed: AnhWorkbookParse;
      let reference: ExcelJS.Workbook;
      beforeAll(async () => {
        const bytes = readSample('anh', `Produccion_Fiscalizada_Gas_${sample.year}.xlsx`);
        expect(looksLikeAnhProductionWorkbook(readWorkbook(bytes))).toBe(true);
        parsed = parseAnhProductionWorkbook(bytes);
        reference = await loadWithExceljs(bytes);
      });

      it('is read as its year, with no rejects and no warnings', () => {
        expect(parsed.year).toBe(sample.year);
        expect(parsed.rejects).toEqual([]);
        expect(parsed.warnings).toEqual([]);
      });

      it('repeats no line in every column, though some keys come twice with different volumes (both are summed)', () => {
        const sheets = [...new Set(parsed.monthlyRows.map((row) => row.sheet))];
        expect(sheets.flatMap((sheet) => findRepeatedLines(parsed.monthlyRows.filter((row) => row.sheet === sheet)))).toEqual([]);
        const lines = new Map<string, number>();
        for (const row of parsed.monthlyRows) {
          const key = JSON.stringify([row.sheet, row.field, row.contract, row.operator, row.department, row.municipality]);
          lines.set(key, (lines.get(key) ?? 0) + 1);
        }
        expect([...lines.values()].filter((count) => count === 2)).toHaveLength(sample.repeatedKeyPairs);
        expect([...lines.values()].some((count) => count > 2)).toBe(false);
      });

      it('has as many rows and as much gas per month sheet as a naive exceljs reading', () => {
        const monthSheets = reference.worksheets.filter((sheet) => /^[a-z]+-\d\d$/.test(sheet.name));
        expect(monthSheets).toHaveLength(sample.sheets);
        for (const sheet of monthSheets) {
          const oracle = naiveMonthlySheet(sheet);
          const ours = parsed.monthlyRows.filter((row) => row.sheet === sheet.name);
          expect(ours.length, sheet.name).toBe(oracle?.rows);
          expect(ours.reduce((sum, row) => sum + (row.measures.fiscalizada ?? 0), 0), sheet.name).toBeCloseTo(oracle?.fiscalizadaMpc ?? NaN, 6);
        }
      });

      it('reports per month the sum of its rows, and a year total that adds them up', () => {
        const monthly = parsed.reconciliations.filter((r) => r.kind === 'monthly-total');
        expect(monthly).toHaveLength(sample.sheets);
        let yearTotal = 0;
        for (const reconciliation of monthly) {
          const rows = parsed.monthlyRows.filter((row) => row.sheet === reconciliation.sheet);
          const sum = rows.reduce((acc, row) => acc + (row.measures.fiscalizada ?? 0), 0);
          expect(reconciliation.dataRows).toBe(rows.length);
          expect(reconciliation.dataTotalMpc).toBeCloseTo(sum, 6);
          expect(rows.every((row) => `${row.year}-${String(row.month).padStart(2, '0')}` === reconciliation.period)).toBe(true);
          yearTotal += reconciliation.dataTotalMpc;
        }
        expect(parsed.monthlyRows.reduce((acc, row) => acc + (row.measures.fiscalizada ?? 0), 0)).toBeCloseTo(yearTotal, 4);
      });

      it("reconciles every month with ANH's TOTAL except where its formula skips rows", () => {
        const monthly = parsed.reconciliations.filter((r) => r.kind === 'monthly-total');
        const notReconciled = Object.fromEntries(
          monthly.filter((r) => r.status !== 'reconciled').map((r) => [r.period, { difference: r.differenceMpc, cause: r.cause }]),
        );
        expect(notReconciled).toEqual(sample.omitted);
        expect(monthly.filter((r) => r.status === 'reconciled').every((r) => r.differenceMpc === 0 && r.cause === null)).toBe(true);
      });

      it('reads the summary sheet and finds it consistent with the month sheets up to rounding', () => {
        const summarySheet = reference.worksheets.find((sheet) => /mpcpd/i.test(sheet.name)) as ExcelJS.Worksheet;
        expect(parsed.summaryRows).toHaveLength(naiveSummaryCellCount(summarySheet));
        const checks = parsed.reconciliations.filter((r) => r.kind === 'summary-vs-monthly');
        expect(checks).toHaveLength(sample.sheets);
        for (const check of checks) {
          expect(check.status, check.period ?? '').toBe('reconciled');
          expect(Math.abs(check.differenceMpc ?? Infinity), check.period ?? '').toBeLessThan(0.2);
        }
      });
    });
  }

  it('does not take a UPME workbook for an ANH one', () => {
    const workbook = readWorkbook(readSample('upme/2024', 'UPME_Series_2024_Gas_Natural_Agregada.xlsx'));
    expect(looksLikeAnhProductionWorkbook(workbook)).toBe(false);
    expect(() => parseAnhProductionWorkbook(workbook)).toThrow(AnhWorkbookError);
  });
});
