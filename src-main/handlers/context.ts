import type { Kysely } from 'kysely';
import type { EventBus } from '../app/event-bus';
import type { Database } from '../db/database-types';
import type { RefreshService } from '../etl/service/refresh-service';

/** What every query handler may use: the read side of the database. */
export interface HandlerContext {
  readonly db: Kysely<Database>;
  /** Where long commands (exports) report progress; absent in contexts that have no listeners. */
  readonly events?: EventBus;
  /** Refresh and import runner (refresh.*, import.files); absent where nothing may write (tests of queries). */
  readonly refresh?: RefreshService;
}
