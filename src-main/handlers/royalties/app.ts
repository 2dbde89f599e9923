import { royaltiesBreakdown } from '../../db/queries/royalties-breakdown';
import { royaltiesSeries } from '../../db/queries/royalties-series';
import type { DomainHandlers } from '../domain-handlers';

export const royaltiesHandlers: DomainHandlers<'royalties.series' | 'royalties.breakdown'> = {
  'royalties.series': (input, { db }) => royaltiesSeries(db, input),
  'royalties.breakdown': (input, { db }) => royaltiesBreakdown(db, input),
};
