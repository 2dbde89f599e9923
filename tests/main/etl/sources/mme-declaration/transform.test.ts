import { describe, expect, it } from 'vitest';
import { EtlError } from '../../../../../src-main/etl/etl-error';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { readDeclarationWorkbook } from '../../../../../src-main/etl/sources/mme-declaration/transform/read-declaration-workbook';
import { buildSoporteWorkbook, declining, type FieldSheetSpec, type SheetSpec } from './fixtures/soporte-workbook';

const NAME = 'Resolución 00739 del 2025-05-28 - Declaración 2025-2034 - Soporte_Magnetico_GN_2025-2034-1.xlsm';

/** One field with two operators, the carried-down operator, the State's share and every production type. */
function vigiaSur(layout: 'right' | 'below'): FieldSheetSpec {
  return {
    name: 'VIGIA SUR - 1',
    layout,
    field: 'VIGÍA SUR',
    fieldOperator: 'OPERADORA DEMO S.A.S.',
    contract: 'CONTRATO DE ASOCIACIÓN DEMO',
    heatingValue: 1050,
    firstYear: 2025,
    rows: [
      { operator: 'OPERADORA DEMO S.A.S.', type: 'PTDV', value: declining(10) },
      { type: 'PC- Contratos suministro consumo interno', value: declining(4) },
      { type: 'PP (DECLARADO POR EL OPERADOR DEL CAMPO)', value: declining(15) },
      { operator: 'SOCIO DOS LTDA.', type: 'PTDV', value: declining(2) },
      { operator: 'ESTADO - SOCIO DOS LTDA.', type: 'PTDV', value: declining(0.5) },
      { type: 'GAS OPERACIÓN', value: declining(0.3) },
      { operator: 'IMPORTADOR TRES', type: 'CIDV - IMPORTADOR TRES', value: (y) => (y < 2 ? 1.5 : null) },
    ],
    trailer: [['TOTAL CAMPO', '', 99], ['Nota: cifras en GBTUD', '', null]],
  };
}

async function parse(sheets: SheetSpec[], fileName = NAME) {
  return readDeclarationWorkbook(probeFile(fileName, await buildSoporteWorkbook(sheets)));
}

async function failure(sheets: SheetSpec[], fileName = NAME): Promise<EtlError> {
  try {
    await parse(sheets, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(EtlError);
    return error as EtlError;
  }
  throw new Error('se esperaba un error');
}

describe.each(['right', 'below'] as const)('readDeclarationWorkbook, header values %s of their labels', (layout) => {
  it('reads the header block, every data row with its lineage, and skips sheets that are not fields', async () => {
    const parsed = await parse([
      { kind: 'other', name: 'Instrucciones', cells: [['A1', 'Diligencie una hoja por campo'], ['A3', 'CAMPO']] },
      { kind: 'field', ...vigiaSur(layout) },
      { kind: 'other', name: 'Listas', cells: [['A1', 'CAMPO'], ['A2', 'VIGIA SUR'], ['B1', 'OPERADOR']] },
    ]);
    expect(parsed.resolution).toEqual({ number: '00739', year: 2025, issuedOn: '2025-05-28' });
    expect(parsed.declarationPeriod).toEqual({ firstYear: 2025, lastYear: 2034 });
    expect(parsed.coverage).toBe('Declaración 2025-2034, Resolución 00739 de 2025');
    expect(parsed.fieldSheets).toEqual([
      {
        sheet: 'VIGIA SUR - 1',
        field: 'VIGÍA SUR',
        fieldOperator: 'OPERADORA DEMO S.A.S.',
        contract: 'CONTRATO DE ASOCIACIÓN DEMO',
        heatingValueBtuPerCf: 1050,
        heatingValueCell: layout === 'right' ? 'C7' : 'F8',
      },
    ]);
    expect(parsed.rows.map((r) => [r.row, r.operator, r.productionType, r.productionTypeText, r.isStateShare, r.values.length])).toEqual([
      [11, 'OPERADORA DEMO S.A.S.', 'PTDV', 'PTDV', false, 120],
      [12, 'OPERADORA DEMO S.A.S.', 'PC', 'PC- Contratos suministro consumo interno', false, 120],
      [13, 'OPERADORA DEMO S.A.S.', 'PP', 'PP (DECLARADO POR EL OPERADOR DEL CAMPO)', false, 120],
      [14, 'SOCIO DOS LTDA.', 'PTDV', 'PTDV', false, 120],
      [15, 'SOCIO DOS LTDA.', 'PTDV', 'PTDV', true, 120],
      // A blank operator under an ESTADO row is still the State's share.
      [16, 'SOCIO DOS LTDA.', 'GAS_OPERACION', 'GAS OPERACIÓN', true, 120],
      [17, 'IMPORTADOR TRES', 'CIDV', 'CIDV - IMPORTADOR TRES', false, 24],
    ]);
    const first = parsed.rows[0]!;
    expect(first).toMatchObject({
      resolutionNumber: '00739',
      declarationPeriod: '2025-2034',
      sheet: 'VIGIA SUR - 1',
      field: 'VIGÍA SUR',
      contract: 'CONTRATO DE ASOCIACIÓN DEMO',
      heatingValueBtuPerCf: 1050,
    });
    expect(first.values[0]).toEqual({ period: '2025-01', gbtud: declining(10)(0, 1) });
    expect(first.values[119]).toEqual({ period: '2034-12', gbtud: declining(10)(9, 12) });
    expect(parsed.rows[6]!.values.map((v) => v.period).slice(-1)).toEqual(['2026-12']);
    expect(parsed.rejects).toEqual([]);
    expect(parsed.warnings).toEqual([
      'Se omitió la hoja «Instrucciones»: no tiene «PODER CALORIFICO» ni encabezados «AAAA - Año N (GBTUD)»',
      'La hoja «VIGIA SUR - 1» tiene 1 fila(s) de total: no se cargan (se suman las filas de detalle)',
      'Se omitió la hoja «Listas»: no tiene «PODER CALORIFICO» ni encabezados «AAAA - Año N (GBTUD)»',
    ]);
  });

  it('fails with a clear message when a field sheet lost its year headers', async () => {
    const renamed = { ...vigiaSur(layout), yearHeader: (year: number, n: number) => `${year} - Year ${n} (GBTUD)` };
    const error = await failure([{ kind: 'field', ...renamed }]);
    expect(error.code).toBe('missing-year-headers');
    expect(error.message).toBe(
      'La hoja «VIGIA SUR - 1» tiene «PODER CALORIFICO (BTU/PC)» pero no los encabezados de año «AAAA - Año N (GBTUD)» en sus primeras 30 filas: ¿cambió el formato del soporte magnético?',
    );
  });
});

describe('readDeclarationWorkbook, problems', () => {
  it('refuses a workbook without field sheets, a renamed heating value label and another unit', async () => {
    const noField = await failure([{ kind: 'other', name: 'Hoja1', cells: [['A1', 'Nada que ver']] }]);
    expect(noField.code).toBe('no-field-sheets');
    expect(noField.message).toMatch(/^El libro no tiene ninguna hoja de campo de un soporte magnético/);

    const heating = await failure([{ kind: 'field', ...vigiaSur('right'), heatingLabel: 'HEATING VALUE (BTU/CF)' }]);
    expect([heating.code, heating.message]).toEqual([
      'missing-heating-value-label',
      'La hoja «VIGIA SUR - 1» tiene «CAMPO» y los años pero no la etiqueta «PODER CALORIFICO (BTU/PC)» encima de la fila 9',
    ]);

    const unit = await failure([{ kind: 'field', ...vigiaSur('right'), yearHeader: (year, n) => `${year} - Año ${n} (MPCD)` }]);
    expect(unit.code).toBe('unexpected-unit');
    expect(unit.message).toMatch(/declara en «MPCD» \(«2025 - Año 1 \(MPCD\)»\), no en GBTUD/);
  });

  it('needs the resolution in the file name, and says how to name the file', async () => {
    const error = await failure([{ kind: 'field', ...vigiaSur('right') }], 'Soporte_Magnetico_Declaracion_GN_2025-2034-3.xlsm');
    expect(error.code).toBe('resolution-unknown');
    expect(error.message).toMatch(/Renómbrelo con el número y la fecha de la resolución \(por ejemplo «Resolución 00739 del 28 de mayo de 2025\.xlsm»/);

    const renamedByHand = await parse([{ kind: 'field', ...vigiaSur('right') }], 'Resolución 01640 del 30 de septiembre de 2025.xlsm');
    expect(renamedByHand.resolution).toEqual({ number: '01640', year: 2025, issuedOn: '2025-09-30' });
    expect(renamedByHand.declarationPeriod).toEqual({ firstYear: 2025, lastYear: 2034 }); // from the year headers

    const noYear = await parse([{ kind: 'field', ...vigiaSur('right') }], 'Res_1722.xlsx');
    expect(noYear.resolution).toEqual({ number: '01722', year: 2025, issuedOn: null });
    expect(noYear.warnings).toContain('El nombre del archivo no dice el año de la Resolución 01722: se supone 2025, el primero de la declaración');
  });

  it('keeps the declaration the page lists the file under, and says when the sheets disagree', async () => {
    const parsed = await parse([{ kind: 'field', ...vigiaSur('right'), years: 5 }], 'Resolución 31876 del 2018-09-29 - Declaración 2025-2034 - x.xlsx');
    expect(parsed.declarationPeriod).toEqual({ firstYear: 2025, lastYear: 2034 });
    expect(parsed.warnings).toContain('El libro declara 2025–2029 pero MinEnergía lo publica en la Declaración 2025-2034: se archiva en esta');
  });

  it('rejects bad cells and rows one by one and keeps the rest', async () => {
    const parsed = await parse([
      {
        kind: 'field',
        name: 'CAMPO RICO',
        layout: 'below',
        firstYear: 2025,
        heatingValue: null,
        field: null,
        rows: [
          { operator: 'OPERADORA DEMO S.A.S.', type: 'PTDV', value: (y, m) => (y === 0 && m === 2 ? 'n.d.' : y === 0 && m === 3 ? -1 : y === 0 && m === 4 ? '1.234,5' : y === 0 ? 2 : null) },
          { type: 'PTDVF', value: () => 1 },
          { type: '', value: (y) => (y === 0 ? 3 : null) },
        ],
      },
    ]);
    expect(parsed.fieldSheets[0]).toMatchObject({ field: 'CAMPO RICO', heatingValueBtuPerCf: null, heatingValueCell: null });
    expect(parsed.warnings).toEqual([
      'La hoja «CAMPO RICO» no trae el nombre del CAMPO: se toma del nombre de la hoja («CAMPO RICO»)',
      'La hoja «CAMPO RICO» no declara el poder calorífico (F7): la conversión a MPCD usará el valor supuesto',
    ]);
    const [row] = parsed.rows;
    expect(parsed.rows).toHaveLength(1);
    expect(row!.values.slice(0, 3)).toEqual([
      { period: '2025-01', gbtud: 2 },
      { period: '2025-04', gbtud: 1234.5 },
      { period: '2025-05', gbtud: 2 },
    ]);
    expect(parsed.rejects.map((r) => [r.sheet, r.row, r.reasonCode, r.reason])).toEqual([
      ['CAMPO RICO', 11, 'bad-number', 'La celda F11 (2025-02) no es un número: «n.d.»'],
      ['CAMPO RICO', 11, 'negative-value', 'La celda G11 (2025-03) declara un valor negativo: -1'],
      ['CAMPO RICO', 12, 'unknown-production-type', 'Tipo de producción no reconocido: «PTDVF»'],
      ['CAMPO RICO', 13, 'missing-production-type', 'Fila 13 con valores pero sin tipo de producción'],
    ]);
    expect(parsed.rejects[2]!.raw).toMatchObject({ OPERADOR: '', TIPO: 'PTDVF', '2025-01': 1 });
  });

  it('warns about an implausible heating value and reads a field sheet with no data', async () => {
    const parsed = await parse([
      { kind: 'field', name: 'LEJANO - 2', layout: 'right', firstYear: 2025, heatingValue: 1.05, rows: [] },
    ]);
    expect(parsed.fieldSheets[0]).toMatchObject({ field: 'LEJANO', heatingValueBtuPerCf: null, heatingValueCell: 'C7' });
    expect(parsed.rows).toEqual([]);
    expect(parsed.warnings).toEqual([
      'La hoja «LEJANO - 2» declara un poder calorífico no válido en C7 («1.05», se esperan 300–3000 BTU/PC): la conversión a MPCD usará el valor supuesto',
      'La hoja «LEJANO - 2» (LEJANO) no tiene filas de datos',
    ]);
  });

  it('reads an operator heading its rows, rejects a formula error, and stops at a second table', async () => {
    const parsed = await parse([
      {
        kind: 'field',
        name: 'CUSIANA',
        layout: 'right',
        firstYear: 2025,
        years: 2,
        rows: [
          { operator: 'OPERADORA DEMO S.A.S.', type: '', value: () => null },
          { type: 'PTDV', value: () => 7 },
          { type: 'PC- Exportaciones', value: () => 1 },
        ],
        extraCells: [
          ['F12', { formula: 'E12/0', result: { error: '#DIV/0!' } }],
          ['E20', '2027 - Año 3 (GBTUD)'],
          ['C22', 'OTRA'],
          ['D22', 'PTDV'],
          ['E22', 99],
        ],
      },
    ]);
    expect(parsed.rows.map((r) => [r.row, r.operator, r.productionType, r.values.length])).toEqual([
      [12, 'OPERADORA DEMO S.A.S.', 'PTDV', 23],
      [13, 'OPERADORA DEMO S.A.S.', 'PC', 24],
    ]);
    expect(parsed.rejects.map((r) => [r.row, r.reasonCode, r.reason])).toEqual([[12, 'bad-number', 'La celda F12 (2025-02) no es un número: «#DIV/0!»']]);
    expect(parsed.warnings).toContain('La hoja «CUSIANA» tiene otra tabla desde la fila 20: se lee solo la primera');
    expect(parsed.declarationPeriod).toEqual({ firstYear: 2025, lastYear: 2034 }); // the file name's declaration
  });
});
