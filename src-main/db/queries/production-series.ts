import { sql, type Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import { daysInPeriod } from '../../../src-shared/domain/period';
import type { Database } from '../database-types';
import { loadedProductionPeriods } from './loaded-periods';
import { productionMeasureColumn } from './production-columns';
import { whereProductionFilters } from './production-filters';

type SeriesInput = ParsedInput<'production.series'>;
type SeriesOutput = CommandOutput<'production.series'>;

/**
 * Monthly or yearly production. Every loaded month in the range gets a point (zero when the filters
 * select nothing that month), so a chart never silently skips a month.
 */
export async function productionSeries(db: Kysely<Database>, input: SeriesInput): Promise<SeriesOutput> {
  const column = productionMeasureColumn[input.measure];
  const periods = await loadedProductionPeriods(db, input.from, input.to);
  const rows = await whereProductionFilters(
    db.selectFrom('production_monthly').select(['production_monthly.period', sql<number>`coalesce(sum(${sql.ref(`production_monthly.${column}`)}), 0)`.as('volume')]),
    input,
  )
    .groupBy('production_monthly.period')
    .execute();
  const volumeByPeriod = new Map(rows.map((r) => [r.period, Number(r.volume)]));
  const monthly = periods.map((period) => ({ period, volumeMpc: volumeByPeriod.get(period) ?? 0, days: daysInPeriod(period), months: 1 }));

  const buckets = input.granularity === 'month' ? monthly : groupByYear(monthly);
  return {
    measure: input.measure,
    granularity: input.granularity,
    points: buckets.map((b) => ({ ...b, rateMpcd: b.days > 0 ? b.volumeMpc / b.days : 0 })),
  };
}

interface Bucket {
  period: string;
  volumeMpc: number;
  days: number;
  months: number;
}

function groupByYear(monthly: Bucket[]): Bucket[] {
  const years = new Map<string, Bucket>();
  for (const m of monthly) {
    const year = m.period.slice(0, 4);
    const bucket = years.get(year) ?? { period: year, volumeMpc: 0, days: 0, months: 0 };
    bucket.volumeMpc += m.volumeMpc;
    bucket.days += m.days;
    bucket.months += 1;
    years.set(year, bucket);
  }
  return [...years.values()];
}
