import { describe, expect, it } from 'vitest';
import { EtlError } from '../../../../../src-main/etl/etl-error';
import { AnhWorkbookError, parseAnhProductionWorkbook } from '../../../../../src-main/etl/sources/anh-production/transform';
import type { AnhWorkbookParse } from '../../../../../src-main/etl/sources/anh-production/types';
import {
  buildAnhWorkbook,
  departmentFirstColumns,
  fieldFirstColumns,
  fieldRow,
  type FixtureSheetSpec,
  type MonthlySheetSpec,
} from '../../../../support/anh-workbook-fixture';

const parse = async (sheets: readonly FixtureSheetSpec[]): Promise<AnhWorkbookParse> => parseAnhProductionWorkbook(await buildAnhWorkbook(sheets));

async function parseError(sheets: readonly FixtureSheetSpec[]): Promise<AnhWorkbookError> {
  try {
    await parse(sheets);
  } catch (error) {
    if (error instanceof AnhWorkbookError) return error;
    throw error;
  }
  throw new Error('se esperaba un AnhWorkbookError');
}

const month = (name: string, monthNumber: number, rows: MonthlySheetSpec['rows'], extra: Partial<MonthlySheetSpec> = {}): MonthlySheetSpec => ({
  kind: 'monthly',
  name,
  year: 2024,
  month: monthNumber,
  rows,
  ...extra,
});

describe('parseAnhProductionWorkbook: month sheets', () => {
  it('reads both column orders of one workbook into the same rows, trimming names', async () => {
    const result = await parse([
      month('julio-24', 7, [fieldRow('CUSIANA ', 1000.25, { operator: 'ECOPETROL S.A ', department: ' CASANARE' }), fieldRow('APIAY', 17.4)]),
      month('agosto-24', 8, [fieldRow('CUSIANA', 990.5, { operator: 'ECOPETROL S.A.' }), fieldRow('APIAY', 17)], { columns: fieldFirstColumns }),
    ]);
    expect(result.year).toBe(2024);
    expect(result.monthlyRows).toHaveLength(4);
    expect(result.monthlyRows[0]).toEqual({
      sheet: 'julio-24',
      row: 8,
      year: 2024,
      month: 7,
      field: 'CUSIANA',
      contract: 'CONTRATO X',
      operator: 'ECOPETROL S.A',
      department: 'CASANARE',
      municipality: 'YOPAL',
      measures: {
        fiscalizada: 1000.25,
        gasLift: 0,
        reinyectado: 0,
        quemado: 100.03,
        consumoCampo: 0,
        enviadoPlanta: 0,
        transformado: 0,
        entregadoGasoductos: 900.23,
      },
    });
    expect(result.monthlyRows[2]).toMatchObject({ sheet: 'agosto-24', month: 8, field: 'CUSIANA', operator: 'ECOPETROL S.A.', measures: { fiscalizada: 990.5 } });
    expect(result.rejects).toEqual([]);
    expect(result.reconciliations.map((r) => [r.period, r.status, r.dataRows, r.dataTotalMpc, r.fileTotalMpc, r.differenceMpc])).toEqual([
      ['2024-07', 'reconciled', 2, 1017.65, 1017.65, 0],
      ['2024-08', 'reconciled', 2, 1007.5, 1007.5, 0],
    ]);
  });

  it('finds the header by content on another row, in any column order, with odd header spellings', async () => {
    const shuffled = [
      ['field', 'Campo *'],
      ['fiscalizada', 'Producción\r\nFiscalizada (MPC)'],
      ['municipality', 'MUNICIPIO '],
      ['department', 'DEPARTAMENTO*'],
      ['operator', 'OPERADORA'],
      ['month', 'MES'],
      ['year', 'AÑO'],
      ['quemado', 'gas quemado'],
    ] as const;
    const result = await parse([month('mayo-24', 5, [fieldRow('LA CRECIENTE', 12.5)], { headerRow: 11, columns: shuffled })]);
    expect(result.monthlyRows).toEqual([
      expect.objectContaining({
        row: 12,
        field: 'LA CRECIENTE',
        contract: null,
        measures: expect.objectContaining({ fiscalizada: 12.5, quemado: 1.25, gasLift: null, entregadoGasoductos: null }),
      }),
    ]);
    expect(result.warnings).toContainEqual(expect.stringMatching(/no tiene las columnas «CONTRATO», «GAS LIFT».*quedan vacíos/));
  });

  it('skips a units line under the header, but not a line with descriptive text', async () => {
    const units = { fiscalizada: '(MPC)', quemado: '(MPC)' };
    const result = await parse([month('enero-24', 1, [units, fieldRow('A', 1, { year: 2024, month: 1 })], { noDefaultPeriod: true })]);
    expect(result.rejects).toEqual([]);
    expect(result.monthlyRows.map((row) => row.row)).toEqual([9]);

    const withStray = await parse([month('enero-24', 1, [{ department: 'CASANARE' }, fieldRow('A', 1, { year: 2024, month: 1 })], { noDefaultPeriod: true })]);
    expect(withStray.rejects.map((r) => [r.row, r.reasonCode])).toEqual([[8, 'missing-field']]);
  });

  it('ends the data at "N.D. = No Definido" when there is no TOTAL line, and says so', async () => {
    const result = await parse([month('marzo-24', 3, [fieldRow('A', 1), fieldRow('B', 2), null], { total: 'none', endNote: 'N.D. = No Definido' })]);
    expect(result.monthlyRows.map((row) => row.field)).toEqual(['A', 'B']);
    expect(result.rejects).toEqual([]);
    expect(result.reconciliations[0]).toMatchObject({ status: 'no-total', fileTotalMpc: null, differenceMpc: null, dataTotalMpc: 3, cause: 'la hoja no trae fila TOTAL (MPC)' });
  });

  it("gives a row with no month the sheet's month, and reports it", async () => {
    const result = await parse([month('junio-24', 6, [fieldRow('A', 1), fieldRow('B', 2, { month: null }), fieldRow('C', 3)])]);
    expect(result.monthlyRows.map((row) => [row.field, row.month])).toEqual([
      ['A', 6],
      ['B', 6],
      ['C', 6],
    ]);
    expect(result.warnings).toContainEqual('La hoja «junio-24» tiene una fila sin AÑO o MES (9); se asignan a junio de 2024, el mes de la hoja.');
  });

  it('skips an empty month sheet with a note', async () => {
    const result = await parse([month('enero-24', 1, [fieldRow('A', 1)]), { kind: 'raw', name: 'febrero-24', rows: [[], ['AGENCIA NACIONAL DE HIDROCARBUROS']] }]);
    expect(result.monthlyRows).toHaveLength(1);
    expect(result.warnings).toContainEqual('La hoja «febrero-24» está vacía (sin datos todavía); se omite.');
  });

  it('turns problem lines into rejects with reasons, and skips fully blank lines', async () => {
    const result = await parse([
      month('abril-24', 4, [
        fieldRow('BUENO', 10),
        fieldRow('', 5),
        fieldRow('SIN NUMEROS', null, { quemado: null, entregadoGasoductos: null, gasLift: null, reinyectado: null, consumoCampo: null, enviadoPlanta: null, transformado: null }),
        fieldRow('TEXTO', 'diez'),
        fieldRow('OTRO MES', 4, { month: 5 }),
        fieldRow('MES RARO', 4, { month: 'Abrilx' }),
        null,
        fieldRow('GUION', 7, { gasLift: '-', reinyectado: 'N.D.' }),
        fieldRow('AÑO RARO', 4, { year: 'dos mil' }),
        fieldRow('OTRO AÑO', 4, { year: 2023 }),
      ]),
    ]);
    expect(result.rejects.map((r) => [r.row, r.reasonCode, r.reason])).toEqual([
      [9, 'missing-field', 'Fila con valores pero sin nombre de CAMPO'],
      [10, 'no-measures', 'El campo «SIN NUMEROS» no tiene ningún valor de producción'],
      [11, 'bad-number', 'Valor no numérico en PRODUCCION FISCALIZADA = «diez»'],
      [12, 'month-mismatch', 'La fila es de mayo de 2024 y la hoja de abril de 2024'],
      [13, 'bad-month', 'MES ilegible: «Abrilx»'],
      [16, 'bad-year', 'AÑO ilegible: «dos mil»'],
      [17, 'year-mismatch', 'La fila es de abril de 2023 y la hoja de abril de 2024'],
    ]);
    expect(result.rejects[2]?.raw).toMatchObject({ CAMPO: 'TEXTO', 'PRODUCCION FISCALIZADA': 'diez', AÑO: 2024, MES: 4 });
    expect(result.monthlyRows.map((row) => row.field)).toEqual(['BUENO', 'GUION']);
    expect(result.monthlyRows[1]?.measures).toMatchObject({ gasLift: null, reinyectado: null, fiscalizada: 7 });
  });
});

describe('parseAnhProductionWorkbook: TOTAL reconciliation', () => {
  it('explains a TOTAL whose SUM range starts after the first data row', async () => {
    const rows = [fieldRow('A', 1.2), fieldRow('B', 2.45), fieldRow('C', 100), fieldRow('D', 200)];
    const result = await parse([month('agosto-24', 8, rows, { total: { fromRow: 10 } })]);
    expect(result.reconciliations[0]).toEqual({
      sheet: 'agosto-24',
      period: '2024-08',
      kind: 'monthly-total',
      dataRows: 4,
      dataTotalMpc: 303.65,
      fileTotalMpc: 300,
      differenceMpc: 3.65,
      status: 'not-reconciled',
      cause: 'la fórmula TOTAL omite las filas 8–9: 3,65 MPC',
    });
  });

  it('explains a SUM range that ends before the last data row', async () => {
    const rows = [fieldRow('A', 1000), fieldRow('B', 2000), fieldRow('C', 3.5)];
    const result = await parse([month('mayo-24', 5, rows, { total: { fromRow: 8, toRow: 9 } })]);
    expect(result.reconciliations[0]).toMatchObject({ status: 'not-reconciled', differenceMpc: 3.5, cause: 'la fórmula TOTAL omite la fila 10: 3,50 MPC' });
  });

  it('counts a rejected line inside the SUM range as part of the cause', async () => {
    const rows = [fieldRow('A', 1000), fieldRow('', 25), fieldRow('C', 5)];
    const result = await parse([month('mayo-24', 5, rows)]);
    expect(result.reconciliations[0]).toMatchObject({
      status: 'not-reconciled',
      dataTotalMpc: 1005,
      fileTotalMpc: 1030,
      differenceMpc: -25,
      cause: 'el TOTAL incluye la fila 9 rechazada(s): 25,00 MPC',
    });
  });
});

describe('parseAnhProductionWorkbook: periods', () => {
  it("trusts AÑO/MES over a January sheet named with the next year's suffix", async () => {
    const result = await parse([month('enero-25', 1, [fieldRow('A', 1)]), month('febrero-24', 2, [fieldRow('A', 2)])]);
    expect(result.year).toBe(2024);
    expect(result.monthlyRows.map((row) => [row.year, row.month])).toEqual([
      [2024, 1],
      [2024, 2],
    ]);
    expect(result.warnings).toContainEqual('La hoja «enero-25» lleva el sufijo de 2025, pero sus filas son de enero de 2024: se usa 2024.');
  });

  it('reports a sheet named after another month than its rows', async () => {
    const result = await parse([month('marzo-24', 4, [fieldRow('A', 1)])]);
    expect(result.reconciliations[0]?.period).toBe('2024-04');
    expect(result.warnings).toContainEqual('La hoja «marzo-24» lleva el nombre de otro mes, pero sus filas son de abril de 2024: se usa abril de 2024.');
  });

  it('takes the period from the sheet name and title when AÑO/MES are missing', async () => {
    const columns = departmentFirstColumns.filter(([key]) => key !== 'year' && key !== 'month');
    const result = await parse([month('Septiembre 2016', 9, [fieldRow('A', 1)], { columns, year: 2016 })]);
    expect(result.monthlyRows[0]).toMatchObject({ year: 2016, month: 9 });
    expect(result.warnings).toContainEqual(expect.stringMatching(/no tiene las columnas «AÑO», «MES»/));
  });

  it('refuses two sheets of the same month', async () => {
    const error = await parseError([month('enero-24', 1, [fieldRow('A', 1)]), month('enero-24 (2)', 1, [fieldRow('A', 1)])]);
    expect(error).toMatchObject({ code: 'duplicate-month', message: expect.stringMatching(/«enero-24» y «enero-24 \(2\)» son ambas de enero de 2024/) });
  });
});

describe('parseAnhProductionWorkbook: unusable files', () => {
  it('names the sheet and the column when a required column is renamed', async () => {
    const columns = departmentFirstColumns.map(([key, header]) => [key, key === 'department' ? 'REGION' : header] as const);
    const error = await parseError([month('enero-24', 1, [fieldRow('A', 1)]), month('febrero-24', 2, [fieldRow('A', 1)], { columns })]);
    expect(error).toBeInstanceOf(EtlError);
    expect(error.code).toBe('missing-column');
    expect(error.sheet).toBe('febrero-24');
    expect(error.column).toBe('DEPARTAMENTO');
    expect(error.message).toMatch(/^La hoja «febrero-24» no tiene la columna «DEPARTAMENTO» en su fila de encabezados \(fila 7\)\. Encabezados encontrados: AÑO, MES, REGION/);
  });

  it('says which header it expected when a month sheet has data but no recognisable header', async () => {
    const columns = departmentFirstColumns.map(([key, header]) => [key, key === 'field' ? 'YACIMIENTO' : header] as const);
    const error = await parseError([month('enero-24', 1, [fieldRow('A', 1)], { columns })]);
    expect(error).toMatchObject({ code: 'missing-header-row', sheet: 'enero-24', message: expect.stringMatching(/«CAMPO» y «PRODUCCION FISCALIZADA»/) });
  });

  it('refuses a workbook without any monthly sheet', async () => {
    const error = await parseError([{ kind: 'raw', name: 'Hoja1', rows: [['Fecha', 'Demanda'], [1, 2]] }]);
    expect(error).toMatchObject({ code: 'not-anh-production', message: expect.stringMatching(/no parece un libro de producción fiscalizada de gas de la ANH/) });
  });

  it('refuses a summary without month sheets', async () => {
    const error = await parseError([{ kind: 'summary', name: 'Campos Mpcpd', year: 2024, months: ['Enero'], fields: [{ field: 'A', rates: [1] }] }]);
    expect(error.code).toBe('no-monthly-sheets');
  });

  it('refuses a crude-oil style workbook (no gas columns, no gas title)', async () => {
    const crude = [
      ['year', 'AÑO'],
      ['month', 'MES'],
      ['field', 'CAMPO'],
      ['operator', 'OPERADORA'],
      ['department', 'DEPARTAMENTO'],
      ['municipality', 'MUNICIPIO'],
      ['fiscalizada', 'PRODUCCION FISCALIZADA (BPDC)'],
    ] as const;
    const titles = ['AGENCIA NACIONAL DE HIDROCARBUROS', 'PRODUCCION FISCALIZADA DE CRUDO POR CAMPO (BARRILES POR DIA CALENDARIO - BPDC)'];
    const error = await parseError([month('enero-24', 1, [fieldRow('A', 1)], { columns: crude, titles })]);
    expect(error).toMatchObject({ code: 'not-anh-production', message: expect.stringMatching(/crudo/) });
  });
});
