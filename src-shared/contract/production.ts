import { z } from 'zod';
import { productionMeasureIds } from '../domain/production-measures';
import { rateUnits, volumeUnits } from '../domain/units';
import { defineCommand } from './define';
import { factFilters, granularity, period } from './filters';

export const productionMeasure = z.enum(productionMeasureIds);
export const rateUnit = z.enum(rateUnits);
export const volumeUnit = z.enum(volumeUnits);

/** The units a production answer is given in; stored values are always MPC. */
const unitInputs = {
  rateUnit: rateUnit.default('MPCD'),
  volumeUnit: volumeUnit.default('MPC'),
};

/**
 * How GBTUD was obtained from volumes: each field's latest heating value declared to MinEnergía, or the
 * documented default for fields that never declared one. Null when no energy unit was asked for.
 */
const heatingValueUse = z
  .object({
    defaultBtuPerCf: z.number(),
    fieldsWithDeclaredValue: z.number().int(),
    fieldsWithDefaultValue: z.number().int(),
    /** Share of the volume converted with a declared value, 0..1. */
    declaredVolumeShare: z.number(),
    /** Spanish sentence to show with the numbers. */
    note: z.string(),
  })
  .nullable();

const seriesPoint = z.object({
  /** `YYYY-MM` for months, `YYYY` for years. */
  period: z.string(),
  volumeMpc: z.number(),
  /** Average daily rate: volume ÷ calendar days of the months that have data in the period. */
  rateMpcd: z.number(),
  /** The volume in the requested volume unit, and the rate in the requested rate unit. */
  volume: z.number(),
  rate: z.number(),
  days: z.number().int(),
  /** Months with data inside the point (12 for a complete year). */
  months: z.number().int(),
});
export type ProductionSeriesPoint = z.infer<typeof seriesPoint>;

export const productionSeries = defineCommand({
  summary: 'Serie de producción fiscalizada de gas (volumen MPC y tasa media MPCD) por mes o año.',
  input: factFilters.extend({
    granularity: granularity.default('month'),
    measure: productionMeasure.default('fiscalizada'),
    ...unitInputs,
  }),
  output: z.object({
    measure: productionMeasure,
    granularity,
    rateUnit,
    volumeUnit,
    points: z.array(seriesPoint),
    heatingValues: heatingValueUse,
  }),
});

export const breakdownDimension = z.enum(['department', 'municipality', 'operator', 'field', 'contract']);
export type BreakdownDimension = z.infer<typeof breakdownDimension>;

const breakdownItem = z.object({
  key: z.string(),
  label: z.string(),
  volumeMpc: z.number(),
  rateMpcd: z.number(),
  volume: z.number(),
  rate: z.number(),
  /** Share of the filtered total, 0..1. */
  share: z.number(),
});
export type BreakdownItem = z.infer<typeof breakdownItem>;

export const productionBreakdown = defineCommand({
  summary: 'Producción agrupada por departamento, municipio, operadora, campo o contrato (los N mayores).',
  input: factFilters.extend({
    by: breakdownDimension,
    top: z.number().int().min(1).max(500).default(10),
    measure: productionMeasure.default('fiscalizada'),
    ...unitInputs,
  }),
  output: z.object({
    by: breakdownDimension,
    measure: productionMeasure,
    /** Range actually covered by the data after filters (null when there is none). */
    from: period.nullable(),
    to: period.nullable(),
    days: z.number().int(),
    items: z.array(breakdownItem),
    /** Everything outside the top N, summed. */
    rest: z.object({ count: z.number().int(), volumeMpc: z.number(), rateMpcd: z.number(), volume: z.number(), rate: z.number() }),
    totalVolumeMpc: z.number(),
    totalRateMpcd: z.number(),
    rateUnit,
    volumeUnit,
    totalVolume: z.number(),
    totalRate: z.number(),
    heatingValues: heatingValueUse,
  }),
});
