import { z } from 'zod';
import { volumeUnits } from '../domain/units';
import { defineCommand } from './define';
import { factFilters, granularity, period } from './filters';

/**
 * ANH gas royalties by field (datos.gov.co j7js-yk74). Amounts are summed over time (COP and volumes
 * are flows); USD is each settlement's COP divided by its own average TRM, then summed.
 */

/** What can be measured: royalties in COP or in USD (via each row's TRM), taxable or royalty volume. */
export const royaltyMeasures = ['royaltiesCop', 'royaltiesUsd', 'taxableVolume', 'royaltyVolume'] as const;
export const royaltyMeasure = z.enum(royaltyMeasures);
export type RoyaltyMeasure = z.infer<typeof royaltyMeasure>;

export const royaltyMeasureLabels: Readonly<Record<RoyaltyMeasure, string>> = {
  royaltiesCop: 'Regalías (COP)',
  royaltiesUsd: 'Regalías (USD, a la TRM de cada liquidación)',
  taxableVolume: 'Producción gravable',
  royaltyVolume: 'Volumen de regalía',
};

/** Volumes are published in KPC; they can be asked in any volume unit. */
export const royaltyVolumeUnit = z.enum(volumeUnits);

const textKey = z.string().min(1).max(200);

/** The shared filters (there is no operator in this dataset) plus the royalty regime and production type. */
export const royaltyFilters = factFilters.omit({ operators: true }).extend({
  /** `regimenreg` values as published. */
  regimes: z.array(textKey).max(100).optional(),
  /** `tipoprod` values as published. */
  productionTypes: z.array(textKey).max(100).optional(),
});
export type RoyaltyFilters = z.infer<typeof royaltyFilters>;

const seriesPoint = z.object({
  /** `YYYY-MM` for months, `YYYY` for years. */
  period: z.string(),
  royaltiesCop: z.number(),
  royaltiesUsd: z.number(),
  /** Settlements in the point without a usable TRM: their COP is left out of `royaltiesUsd`. */
  rowsWithoutTrm: z.number().int(),
  taxableVolume: z.number(),
  royaltyVolume: z.number(),
  /** Settlement rows summed into the point. */
  rows: z.number().int(),
  /** Months with royalty data inside the point. */
  months: z.number().int(),
});
export type RoyaltySeriesPoint = z.infer<typeof seriesPoint>;

export const royaltiesSeries = defineCommand({
  summary: 'Serie de regalías de gas (COP, USD por TRM, volumen gravable y de regalía) por mes o año.',
  input: royaltyFilters.extend({
    granularity: granularity.default('month'),
    volumeUnit: royaltyVolumeUnit.default('KPC'),
  }),
  output: z.object({
    granularity,
    volumeUnit: royaltyVolumeUnit,
    points: z.array(seriesPoint),
  }),
});

export const royaltyBreakdownDimension = z.enum(['department', 'municipality', 'field', 'contract', 'regime', 'productionType']);
export type RoyaltyBreakdownDimension = z.infer<typeof royaltyBreakdownDimension>;

const breakdownItem = z.object({
  key: z.string(),
  label: z.string(),
  /** The ranked measure, in `unit`. */
  value: z.number(),
  /** Share of the filtered total of the ranked measure, 0..1. */
  share: z.number(),
  royaltiesCop: z.number(),
  royaltiesUsd: z.number(),
  taxableVolume: z.number(),
  royaltyVolume: z.number(),
});
export type RoyaltyBreakdownItem = z.infer<typeof breakdownItem>;

export const royaltiesBreakdown = defineCommand({
  summary: 'Regalías de gas agrupadas por departamento, municipio, campo, contrato, régimen o tipo de producción (los N mayores).',
  input: royaltyFilters.extend({
    by: royaltyBreakdownDimension,
    top: z.number().int().min(1).max(500).default(10),
    measure: royaltyMeasure.default('royaltiesCop'),
    volumeUnit: royaltyVolumeUnit.default('KPC'),
  }),
  output: z.object({
    by: royaltyBreakdownDimension,
    measure: royaltyMeasure,
    /** `COP`, `USD` or the volume unit. */
    unit: z.string(),
    volumeUnit: royaltyVolumeUnit,
    /** Range actually covered by the data after filters (null when there is none). */
    from: period.nullable(),
    to: period.nullable(),
    items: z.array(breakdownItem),
    /** Everything outside the top N, summed. */
    rest: z.object({ count: z.number().int(), value: z.number() }),
    total: z.number(),
  }),
});
