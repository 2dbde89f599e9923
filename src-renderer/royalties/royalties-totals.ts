import type { RoyaltySeriesPoint } from '../../src-shared/contract/royalties';
import type { RoyaltyCurrency } from './royalties-route';

/** Everything the series adds up to: COP, USD and volumes are flows, so the period's figure is their sum. */
export interface RoyaltiesTotals {
  cop: number;
  usd: number;
  taxableVolume: number;
  royaltyVolume: number;
  rows: number;
  /** Settlements whose COP could not be converted (no published TRM). */
  rowsWithoutTrm: number;
  months: number;
  /** First and last period with settlements; null when there are none. */
  first: string | null;
  last: string | null;
}

export function royaltiesTotals(points: readonly RoyaltySeriesPoint[]): RoyaltiesTotals {
  const totals: RoyaltiesTotals = { cop: 0, usd: 0, taxableVolume: 0, royaltyVolume: 0, rows: 0, rowsWithoutTrm: 0, months: 0, first: null, last: null };
  for (const point of points) {
    totals.cop += point.royaltiesCop;
    totals.usd += point.royaltiesUsd;
    totals.taxableVolume += point.taxableVolume;
    totals.royaltyVolume += point.royaltyVolume;
    totals.rows += point.rows;
    totals.rowsWithoutTrm += point.rowsWithoutTrm;
    totals.months += point.months;
    if (totals.first === null || point.period < totals.first) totals.first = point.period;
    if (totals.last === null || point.period > totals.last) totals.last = point.period;
  }
  return totals;
}

/** The amount of a point in the chosen currency. */
export function royaltiesIn(point: Pick<RoyaltySeriesPoint, 'royaltiesCop' | 'royaltiesUsd'>, currency: RoyaltyCurrency): number {
  return currency === 'COP' ? point.royaltiesCop : point.royaltiesUsd;
}

/**
 * Value settled per unit of royalty volume (the State's share of the gas): price × TRM in COP, or the
 * price in USD. Null without royalty volume, and in USD when some settlement lacked a TRM, since its
 * volume would then be counted without its money and pull the price down.
 */
export function impliedPrice(point: Pick<RoyaltySeriesPoint, 'royaltiesCop' | 'royaltiesUsd' | 'royaltyVolume' | 'rowsWithoutTrm'>, currency: RoyaltyCurrency): number | null {
  if (!(point.royaltyVolume > 0)) return null;
  if (currency === 'USD' && point.rowsWithoutTrm > 0) return null;
  return royaltiesIn(point, currency) / point.royaltyVolume;
}
