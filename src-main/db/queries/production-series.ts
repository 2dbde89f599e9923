import { sql, type Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import { daysInPeriod } from '../../../src-shared/domain/period';
import { mpcdTo, mpcTo } from '../../../src-shared/domain/units';
import type { Database } from '../database-types';
import { loadedProductionPeriods } from './loaded-periods';
import { productionMeasureColumn } from './production-columns';
import { EnergyTally, fieldHeatingValues } from './production-energy';
import { hasEntityFilters, whereProductionFilters } from './production-filters';
import { nationalProductionByPeriod } from './national-totals';

type SeriesInput = ParsedInput<'production.series'>;
type SeriesOutput = CommandOutput<'production.series'>;

/**
 * Monthly or yearly production. Every loaded month in the range gets a point (zero when the filters
 * select nothing that month), so a chart never silently skips a month. Rates in GBTUD are converted
 * field by field with each field's declared heating value.
 */
export async function productionSeries(db: Kysely<Database>, input: SeriesInput): Promise<SeriesOutput> {
  const column = productionMeasureColumn[input.measure];
  const energy = input.rateUnit === 'GBTUD' ? new EnergyTally(await fieldHeatingValues(db)) : null;
  const periods = await loadedProductionPeriods(db, input.from, input.to);
  // Without entity filters (and without per-field energy) the cached national totals answer it.
  const rows: Array<{ period: string; field_id?: number; volume: number }> =
    energy === null && !hasEntityFilters(input)
      ? await nationalProductionByPeriod(db, column, input.from, input.to)
      : await whereProductionFilters(
          db
            .selectFrom('production_monthly')
            .select(['production_monthly.period', 'production_monthly.field_id', sql<number>`coalesce(sum(${sql.ref(`production_monthly.${column}`)}), 0)`.as('volume')]),
          input,
        )
          .groupBy(energy ? ['production_monthly.period', 'production_monthly.field_id'] : ['production_monthly.period'])
          .execute();

  const byPeriod = new Map<string, { volume: number; energy: number }>();
  for (const r of rows) {
    const bucket = byPeriod.get(r.period) ?? { volume: 0, energy: 0 };
    bucket.volume += Number(r.volume);
    if (energy && r.field_id !== undefined) bucket.energy += energy.add(r.field_id, Number(r.volume));
    byPeriod.set(r.period, bucket);
  }
  const monthly = periods.map((period) => ({ period, ...(byPeriod.get(period) ?? { volume: 0, energy: 0 }), days: daysInPeriod(period), months: 1 }));
  const buckets = input.granularity === 'month' ? monthly : groupByYear(monthly);
  return {
    measure: input.measure,
    granularity: input.granularity,
    rateUnit: input.rateUnit,
    volumeUnit: input.volumeUnit,
    points: buckets.map((b) => {
      const rateMpcd = b.days > 0 ? b.volume / b.days : 0;
      const rate = energy ? (b.days > 0 ? b.energy / b.days : 0) : mpcdTo(input.rateUnit, rateMpcd);
      return { period: b.period, volumeMpc: b.volume, rateMpcd, volume: mpcTo(input.volumeUnit, b.volume), rate, days: b.days, months: b.months };
    }),
    heatingValues: energy ? energy.summary() : null,
  };
}

interface Bucket {
  period: string;
  volume: number;
  energy: number;
  days: number;
  months: number;
}

function groupByYear(monthly: Bucket[]): Bucket[] {
  const years = new Map<string, Bucket>();
  for (const m of monthly) {
    const year = m.period.slice(0, 4);
    const bucket = years.get(year) ?? { period: year, volume: 0, energy: 0, days: 0, months: 0 };
    bucket.volume += m.volume;
    bucket.energy += m.energy;
    bucket.days += m.days;
    bucket.months += 1;
    years.set(year, bucket);
  }
  return [...years.values()];
}
