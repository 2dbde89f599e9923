import { sql, type RawBuilder } from 'kysely';
import { distinctValues, type DistinctValuesOptions } from '../../db/queries/distinct-values';
import type { SearchCandidate } from './search-source';

/** The values a coded column holds (regimes, sheet names…), each searched as written. */
export function distinctCandidates(table: string, column: string, options?: DistinctValuesOptions): RawBuilder<SearchCandidate> {
  return sql<SearchCandidate>`SELECT value, value AS text FROM (${distinctValues(table, column, options)})`;
}
