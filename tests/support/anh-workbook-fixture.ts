import ExcelJS from 'exceljs';
import { daysInMonth } from '../../src-shared/domain/period';
import type { ProductionMeasure } from '../../src-shared/domain/production-measures';

/**
 * Synthetic ANH "producción fiscalizada de gas" workbooks, written with exceljs at test time. They copy
 * the layout facts of the real files (title block, header texts with line breaks and `*`, TOTAL /
 * PROMEDIO DIARIO / Fuente footer, merged labels, summary sheet) with invented fields and numbers.
 */
export type FixtureColumnKey = 'year' | 'month' | 'field' | 'contract' | 'operator' | 'department' | 'municipality' | ProductionMeasure | 'other';
export type FixtureCellValue = string | number | boolean | Date | null | { formula: string; result?: number };

export type FixtureRow = Partial<Record<FixtureColumnKey, FixtureCellValue>>;

/** ANH's header cells as written (line breaks included). */
export const anhHeaders: Readonly<Record<Exclude<FixtureColumnKey, 'other'>, string>> = {
  year: 'AÑO',
  month: 'MES',
  field: 'CAMPO',
  contract: 'CONTRATO',
  operator: 'OPERADOR',
  department: 'DEPARTAMENTO',
  municipality: 'MUNICIPIO',
  fiscalizada: 'PRODUCCION \nFISCALIZADA',
  gasLift: 'GAS\n LIFT',
  reinyectado: 'GAS \nREINYECTADO',
  quemado: 'GAS \nQUEMADO',
  consumoCampo: 'CONSUMO EN\n CAMPO',
  enviadoPlanta: 'ENVIADO A \nPLANTA',
  transformado: 'GAS \nTRANSFORMADO',
  entregadoGasoductos: 'ENTREGADO A\n GASEODUCTOS *',
};

const MEASURE_KEYS: readonly ProductionMeasure[] = ['fiscalizada', 'gasLift', 'reinyectado', 'quemado', 'consumoCampo', 'enviadoPlanta', 'transformado', 'entregadoGasoductos'];

export type FixtureColumn = readonly [FixtureColumnKey, string];

/** AÑO, MES, DEPARTAMENTO, MUNICIPIO, OPERADOR, CAMPO, CONTRATO, measures (2020; 2024 January–July). */
export const departmentFirstColumns: readonly FixtureColumn[] = (['year', 'month', 'department', 'municipality', 'operator', 'field', 'contract', ...MEASURE_KEYS] as const).map(
  (key) => [key, anhHeaders[key]] as const,
);
/** AÑO, MES, CAMPO, CONTRATO, EMPRESA, DEPARTAMENTO, MUNICIPIO, measures (2024 August–December). */
export const fieldFirstColumns: readonly FixtureColumn[] = (['year', 'month', 'field', 'contract', 'operator', 'department', 'municipality', ...MEASURE_KEYS] as const).map(
  (key) => [key, key === 'operator' ? 'EMPRESA' : anhHeaders[key]] as const,
);

export interface MonthlySheetSpec {
  readonly kind: 'monthly';
  readonly name: string;
  readonly year: number;
  readonly month: number;
  readonly columns?: readonly FixtureColumn[];
  /** Default 7, as in the real files. */
  readonly headerRow?: number;
  /** Default "<mes> de <año>"; null for no title line. */
  readonly title?: string | null;
  /** Lines above the month title; default ANH's agency name and "BALANCE DE PRODUCCION DE GAS POR CAMPO…". */
  readonly titles?: readonly string[];
  /** Data lines from headerRow + 1; `null` leaves a blank line. AÑO/MES default to the sheet's. */
  readonly rows: readonly (FixtureRow | null)[];
  /** TOTAL (MPC) line: SUM over all data rows (default), over chosen rows, or none (then `endNote`). */
  readonly total?: 'all' | 'none' | { readonly fromRow: number; readonly toRow?: number };
  /** A line after the data when there is no TOTAL, e.g. "N.D. = No Definido". */
  readonly endNote?: string;
  /** Leave AÑO/MES empty unless the row sets them. */
  readonly noDefaultPeriod?: boolean;
}

export interface SummarySheetSpec {
  readonly kind: 'summary';
  readonly name: string;
  readonly year: number;
  /** Default 12. */
  readonly headerRow?: number;
  /** Order of the descriptive columns; header texts as ANH writes them in the summary. */
  readonly identity?: readonly (readonly ['department' | 'municipality' | 'operator' | 'field' | 'contract', string])[];
  /** Month headers: "Enero", "JuLio", "SEP" or dates. */
  readonly months: readonly (string | Date)[];
  readonly fields: readonly (Partial<Record<'department' | 'municipality' | 'operator' | 'field' | 'contract', string>> & { readonly rates: readonly (number | string | null)[] })[];
  /** Unlabelled SUM line (2024), labelled ("TOTAL", 2020), or none. */
  readonly totals?: 'unlabelled' | 'labelled' | 'none';
  /** First row of the totals' SUM ranges (default the first field row), to imitate a range that starts late. */
  readonly totalsFromRow?: number;
}

export interface RawSheetSpec {
  readonly kind: 'raw';
  readonly name: string;
  /** Rows from row 1; each array from column A. */
  readonly rows: readonly (readonly FixtureCellValue[])[];
}

export type FixtureSheetSpec = MonthlySheetSpec | SummarySheetSpec | RawSheetSpec;

const SPANISH_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

export const defaultSummaryIdentity: SummarySheetSpec['identity'] = [
  ['department', 'Departamento'],
  ['municipality', 'Municipio'],
  ['operator', 'Operadora'],
  ['field', 'Campo'],
  ['contract', 'Contrato'],
];

export async function buildAnhWorkbook(sheets: readonly FixtureSheetSpec[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name);
    switch (spec.kind) {
      case 'monthly':
        writeMonthlySheet(sheet, spec);
        break;
      case 'summary':
        writeSummarySheet(sheet, spec);
        break;
      case 'raw':
        spec.rows.forEach((row, r) => row.forEach((value, c) => setCell(sheet, r + 1, c + 1, value)));
        break;
    }
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function writeMonthlySheet(sheet: ExcelJS.Worksheet, spec: MonthlySheetSpec): void {
  const columns = spec.columns ?? departmentFirstColumns;
  const headerRow = spec.headerRow ?? 7;
  const titles = spec.titles ?? ['AGENCIA NACIONAL DE HIDROCARBUROS', 'BALANCE DE PRODUCCION DE GAS POR CAMPO (MILLONES DE PIES CUBICOS - MPC)'];
  const title = spec.title === undefined ? `${SPANISH_MONTHS[spec.month - 1]} de ${spec.year}` : spec.title;
  const titleLines = title === null ? titles : [...titles, title];
  const titleStart = headerRow - 1 - titleLines.length; // one blank line before the header; lines above row 1 are dropped
  titleLines.forEach((text, i) => setCell(sheet, titleStart + i, 1, text));
  columns.forEach(([, header], i) => setCell(sheet, headerRow, i + 1, header));

  const firstData = headerRow + 1;
  spec.rows.forEach((row, i) => {
    if (row === null) return;
    const values: FixtureRow = spec.noDefaultPeriod ? row : { year: spec.year, month: spec.month, ...row };
    columns.forEach(([key], c) => {
      if (key in values) setCell(sheet, firstData + i, c + 1, values[key] ?? null);
    });
  });
  const lastData = firstData + spec.rows.length - 1;
  let next = lastData + 2;

  const total = spec.total ?? 'all';
  if (total !== 'none') {
    const from = total === 'all' ? firstData : total.fromRow;
    const to = total === 'all' ? lastData : (total.toRow ?? lastData);
    const firstMeasure = columns.findIndex(([key]) => MEASURE_KEYS.includes(key as ProductionMeasure)) + 1;
    setCell(sheet, next, 1, 'TOTAL (MPC)');
    setCell(sheet, next + 1, 1, 'PROMEDIO  DIARIO (MPCPDC)');
    if (firstMeasure > 2) {
      sheet.mergeCells(next, 1, next, firstMeasure - 1);
      sheet.mergeCells(next + 1, 1, next + 1, firstMeasure - 1);
    }
    columns.forEach(([key], c) => {
      if (!MEASURE_KEYS.includes(key as ProductionMeasure)) return;
      const letter = sheet.getColumn(c + 1).letter;
      const result = spec.rows.reduce((sum, row, i) => {
        const value = row?.[key];
        return firstData + i >= from && firstData + i <= to && typeof value === 'number' ? sum + value : sum;
      }, 0);
      sheet.getCell(next, c + 1).value = { formula: `SUM(${letter}${from}:${letter}${to})`, result };
      sheet.getCell(next + 1, c + 1).value = { formula: `${letter}${next}/${daysInMonth(spec.year, spec.month)}`, result: result / daysInMonth(spec.year, spec.month) };
    });
    next += 2;
  } else if (spec.endNote) {
    setCell(sheet, next, 1, spec.endNote);
    next += 1;
  }
  setCell(sheet, next, 1, 'Fuente: ANH / Sistema Oficial de Liquidación y Administración de Regalías - SOLAR');
}

function writeSummarySheet(sheet: ExcelJS.Worksheet, spec: SummarySheetSpec): void {
  const headerRow = spec.headerRow ?? 12;
  const identity = spec.identity ?? defaultSummaryIdentity ?? [];
  setCell(sheet, 2, 1, 'AGENCIA NACIONAL DE HIDROCARBUROS');
  setCell(sheet, 4, 1, 'PRODUCCION FISCALIZADA DE GAS POR CAMPO  (MILLONES DE PIES CUBICOS POR DIA CALENDARIO - MPCPDC)');
  setCell(sheet, 5, 1, `enero-diciembre de ${spec.year}`);
  if (headerRow > 7) setCell(sheet, headerRow - 1, 1, '*Los valores mostrados pueden estar sujetos a correcciones, actualizaciones y/o modificaciones.');
  identity.forEach(([, header], i) => setCell(sheet, headerRow, i + 1, header));
  spec.months.forEach((month, i) => {
    setCell(sheet, headerRow, identity.length + 1 + i, month);
    if (month instanceof Date) sheet.getCell(headerRow, identity.length + 1 + i).numFmt = 'mmm-yy';
  });
  spec.fields.forEach((field, r) => {
    identity.forEach(([key], c) => setCell(sheet, headerRow + 1 + r, c + 1, field[key] ?? null));
    field.rates.forEach((rate, m) => setCell(sheet, headerRow + 1 + r, identity.length + 1 + m, rate));
  });
  const totalsRow = headerRow + 1 + spec.fields.length;
  if ((spec.totals ?? 'unlabelled') !== 'none') {
    if (spec.totals === 'labelled') setCell(sheet, totalsRow, identity.length, 'TOTAL');
    const fromRow = spec.totalsFromRow ?? headerRow + 1;
    spec.months.forEach((_, m) => {
      const column = identity.length + 1 + m;
      const letter = sheet.getColumn(column).letter;
      const result = spec.fields.reduce((sum, field, r) => {
        const rate = field.rates[m];
        return headerRow + 1 + r >= fromRow && typeof rate === 'number' ? sum + rate : sum;
      }, 0);
      sheet.getCell(totalsRow, column).value = { formula: `SUM(${letter}${fromRow}:${letter}${totalsRow - 1})`, result };
    });
  }
  setCell(sheet, totalsRow + 1, 1, 'Fuente: ANH / Sistema Oficial de Liquidación y Administración de Regalías - SOLAR');
}

function setCell(sheet: ExcelJS.Worksheet, row: number, column: number, value: FixtureCellValue): void {
  if (row < 1) return;
  sheet.getCell(row, column).value = value as ExcelJS.CellValue;
}

/** A field line with the usual descriptive cells filled in; override any of them. */
export function fieldRow(field: string, fiscalizada: number | string | null, extra: FixtureRow = {}): FixtureRow {
  return {
    field,
    contract: 'CONTRATO X',
    operator: 'OPERADORA DE PRUEBA S.A.S.',
    department: 'CASANARE',
    municipality: 'YOPAL',
    fiscalizada,
    gasLift: 0,
    reinyectado: 0,
    quemado: typeof fiscalizada === 'number' ? Math.round(fiscalizada * 10) / 100 : 0,
    consumoCampo: 0,
    enviadoPlanta: 0,
    transformado: 0,
    entregadoGasoductos: typeof fiscalizada === 'number' ? Math.round(fiscalizada * 90) / 100 : 0,
    ...extra,
  };
}
