import type { Kysely } from 'kysely';
import type { RequestOrigin } from '../app/dispatcher';
import type { EventBus } from '../app/event-bus';
import type { DatasetId } from '../../src-shared/contract/data';
import type { ExportFormat } from '../../src-shared/contract/exports';
import type { Database } from '../db/database-types';
import type { RefreshService } from '../etl/service/refresh-service';
import type { SpawnExportProcess } from '../exports/process/export-child';

/** What every query handler may use: the read side of the database. */
export interface HandlerContext {
  readonly db: Kysely<Database>;
  /** Where long commands (exports) report progress; absent in contexts that have no listeners. */
  readonly events?: EventBus;
  /** Refresh and import runner (refresh.*, import.files); absent where nothing may write (tests of queries). */
  readonly refresh?: RefreshService;
  /** The desktop shell (save dialog, open and show files); absent in `caudal serve`, the CLI and tests of queries. */
  readonly desktop?: DesktopCapability;
  /**
   * Starts the dedicated process each export runs in (a utility process in Electron, a forked Node
   * elsewhere), so its memory never weighs on the app; absent, exports run in this process (tests).
   */
  readonly exportProcess?: SpawnExportProcess;
  /** Set by the transport for each request (see RequestOrigin); absent counts as the least trusted. */
  readonly origin?: RequestOrigin;
}

/** What only the Electron main process can do for an export: the native dialog and the file manager. */
export interface DesktopCapability {
  /** The save dialog with a proposed name and the last folder used; null when the analyst cancels. */
  chooseSavePath(request: { dataset: DatasetId; format: ExportFormat; from?: string | undefined; to?: string | undefined }): Promise<string | null>;
  /** Opens the file with its usual program; rejects with a Spanish message when the system cannot. */
  openPath(filePath: string): Promise<void>;
  /** Shows the file selected in its folder (Explorer, Finder). */
  showInFolder(filePath: string): void;
}
