import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { readDeclarationWorkbook } from '../../../../../src-main/etl/sources/mme-declaration/transform/read-declaration-workbook';
import { loadSoporte, openDeclarationTestDb, type DeclarationTestDb } from './fixtures/declaration-db';
import { buildSoporteWorkbook, declining, type FieldSheetSpec, type SheetSpec } from './fixtures/soporte-workbook';

const NAME = 'Resolución 01402 del 2025-11-03 - Declaración 2025-2034 - soporte.xlsm';

function fieldSheet(name: string, extra: Partial<FieldSheetSpec> = {}): SheetSpec {
  return {
    kind: 'field',
    name,
    layout: 'below',
    field: 'CAMPO ALFA',
    contract: 'CONTRATO ALFA',
    firstYear: 2025,
    rows: [
      { operator: 'OPERADORA ALFA S.A.S.', type: 'PTDV', value: declining(20) },
      { type: 'PP (DECLARADO POR EL OPERADOR DEL CAMPO)', value: declining(24) },
    ],
    ...extra,
  };
}

const parse = async (sheets: SheetSpec[]) => readDeclarationWorkbook(probeFile(NAME, await buildSoporteWorkbook(sheets)));
const repeatWarnings = (warnings: readonly string[]) => warnings.filter((w) => /dos veces|dos hojas/.test(w));

describe('soporte magnético: a declaration given twice', () => {
  it('loads a field declared in two sheets once, from the first sheet, and names both sheets', async () => {
    const parsed = await parse([fieldSheet('CAMPO ALFA'), fieldSheet('CAMPO ALFA (2)')]);
    expect(parsed.rows.map((r) => [r.sheet, r.row])).toEqual([
      ['CAMPO ALFA', 11],
      ['CAMPO ALFA', 12],
    ]);
    expect(repeatWarnings(parsed.warnings)).toEqual([
      'El campo «CAMPO ALFA» (contrato «CONTRATO ALFA») está declarado en dos hojas, «CAMPO ALFA» y «CAMPO ALFA (2)»: ' +
        'se cargan las cifras de «CAMPO ALFA» y se omiten las 2 filas repetidas (11, 12) de «CAMPO ALFA (2)», con las mismas cifras.',
    ]);
    expect(parsed.rejects.map((r) => [r.sheet, r.row, r.reasonCode, r.reason])).toEqual([
      [
        'CAMPO ALFA (2)',
        11,
        'repeated-in-other-sheet',
        'Repite la fila 11 de la hoja «CAMPO ALFA» (campo «CAMPO ALFA», OPERADORA ALFA S.A.S. con «PTDV»), con las mismas cifras: se cargan las cifras de esa hoja',
      ],
      [
        'CAMPO ALFA (2)',
        12,
        'repeated-in-other-sheet',
        'Repite la fila 12 de la hoja «CAMPO ALFA» (campo «CAMPO ALFA», OPERADORA ALFA S.A.S. con «PP (DECLARADO POR EL OPERADOR DEL CAMPO)»), con las mismas cifras: se cargan las cifras de esa hoja',
      ],
    ]);
    // The figures left out stay visible in the reject.
    expect(parsed.rejects[0]!.raw).toMatchObject({ CAMPO: 'CAMPO ALFA', CONTRATO: 'CONTRATO ALFA', OPERADOR: 'OPERADORA ALFA S.A.S.', TIPO: 'PTDV', '2025-01': declining(20)(0, 1) });
  });

  it('says so when the second sheet gives other figures, and still loads only the first', async () => {
    const parsed = await parse([fieldSheet('CAMPO ALFA'), fieldSheet('CAMPO ALFA (2)', { rows: [{ operator: 'Operadora Alfa SAS', type: 'PTDV', value: declining(30) }] })]);
    expect(parsed.rows.map((r) => [r.sheet, r.row, r.values[0]?.gbtud])).toEqual([
      ['CAMPO ALFA', 11, declining(20)(0, 1)],
      ['CAMPO ALFA', 12, declining(24)(0, 1)],
    ]);
    expect(repeatWarnings(parsed.warnings)).toEqual([
      'El campo «CAMPO ALFA» (contrato «CONTRATO ALFA») está declarado en dos hojas, «CAMPO ALFA» y «CAMPO ALFA (2)»: ' +
        'se cargan las cifras de «CAMPO ALFA» y se omite la fila repetida 11 de «CAMPO ALFA (2)», con cifras distintas.',
    ]);
  });

  it('loads every sheet of a field with several contracts: they are distinct declarations', async () => {
    const parsed = await parse([fieldSheet('VIGIA SUR - 1', { field: 'VIGIA SUR', contract: 'CONTRATO UNO' }), fieldSheet('VIGIA SUR - 2', { field: 'VIGIA SUR', contract: 'CONTRATO DOS' })]);
    expect(parsed.rows).toHaveLength(4);
    expect(parsed.rejects).toEqual([]);
    expect(repeatWarnings(parsed.warnings)).toEqual([]);
  });

  it('loads the first of two rows of one operator and production type in a sheet, and reports the second with its figures', async () => {
    const parsed = await parse([
      fieldSheet('CAMPO ALFA', {
        rows: [
          { operator: 'OPERADORA ALFA S.A.S.', type: 'PTDV', value: declining(20) },
          { type: 'PC- Exportaciones', value: declining(5) },
          // Another PC line and the State's share are other declarations, not repeats.
          { type: 'PC- Refinería de Cartagena', value: declining(3) },
          { operator: 'ESTADO - OPERADORA ALFA S.A.S.', type: 'PTDV', value: declining(2) },
          { operator: 'OPERADORA ALFA S.A.S.', type: 'PTDV', value: declining(35) },
        ],
      }),
    ]);
    expect(parsed.rows.map((r) => r.row)).toEqual([11, 12, 13, 14]);
    expect(repeatWarnings(parsed.warnings)).toEqual([
      'La hoja «CAMPO ALFA» (campo «CAMPO ALFA») declara dos veces OPERADORA ALFA S.A.S. con «PTDV», en las filas 11 y 15 con cifras distintas: se carga la fila 11 y se omite la 15.',
    ]);
    expect(parsed.rejects).toEqual([
      expect.objectContaining({ sheet: 'CAMPO ALFA', row: 15, reasonCode: 'repeated-row', reason: 'Repite la fila 11 (OPERADORA ALFA S.A.S. con «PTDV»), con cifras distintas: se carga la fila 11' }),
    ]);
    expect(parsed.rejects[0]!.raw).toMatchObject({ '2025-01': declining(35)(0, 1) });
  });

  it('gathers many repeats of one sheet in one warning', async () => {
    const operators = Array.from({ length: 7 }, (_, i) => ({ operator: `OPERADORA ${i + 1}`, type: 'PTDV', value: declining(10 + i) }));
    const parsed = await parse([fieldSheet('CAMPO ALFA', { rows: [...operators, ...operators] })]);
    const warnings = repeatWarnings(parsed.warnings);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^La hoja «CAMPO ALFA» \(campo «CAMPO ALFA»\) declara dos veces la misma operadora y tipo de producción en 7 filas: la 18 repite la 11 \(OPERADORA 1 con «PTDV», mismas cifras\); /);
    expect(warnings[0]).toMatch(/ y 2 más\. Se carga la primera de cada par y se omiten las repetidas\.$/);
    expect(parsed.rows).toHaveLength(7);
    expect(parsed.rejects).toHaveLength(7);
  });
});

describe('soporte magnético with a field declared twice, loaded', () => {
  let t: DeclarationTestDb;
  beforeEach(async () => {
    t = await openDeclarationTestDb();
  });
  afterEach(async () => t.close());

  it('stores the field’s figures once: the declared total is the first sheet’s, not twice it', async () => {
    const result = await loadSoporte(t.sqlite, NAME, [fieldSheet('CAMPO ALFA'), fieldSheet('CAMPO ALFA (2)')]);
    expect(result).toMatchObject({ rowsLoaded: 2, rowsRejected: 2 });
    const january = t.sqlite
      .prepare("SELECT sum(m.gbtud) FROM declaration_monthly m JOIN declaration_row r ON r.id = m.row_id WHERE r.production_type = 'PTDV' AND m.period = '2025-01'")
      .pluck()
      .get();
    expect(january).toBe(declining(20)(0, 1));
  });
});
