import { describe, expect, it } from 'vitest';
import { AnhWorkbookError } from '../../../../../../src-main/etl/sources/anh-production/transform';
import { mostCommon, resolveSheetPeriod } from '../../../../../../src-main/etl/sources/anh-production/transform/resolve-sheet-period';

describe('resolveSheetPeriod', () => {
  it('prefers the AÑO/MES cells, then the sheet name, then the title', () => {
    expect(resolveSheetPeriod({ sheetName: 'abril-24', titleTexts: ['abril de 2024'], yearsInCells: [2024, 2024], monthsInCells: [4, 4] })).toEqual({
      year: 2024,
      month: 4,
      warnings: [],
    });
    expect(resolveSheetPeriod({ sheetName: 'Hoja3', titleTexts: ['AGENCIA', 'mayo de 2016'], yearsInCells: [], monthsInCells: [] })).toMatchObject({ year: 2016, month: 5 });
    expect(resolveSheetPeriod({ sheetName: 'junio-19', titleTexts: [], yearsInCells: [], monthsInCells: [] })).toMatchObject({ year: 2019, month: 6 });
  });

  it('reports a title that disagrees with the cells', () => {
    const period = resolveSheetPeriod({ sheetName: 'mayo-24', titleTexts: ['abril de 2024'], yearsInCells: [2024], monthsInCells: [5] });
    expect(period.warnings).toEqual(['El título de la hoja «mayo-24» indica abril de 2024, pero sus filas son de mayo de 2024.']);
  });

  it('fails clearly when nothing says the month', () => {
    expect(() => resolveSheetPeriod({ sheetName: 'Datos', titleTexts: [], yearsInCells: [2024], monthsInCells: [] })).toThrow(AnhWorkbookError);
    expect(() => resolveSheetPeriod({ sheetName: 'Datos', titleTexts: [], yearsInCells: [2024], monthsInCells: [] })).toThrow(/«Datos».*el mes/);
  });

  it('mostCommon breaks ties by first appearance', () => {
    expect(mostCommon([5, 4, 4, 5])).toBe(5);
    expect(mostCommon([1, 2, 2])).toBe(2);
    expect(mostCommon([])).toBeNull();
  });
});
