import { rejectedRows } from '../../db/queries/rejected-rows';
import type { DomainHandlers } from '../domain-handlers';

export const etlHandlers: DomainHandlers<'etl.rejects'> = {
  'etl.rejects': (input, { db }) => rejectedRows(db, input),
};
