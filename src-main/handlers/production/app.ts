import { productionBreakdown } from '../../db/queries/production-breakdown';
import { productionSeries } from '../../db/queries/production-series';
import type { DomainHandlers } from '../domain-handlers';

export const productionHandlers: DomainHandlers<'production.series' | 'production.breakdown'> = {
  'production.series': (input, { db }) => productionSeries(db, input),
  'production.breakdown': (input, { db }) => productionBreakdown(db, input),
};
