import type { DemandCheck } from '../../../../../src-shared/contract/demand';

/** Two figures agree when they differ by at most 0.01 GBTUD (UPME's own checks show 1e-12). */
export const CHECK_TOLERANCE_GBTUD = 0.01;

export interface SeriesComparison {
  readonly compared: number;
  readonly failed: number;
  readonly maxDifference: number;
  readonly worstPeriod: string | null;
}

/**
 * Compares `actual` with `expected` on the periods of `expected` (a missing actual is 0: a region or
 * node without a row that month consumed nothing).
 */
export function compareSeries(expected: ReadonlyMap<string, number>, actual: ReadonlyMap<string, number>): SeriesComparison {
  let failed = 0;
  let maxDifference = 0;
  let worstPeriod: string | null = null;
  for (const [period, value] of expected) {
    const difference = Math.abs((actual.get(period) ?? 0) - value);
    if (difference > CHECK_TOLERANCE_GBTUD) failed += 1;
    if (difference > maxDifference) {
      maxDifference = difference;
      worstPeriod = period;
    }
  }
  return { compared: expected.size, failed, maxDifference, worstPeriod };
}

/** Keeps only the periods both series have. */
export function onCommonPeriods(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...a].filter(([period]) => b.has(period)));
}

export function sumByPeriod(entries: Iterable<{ period: string; value: number }>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const { period, value } of entries) sums.set(period, (sums.get(period) ?? 0) + value);
  return sums;
}

/** "1.234,57": Spanish decimals for messages. */
export function formatGbtud(value: number): string {
  return value.toLocaleString('es-CO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function checkOf(base: Pick<DemandCheck, 'book' | 'sheet' | 'kind' | 'scope'>, what: string, result: SeriesComparison, unit: 'meses' | 'años' = 'meses'): DemandCheck {
  const reconciled = result.failed === 0;
  const detail = reconciled
    ? `${what}: coincide en ${result.compared} ${unit} (diferencia máxima ${formatGbtud(result.maxDifference)} GBTUD)`
    : `${what}: difiere en ${result.failed} de ${result.compared} ${unit}; diferencia máxima ${formatGbtud(result.maxDifference)} GBTUD en ${result.worstPeriod}`;
  return {
    ...base,
    status: reconciled ? 'reconciled' : 'not-reconciled',
    compared: result.compared,
    failed: result.failed,
    maxDifferenceGbtud: result.maxDifference,
    worstPeriod: result.worstPeriod,
    detail,
  };
}
