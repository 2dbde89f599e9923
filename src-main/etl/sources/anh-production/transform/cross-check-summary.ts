import type { SheetReconciliation } from '../../../../../src-shared/contract/sources';
import { daysInMonth, toPeriod } from '../../../../../src-shared/domain/period';
import type { AnhSummaryRow } from '../types';
import { formatMpc } from './format-es';
import { describePeriod } from './month-names';
import type { MonthlySheetParse } from './parse-monthly-sheet';
import { roundMpc } from './reconcile-monthly-total';

/**
 * How far apart the two sums may be from rounding alone. Each month-sheet volume is printed to 0.01 MPC
 * (off by up to 0.005) while the summary's rates come from the unrounded volumes and are printed to
 * five decimals (off by up to 0.000005 MPCPD × days). The worst case adds every rounding in one
 * direction; a gap beyond it cannot be rounding. On the 2020–2025 samples the real gaps stay below
 * 0.11 MPC against bounds of about 1.4 MPC.
 */
export function summaryToleranceMpc(monthlyRows: number, summaryRows: number, days: number): number {
  return monthlyRows * 0.005 + summaryRows * 0.000005 * days;
}

/**
 * For each month of the summary sheet: Σ(field rate × days in month) against the month sheet's
 * PRODUCCION FISCALIZADA total. Reported as 'summary-vs-monthly' reconciliations, never an error:
 * dataTotalMpc is what the summary implies, fileTotalMpc what the month sheet's rows add up to, and
 * differenceMpc = summary − month sheet.
 */
export function crossCheckSummary(summarySheet: string, summaryRows: readonly AnhSummaryRow[], monthly: readonly MonthlySheetParse[]): SheetReconciliation[] {
  const months = new Map<string, { year: number; month: number; rows: AnhSummaryRow[] }>();
  for (const row of summaryRows) {
    const period = toPeriod(row.year, row.month);
    const entry = months.get(period) ?? { year: row.year, month: row.month, rows: [] };
    entry.rows.push(row);
    months.set(period, entry);
  }

  return [...months.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([period, { year, month, rows }]) => {
      const days = daysInMonth(year, month);
      const implied = roundMpc(rows.reduce((sum, row) => sum + row.rateMpcd * days, 0));
      const base = { sheet: summarySheet, period, kind: 'summary-vs-monthly' as const, dataRows: rows.length, dataTotalMpc: implied };
      const sheet = monthly.find((parse) => parse.year === year && parse.month === month);
      if (!sheet) {
        return { ...base, fileTotalMpc: null, differenceMpc: null, status: 'no-total' as const, cause: `no hay hoja mensual de ${describePeriod(year, month)}` };
      }
      const monthlyTotal = roundMpc(sheet.rows.reduce((sum, row) => sum + (row.measures.fiscalizada ?? 0), 0));
      const difference = roundMpc(implied - monthlyTotal);
      const tolerance = summaryToleranceMpc(sheet.rows.length, rows.length, days);
      const reconciled = Math.abs(difference) <= tolerance;
      return {
        ...base,
        fileTotalMpc: monthlyTotal,
        differenceMpc: difference,
        status: reconciled ? ('reconciled' as const) : ('not-reconciled' as const),
        cause: reconciled
          ? null
          : `el resumen × ${days} días da ${formatMpc(implied)} MPC y la hoja «${sheet.sheet}» suma ${formatMpc(monthlyTotal)} MPC (diferencia ${formatMpc(difference)} MPC, más de lo que explica el redondeo: ${formatMpc(tolerance)} MPC)`,
      };
    });
}
