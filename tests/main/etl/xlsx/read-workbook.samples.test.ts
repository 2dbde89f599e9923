import { beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { readWorkbook, type Workbook } from '../../../../src-main/etl/xlsx';
import { compareSheet, loadWithExceljs } from '../../../support/exceljs-cells';
import { describeWithSamples, readSample } from '../../../support/samples';

/**
 * Our reader against exceljs on the real workbooks, every sheet, cell by cell: values, cached formula
 * results, formulas (shared ones slid to each cell) and dates.
 */
const workbooks = [
  ['anh', 'Produccion_Fiscalizada_Gas_2020.xlsx'],
  ['anh', 'Produccion_Fiscalizada_Gas_2024.xlsx'],
  ['anh', 'Produccion_Fiscalizada_Gas_2025.xlsx'],
  ['upme/2024', 'UPME_Series_2024_Gas_Natural_Agregada.xlsx'],
  ['upme/2024', 'UPME_Series_2024_Gas_Natural_Industrial.xlsx'],
  ['upme/2024', 'UPME_Series_2024_Gas_Natural_TermoElectrico.xlsx'],
  ['upme/2024', 'UPME_Series_2024_Gas_Natural_Licuado_GNL_Transporte.xlsx'],
] as const;

describeWithSamples('readWorkbook on the real samples, compared with exceljs', () => {
  for (const [folder, file] of workbooks) {
    describe(file, () => {
      let ours: Workbook;
      let reference: ExcelJS.Workbook;
      beforeAll(async () => {
        const bytes = readSample(folder, file);
        ours = readWorkbook(bytes);
        reference = await loadWithExceljs(bytes);
      });

      it('lists the same sheets in the same order', () => {
        expect(ours.sheetNames).toEqual(reference.worksheets.map((sheet) => sheet.name));
      });

      it('reads every cell as exceljs does', () => {
        let compared = 0;
        for (const sheet of reference.worksheets) {
          const result = compareSheet(ours.sheet(sheet.name), sheet);
          expect(result.problems, `${file} › ${sheet.name}`).toEqual([]);
          compared += result.compared;
        }
        expect(compared).toBeGreaterThan(1000);
      });
    });
  }
});

describeWithSamples('readWorkbook on the real samples: spot checks', () => {
  it('reads the ANH 2024-08 TOTAL row with its formula and cached value', () => {
    const sheet = readWorkbook(readSample('anh', 'Produccion_Fiscalizada_Gas_2024.xlsx')).sheet('agosto-24');
    expect(sheet.cell('A286')?.value).toBe('TOTAL (MPC)');
    expect(sheet.cell('H286')).toMatchObject({ formula: 'SUM(H12:H285)', value: 44447.250000000015 });
    expect(sheet.cell('J286')).toMatchObject({ formula: 'SUM(J12:J285)', sharedFormula: { masterRef: 'I286' } });
  });

  it('reads the UPME month column as UTC dates', () => {
    const sheet = readWorkbook(readSample('upme/2024', 'UPME_Series_2024_Gas_Natural_Agregada.xlsx')).sheet('Esc Alto, Medio y Bajo');
    expect((sheet.cell('A3')?.value as Date).toISOString()).toBe('2009-01-01T00:00:00.000Z');
    expect((sheet.cell('A4')?.value as Date).toISOString()).toBe('2009-02-01T00:00:00.000Z');
  });
});
