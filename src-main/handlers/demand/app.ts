import { demandDimensions } from '../../db/queries/demand-dimensions';
import { demandEditions } from '../../db/queries/demand-editions';
import { demandSeries } from '../../db/queries/demand-series';
import type { DomainHandlers } from '../domain-handlers';

export const demandHandlers: DomainHandlers<'demand.series' | 'demand.editions' | 'demand.dimensions'> = {
  'demand.series': (input, { db }) => demandSeries(db, input),
  'demand.editions': (_input, { db }) => demandEditions(db),
  'demand.dimensions': (input, { db }) => demandDimensions(db, input),
};
