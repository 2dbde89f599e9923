import type { FactFilters } from '../../src-shared/contract/filters';
import type { ProductionSeriesPoint } from '../../src-shared/contract/production';
import type { ProductionMeasure } from '../../src-shared/domain/production-measures';
import type { RateUnit, VolumeUnit } from '../../src-shared/domain/units';
import type { CaudalClient } from '../client/create-client';
import type { HeatingValueUse } from './heating-value-note';
import type { StackDimension } from './production-route';

export interface StackedProductionRequest {
  facts: FactFilters;
  measure: ProductionMeasure;
  rateUnit: RateUnit;
  volumeUnit: VolumeUnit;
  /** null: only the total. */
  stack: StackDimension | null;
  size: number;
}

export interface StackedProduction {
  total: ProductionSeriesPoint[];
  /** The top groups in breakdown order (largest first) with their own monthly series. */
  groups: { key: string; label: string; points: ProductionSeriesPoint[] }[];
  /** How many groups were left out of the stack (they make up "Otros"). */
  restCount: number;
  /** The units `volume` and `rate` are in, as answered. */
  rateUnit: RateUnit;
  volumeUnit: VolumeUnit;
  /** How GBTUD was obtained, when the rate is in GBTUD. */
  heatingValues: HeatingValueUse | null;
}

/** Which contract filter narrows the facts to one group of a dimension. */
const filterOf: Record<StackDimension, 'departments' | 'operators' | 'fields'> = { department: 'departments', operator: 'operators', field: 'fields' };

/**
 * The series behind a stacked chart with the commands that exist: the total and the top-N breakdown
 * in parallel, then one `production.series` per top group (also in parallel), each narrowed to that
 * group on top of the page's filters. N+2 small queries on an indexed table; "Otros" is the total minus
 * the groups, computed in the renderer.
 */
export async function fetchStackedProduction(client: CaudalClient, request: StackedProductionRequest): Promise<StackedProduction> {
  const { facts, measure, rateUnit, volumeUnit, stack, size } = request;
  const seriesInput = { ...facts, granularity: 'month' as const, measure, rateUnit, volumeUnit };
  const answered = (total: Awaited<ReturnType<typeof client.send<'production.series'>>>) => ({
    total: total.points,
    rateUnit: total.rateUnit,
    volumeUnit: total.volumeUnit,
    heatingValues: total.heatingValues,
  });
  if (stack === null) {
    const total = await client.send('production.series', seriesInput);
    return { ...answered(total), groups: [], restCount: 0 };
  }
  const [total, breakdown] = await Promise.all([
    client.send('production.series', seriesInput),
    client.send('production.breakdown', { ...facts, by: stack, top: size, measure, rateUnit, volumeUnit }),
  ]);
  const groupSeries = await Promise.all(breakdown.items.map((item) => client.send('production.series', { ...seriesInput, [filterOf[stack]]: [item.key] })));
  return {
    ...answered(total),
    groups: breakdown.items.map((item, index) => ({ key: item.key, label: item.label, points: groupSeries[index]?.points ?? [] })),
    restCount: breakdown.rest.count,
  };
}
