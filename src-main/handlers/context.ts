import type { Kysely } from 'kysely';
import type { Database } from '../db/database-types';

/** What every query handler may use: the read side of the database. */
export interface HandlerContext {
  readonly db: Kysely<Database>;
}
