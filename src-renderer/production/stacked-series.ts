import type { ProductionSeriesPoint } from '../../src-shared/contract/production';

/** One band of a stacked chart: a department, operator or field, or everything else ("Otros"). */
export interface SeriesGroup {
  key: string;
  label: string;
  points: readonly ProductionSeriesPoint[];
  isRest: boolean;
}

/** Below this fraction of the month's total a remainder is rounding noise of the sums, not production. */
const REST_TOLERANCE = 1e-9;

function remainder(total: number, parts: number): number {
  const raw = total - parts;
  return Math.abs(raw) <= REST_TOLERANCE * Math.max(1, Math.abs(total)) ? 0 : raw;
}

/**
 * The top groups plus an "Otros" band holding, month by month, what the total has beyond them, so the
 * stack always adds up to the total line the analyst sees unstacked. Volumes and rates of one month
 * add up across groups (same calendar days; in GBTUD, energies of fields), so each is the total minus
 * the groups. No band is added when nothing remains.
 */
export function withRestGroup(total: readonly ProductionSeriesPoint[], groups: readonly Omit<SeriesGroup, 'isRest'>[], restLabel: string): SeriesGroup[] {
  const stacked: SeriesGroup[] = groups.map((group) => ({ ...group, isRest: false }));
  const sums = new Map<string, { volumeMpc: number; rateMpcd: number; volume: number; rate: number }>();
  for (const group of groups) {
    for (const point of group.points) {
      const sum = sums.get(point.period) ?? { volumeMpc: 0, rateMpcd: 0, volume: 0, rate: 0 };
      sum.volumeMpc += point.volumeMpc;
      sum.rateMpcd += point.rateMpcd;
      sum.volume += point.volume;
      sum.rate += point.rate;
      sums.set(point.period, sum);
    }
  }
  let anyRest = false;
  const restPoints = total.map((point): ProductionSeriesPoint => {
    const sum = sums.get(point.period);
    const volumeMpc = remainder(point.volumeMpc, sum?.volumeMpc ?? 0);
    if (volumeMpc !== 0) anyRest = true;
    return {
      period: point.period,
      volumeMpc,
      rateMpcd: remainder(point.rateMpcd, sum?.rateMpcd ?? 0),
      volume: remainder(point.volume, sum?.volume ?? 0),
      rate: remainder(point.rate, sum?.rate ?? 0),
      days: point.days,
      months: point.months,
    };
  });
  if (anyRest) stacked.push({ key: '__otros__', label: restLabel, points: restPoints, isRest: true });
  return stacked;
}
