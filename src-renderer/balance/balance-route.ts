import type { CommandInput } from '../../src-shared/contract';
import { declarationPeriod, resolutionSelector } from '../../src-shared/contract/declaration';
import type { Granularity } from '../../src-shared/contract/filters';
import type { PeriodRange } from '../filters/period-range';

export const balanceGranularities = ['month', 'year'] as const satisfies readonly Granularity[];

/** The Balance page's own choices, kept in the URL (`#/balance?declaracion=2024-2033&resolucion=00662-2024`). */
export interface BalanceView {
  /** `2025-2034`; null: the latest declaration loaded. */
  declarationPeriod: string | null;
  /** `00739-2025`; null: the resolution in force of the declaration. */
  resolution: string | null;
  granularity: Granularity;
}

export const defaultBalanceView: BalanceView = { declarationPeriod: null, resolution: null, granularity: 'month' };

const granularityWords: Record<Granularity, string> = { month: 'mes', year: 'anio' };

export function parseBalanceView(params: Readonly<Record<string, string>>): BalanceView {
  const period = declarationPeriod.safeParse(params['declaracion']);
  const resolution = resolutionSelector.safeParse(params['resolucion']);
  return {
    declarationPeriod: period.success ? period.data : null,
    resolution: resolution.success ? resolution.data : null,
    granularity: balanceGranularities.find((granularity) => granularityWords[granularity] === params['periodicidad']) ?? defaultBalanceView.granularity,
  };
}

export function balanceViewParams(view: BalanceView): Record<string, string | null> {
  return {
    declaracion: view.declarationPeriod,
    resolucion: view.resolution,
    periodicidad: view.granularity === defaultBalanceView.granularity ? null : granularityWords[view.granularity],
  };
}

/** The `balance.series` request: the page's declaration, resolution and frequency, the shared edition and month window. */
export function balanceInput(view: BalanceView, edition: string | null, range: PeriodRange | null = null): CommandInput<'balance.series'> {
  return {
    ...(view.declarationPeriod ? { declarationPeriod: view.declarationPeriod } : {}),
    ...(view.resolution ? { resolution: view.resolution } : {}),
    ...(edition ? { edition } : {}),
    ...(range ? { from: range.from, to: range.to } : {}),
    granularity: view.granularity,
  };
}
