import type { BalancePoint, BalanceScenario } from '../../src-shared/contract/balance';

/** Consecutive periods in deficit: one shaded area on the chart. */
export interface DeficitRun {
  from: string;
  to: string;
}

/** A deficit is demand above supply: a negative gap. A period the edition does not reach is neither. */
export function isDeficit(point: BalancePoint, scenario: BalanceScenario): boolean {
  const gap = point.gapGbtud[scenario];
  return gap !== null && gap < 0;
}

/** Runs of consecutive points (in the answer's order) whose gap is negative for the scenario. */
export function deficitRuns(points: readonly BalancePoint[], scenario: BalanceScenario): DeficitRun[] {
  const runs: DeficitRun[] = [];
  let current: DeficitRun | null = null;
  for (const point of points) {
    if (isDeficit(point, scenario)) {
      if (current) current.to = point.period;
      else current = { from: point.period, to: point.period };
    } else if (current) {
      runs.push(current);
      current = null;
    }
  }
  if (current) runs.push(current);
  return runs;
}

export interface DeficitSummary {
  /** Periods where the scenario has demand (the comparable ones). */
  periods: number;
  deficitPeriods: number;
  /** The most negative gap and where; null without any deficit. */
  worst: { period: string; gapGbtud: number } | null;
}

export function deficitSummary(points: readonly BalancePoint[], scenario: BalanceScenario): DeficitSummary {
  let periods = 0;
  let deficitPeriods = 0;
  let worst: DeficitSummary['worst'] = null;
  for (const point of points) {
    const gap = point.gapGbtud[scenario];
    if (gap === null) continue;
    periods += 1;
    if (gap < 0) {
      deficitPeriods += 1;
      if (worst === null || gap < worst.gapGbtud) worst = { period: point.period, gapGbtud: gap };
    }
  }
  return { periods, deficitPeriods, worst };
}
