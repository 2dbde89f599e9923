import { describe, expect, it } from 'vitest';
import { parseAnhProductionWorkbook } from '../../../../../../src-main/etl/sources/anh-production/transform';
import { buildAnhWorkbook, fieldRow, type FixtureRow, type MonthlySheetSpec } from '../../../../../support/anh-workbook-fixture';

const enero = (rows: readonly FixtureRow[], extra: Partial<MonthlySheetSpec> = {}): MonthlySheetSpec => ({ kind: 'monthly', name: 'enero-23', year: 2023, month: 1, rows, ...extra });
const parse = async (sheet: MonthlySheetSpec) => parseAnhProductionWorkbook(await buildAnhWorkbook([sheet]));
const repeatWarnings = (warnings: readonly string[]) => warnings.filter((w) => w.includes('repite'));

const uno = fieldRow('CAMPO UNO', 1001, { contract: 'LLA 1', operator: 'OPERADORA UNO S.A.S.', department: 'CASANARE', municipality: 'YOPAL' });
const dos = fieldRow('CAMPO DOS', 250.5, { contract: 'GUA 2', operator: 'OPERADORA DOS', department: 'LA GUAJIRA', municipality: 'MANAURE' });

describe('ANH monthly sheets: lines repeated in every column', () => {
  it('counts a repeated line as the TOTAL does and names it, with the line it repeats', async () => {
    const parsed = await parse(enero([uno, dos, uno]));
    expect(parsed.monthlyRows.map((row) => row.row)).toEqual([8, 9, 10]);
    expect(parsed.reconciliations[0]).toMatchObject({ status: 'reconciled', dataRows: 3, dataTotalMpc: 2252.5 });
    expect(repeatWarnings(parsed.warnings)).toEqual([
      'La fila 10 de la hoja «enero-23» repite exactamente la fila 8 (campo CAMPO UNO, contrato LLA 1, OPERADORA UNO S.A.S., YOPAL, CASANARE, 1.001,00 MPC fiscalizados); se cuenta dos veces, como en el TOTAL de la ANH.',
    ]);
  });

  it('says nothing about the same field twice with different volumes: ANH publishes such pairs and both count', async () => {
    const parsed = await parse(enero([uno, dos, fieldRow('CAMPO UNO', 12.25, { contract: 'LLA 1', operator: 'OPERADORA UNO S.A.S.', department: 'CASANARE', municipality: 'YOPAL' })]));
    expect(parsed.monthlyRows).toHaveLength(3);
    expect(repeatWarnings(parsed.warnings)).toEqual([]);
  });

  it('gathers many repeated lines of a sheet in one warning with a few examples and the count', async () => {
    const fields = Array.from({ length: 7 }, (_, i) => fieldRow(`CAMPO ${i + 1}`, 10 + i, { department: 'META', municipality: 'ACACIAS', operator: 'X' }));
    const parsed = await parse(enero([...fields, ...fields]));
    const warnings = repeatWarnings(parsed.warnings);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^La hoja «enero-23» tiene 7 filas que repiten exactamente otra fila: la 15 repite la 8 \(campo CAMPO 1, contrato CONTRATO X, X, ACACIAS, META, 10,00 MPC fiscalizados\); la 16 repite la 9 /);
    expect(warnings[0]).toMatch(/la 19 repite la 12 \(campo CAMPO 5, [^)]*\) y 2 más\. Se cuentan todas, como en el TOTAL de la ANH\.$/);
    expect(parsed.monthlyRows).toHaveLength(14);
  });

  it('does not claim a TOTAL agrees when the sheet has none', async () => {
    const parsed = await parse(enero([uno, uno], { total: 'none', endNote: 'N.D. = No Definido' }));
    expect(repeatWarnings(parsed.warnings)).toEqual([
      expect.stringMatching(/^La fila 9 de la hoja «enero-23» repite exactamente la fila 8 \(.*\); se cuenta dos veces, la hoja no trae TOTAL con que comprobarlo\.$/),
    ]);
  });
});
