import type { SheetReconciliation } from '../../../../../src-shared/contract/sources';
import { toPeriod } from '../../../../../src-shared/domain/period';
import type { AnhMonthlyRow } from '../types';
import { formatMpc } from './format-es';
import type { MonthlySheetParse } from './parse-monthly-sheet';
import { isCovered, rowsPhrase, summedRows } from './total-formula';

/**
 * ANH publishes volumes with two decimals (0.01 MPC) and its TOTAL is a SUM of the very same cells, so
 * when the range covers every row the two differ only by floating-point noise (~1e-10 MPC). A real
 * discrepancy is at least one hundredth; half of that separates the two cases without hiding any.
 */
export const MONTHLY_TOTAL_TOLERANCE_MPC = 0.005;

/**
 * Compares the PRODUCCION FISCALIZADA of the rows we loaded with the sheet's TOTAL (MPC). The data rows
 * are the truth; when they disagree the cause is worked out from the TOTAL formula: which data rows its
 * range leaves out (ANH's ranges sometimes start a few rows late) and which rejected rows it includes.
 */
export function reconcileMonthlyTotal(parse: MonthlySheetParse, fiscalizadaColumn: number): SheetReconciliation {
  const dataTotal = roundMpc(parse.rows.reduce((sum, row) => sum + (row.measures.fiscalizada ?? 0), 0));
  const base = { sheet: parse.sheet, period: toPeriod(parse.year, parse.month), kind: 'monthly-total' as const, dataRows: parse.rows.length, dataTotalMpc: dataTotal };
  const total = parse.total;
  if (total === null || total.fiscalizadaMpc === null) {
    const cause =
      total === null ? 'la hoja no trae fila TOTAL (MPC)' : `la fila TOTAL (fila ${total.row}) no tiene un valor en PRODUCCION FISCALIZADA`;
    return { ...base, fileTotalMpc: null, differenceMpc: null, status: 'no-total', cause };
  }

  const difference = roundMpc(dataTotal - total.fiscalizadaMpc);
  if (Math.abs(difference) <= MONTHLY_TOTAL_TOLERANCE_MPC) {
    return { ...base, fileTotalMpc: total.fiscalizadaMpc, differenceMpc: difference, status: 'reconciled', cause: null };
  }
  return { ...base, fileTotalMpc: total.fiscalizadaMpc, differenceMpc: difference, status: 'not-reconciled', cause: explain(parse, fiscalizadaColumn, difference) };
}

function explain(parse: MonthlySheetParse, fiscalizadaColumn: number, difference: number): string {
  const total = parse.total as NonNullable<MonthlySheetParse['total']>;
  const intervals = total.formula === null ? null : summedRows(total.formula, fiscalizadaColumn);
  if (intervals === null) {
    const what = total.formula === null ? 'el TOTAL escrito en el archivo' : `la fórmula TOTAL (=${total.formula})`;
    return `${what} da ${formatMpc(total.fiscalizadaMpc as number)} MPC y las filas suman ${formatMpc(difference + (total.fiscalizadaMpc as number))} MPC`;
  }

  const parts: string[] = [];
  let explained = 0;
  const omitted = parse.rows.filter((row) => !isCovered(row.row, intervals) && (row.measures.fiscalizada ?? 0) !== 0);
  if (omitted.length > 0) {
    const omittedMpc = sumFiscalizada(omitted);
    explained += omittedMpc;
    parts.push(`la fórmula TOTAL omite ${rowsPhrase(omitted.map((row) => row.row))}: ${formatMpc(omittedMpc)} MPC`);
  }
  const rejectedInside = parse.rejectedFiscalizada.filter((rejected) => isCovered(rejected.row, intervals));
  if (rejectedInside.length > 0) {
    const rejectedMpc = rejectedInside.reduce((sum, rejected) => sum + rejected.valueMpc, 0);
    explained -= rejectedMpc;
    parts.push(`el TOTAL incluye ${rowsPhrase(rejectedInside.map((rejected) => rejected.row))} rechazada(s): ${formatMpc(rejectedMpc)} MPC`);
  }
  const unexplained = roundMpc(difference - explained);
  if (Math.abs(unexplained) > MONTHLY_TOTAL_TOLERANCE_MPC) {
    parts.push(`${parts.length > 0 ? 'queda una diferencia sin explicar' : 'diferencia sin causa identificada'}: ${formatMpc(unexplained)} MPC`);
  }
  return parts.join('; ');
}

function sumFiscalizada(rows: readonly AnhMonthlyRow[]): number {
  return roundMpc(rows.reduce((sum, row) => sum + (row.measures.fiscalizada ?? 0), 0));
}

/** Sums of two-decimal values carry binary noise (63108.319999999996); a micro-MPC is far below any real quantity. */
export function roundMpc(value: number): number {
  return Math.round(value * 1e6) / 1e6 + 0; // + 0 turns -0 into 0
}
