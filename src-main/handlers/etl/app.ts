import { rejectedRows } from '../../db/queries/rejected-rows';
import { sourceHealth } from '../../db/queries/source-health';
import { fileSources } from '../../etl/sources/registry';
import type { DomainHandlers } from '../domain-handlers';
import { describeSources } from './source-descriptors';

export const etlHandlers: DomainHandlers<'etl.rejects' | 'etl.sources'> = {
  'etl.rejects': (input, { db }) => rejectedRows(db, input),
  'etl.sources': (_input, { db }) => sourceHealth(db, describeSources(fileSources)),
};
