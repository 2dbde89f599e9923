import { balanceSeries } from '../../db/queries/balance-series';
import type { DomainHandlers } from '../domain-handlers';

export const balanceHandlers: DomainHandlers<'balance.series'> = {
  'balance.series': (input, { db }) => balanceSeries(db, input),
};
