import { productionMeasureIds } from '../../../../../src-shared/domain/production-measures';
import type { AnhMonthlyRow } from '../types';
import { formatMpc } from './format-es';

/** Enough for the analyst to find the lines; the count says how many there are in all. */
const MAX_EXAMPLES = 5;

/** A line of a monthly sheet that repeats an earlier line of the same sheet in every column. */
export interface RepeatedLine {
  readonly row: number;
  /** The first line with the same content. */
  readonly firstRow: number;
  readonly line: AnhMonthlyRow;
}

/**
 * Lines identical in every column (AÑO, MES, CAMPO, CONTRATO, operadora, DEPARTAMENTO, MUNICIPIO and the
 * eight volumes) to an earlier line of the same sheet. The monthly sheets have no other columns (checked
 * on the 2020, 2024 and 2025 workbooks), so two such lines cannot be told apart by anything.
 *
 * Repeated keys with different volumes are not repeated lines: ANH does publish the same field,
 * contract, operator and place twice in one month with different figures (20 such pairs in the 2024
 * workbook, 26 in 2025), and those are distinct lines that add up.
 */
export function findRepeatedLines(rows: readonly AnhMonthlyRow[]): RepeatedLine[] {
  const firstRowOf = new Map<string, number>();
  const repeated: RepeatedLine[] = [];
  for (const line of rows) {
    const content = contentKey(line);
    const firstRow = firstRowOf.get(content);
    if (firstRow === undefined) firstRowOf.set(content, line.row);
    else repeated.push({ row: line.row, firstRow, line });
  }
  return repeated;
}

/**
 * One warning per sheet for its repeated lines, naming rows and fields. They are still loaded, each as
 * a line of its own: ANH's TOTAL adds them up too, so the sheet keeps reconciling with it, and a figure
 * that disagreed with the publisher's own total would be harder to trust than a doubtful line flagged.
 */
export function describeRepeatedLines(sheet: string, repeated: readonly RepeatedLine[], hasTotal: boolean): string | null {
  if (repeated.length === 0) return null;
  const how = hasTotal ? 'como en el TOTAL de la ANH' : 'la hoja no trae TOTAL con que comprobarlo';
  if (repeated.length === 1) {
    const only = repeated[0] as RepeatedLine;
    return `La fila ${only.row} de la hoja «${sheet}» repite exactamente la fila ${only.firstRow} (${describeLine(only.line)}); se cuenta dos veces, ${how}.`;
  }
  const examples = repeated.slice(0, MAX_EXAMPLES).map((r) => `la ${r.row} repite la ${r.firstRow} (${describeLine(r.line)})`);
  const more = repeated.length > MAX_EXAMPLES ? ` y ${repeated.length - MAX_EXAMPLES} más` : '';
  return `La hoja «${sheet}» tiene ${repeated.length} filas que repiten exactamente otra fila: ${examples.join('; ')}${more}. Se cuentan todas, ${how}.`;
}

function contentKey(line: AnhMonthlyRow): string {
  return JSON.stringify([line.year, line.month, line.field, line.contract, line.operator, line.department, line.municipality, ...productionMeasureIds.map((m) => line.measures[m])]);
}

function describeLine(line: AnhMonthlyRow): string {
  const parts = [`campo ${line.field}`];
  if (line.contract !== null) parts.push(`contrato ${line.contract}`);
  if (line.operator !== '') parts.push(line.operator);
  const place = [line.municipality, line.department].filter((text) => text !== '').join(', ');
  if (place !== '') parts.push(place);
  if (line.measures.fiscalizada !== null) parts.push(`${formatMpc(line.measures.fiscalizada)} MPC fiscalizados`);
  return parts.join(', ');
}
