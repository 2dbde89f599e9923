import type { Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import { mpcTo } from '../../../src-shared/domain/units';
import type { Database } from '../database-types';
import { nationalRoyaltiesByPeriod, type RoyaltyMonthTotals } from './national-totals';
import { hasRoyaltyFilters, whereRoyaltyFilters } from './royalties-filters';
import { loadedRoyaltyPeriods } from './royalties-periods';
import { allRoyaltySums } from './royalties-sums';

type SeriesInput = ParsedInput<'royalties.series'>;
type SeriesOutput = CommandOutput<'royalties.series'>;

/** A month's or a year's sums, and how many months with royalty data it holds. */
type Bucket = RoyaltyMonthTotals & { months: number };

/**
 * Royalties per month or year. Every month with royalty data in the range gets a point (zero when the
 * filters select nothing that month), so a chart never silently skips one. All measures are flows and
 * are summed into years.
 */
export async function royaltiesSeries(db: Kysely<Database>, input: SeriesInput): Promise<SeriesOutput> {
  const periods = await loadedRoyaltyPeriods(db, input.from, input.to);
  // Without filters the cached national totals answer it (see national-totals.ts).
  const rows = hasRoyaltyFilters(input)
    ? await whereRoyaltyFilters(
        db.selectFrom('royalty_monthly').select(['royalty_monthly.period', ...allRoyaltySums]),
        input,
      )
        .groupBy('royalty_monthly.period')
        .execute()
    : await nationalRoyaltiesByPeriod(db, input.from, input.to);
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  const monthly: Bucket[] = periods.map((period) => {
    const r = byPeriod.get(period);
    return {
      period,
      royaltiesCop: Number(r?.royaltiesCop ?? 0),
      royaltiesUsd: Number(r?.royaltiesUsd ?? 0),
      rowsWithoutTrm: Number(r?.rowsWithoutTrm ?? 0),
      taxableVolumeMpc: Number(r?.taxableVolumeMpc ?? 0),
      royaltyVolumeMpc: Number(r?.royaltyVolumeMpc ?? 0),
      rows: Number(r?.rows ?? 0),
      months: 1,
    };
  });
  const buckets = input.granularity === 'month' ? monthly : groupByYear(monthly);
  return {
    granularity: input.granularity,
    volumeUnit: input.volumeUnit,
    points: buckets.map((b) => ({
      period: b.period,
      royaltiesCop: b.royaltiesCop,
      royaltiesUsd: b.royaltiesUsd,
      rowsWithoutTrm: b.rowsWithoutTrm,
      taxableVolume: mpcTo(input.volumeUnit, b.taxableVolumeMpc),
      royaltyVolume: mpcTo(input.volumeUnit, b.royaltyVolumeMpc),
      rows: b.rows,
      months: b.months,
    })),
  };
}

function groupByYear(monthly: readonly Bucket[]): Bucket[] {
  const years = new Map<string, Bucket>();
  for (const m of monthly) {
    const year = m.period.slice(0, 4);
    const b = years.get(year) ?? { period: year, royaltiesCop: 0, royaltiesUsd: 0, rowsWithoutTrm: 0, taxableVolumeMpc: 0, royaltyVolumeMpc: 0, rows: 0, months: 0 };
    b.royaltiesCop += m.royaltiesCop;
    b.royaltiesUsd += m.royaltiesUsd;
    b.rowsWithoutTrm += m.rowsWithoutTrm;
    b.taxableVolumeMpc += m.taxableVolumeMpc;
    b.royaltyVolumeMpc += m.royaltyVolumeMpc;
    b.rows += m.rows;
    b.months += 1;
    years.set(year, b);
  }
  return [...years.values()];
}
