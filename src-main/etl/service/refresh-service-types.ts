import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import type { CurrentRun, RefreshStateEvent } from '../../../src-shared/contract/refresh';
import type { SourceId } from '../../../src-shared/contract/sources';
import type { EventBus } from '../../app/event-bus';
import type { Database } from '../../db/database-types';
import type { RefreshableSource } from '../refresh/refreshable-source';
import type { RefreshTrigger } from '../refresh/run-refresh';
import type { SourcePlan } from '../schedule/schedule-plan';
import type { Environment } from '../settings/source-urls';
import type { EtlHost } from '../worker/etl-host';
import type { GuardedSourceResult, ImportedFileOutcome, RefreshJobSummary, UploadedFile } from '../worker/etl-job';

/** The shape of the RefreshService (refresh-service.ts): what the app, the CLI, the scheduler and Electron use. */

export type FinishedEvent = Extract<RefreshStateEvent, { phase: 'finished' }>;
export type ImportOutput = CommandOutput<'import.files'>;

export interface RefreshServiceOptions {
  /** The main thread's connection: reads (status, history, freshness) and settings. */
  readonly db: Kysely<Database>;
  /** Same connection, raw: only to close the records of a run whose worker died. */
  readonly sqlite: BetterSqlite3.Database;
  readonly events: EventBus;
  readonly host: EtlHost;
  /** The refreshable sources, in the order a full refresh runs them. */
  readonly sources: readonly RefreshableSource[];
  /** Titles of every source (imports may load any of them). */
  readonly titles: ReadonlyMap<string, string>;
  /** For `CAUDAL_URL_…` overrides (tests and scripts point sources at a local server). */
  readonly env: Environment;
  readonly now?: () => Date;
  /** How long `close` lets a cancelled run finish before stopping the runner anyway. */
  readonly closeTimeoutMs?: number;
}

export interface RefreshOutcome {
  readonly runId: number | null;
  /** Null when the runner broke (the worker died); `message` says why. */
  readonly summary: RefreshJobSummary | null;
  readonly finished: FinishedEvent;
}

export interface RunHandle {
  readonly runId: number;
  readonly sourceIds: SourceId[];
  /** Never rejects: a broken runner is a failed outcome. */
  readonly done: Promise<RefreshOutcome>;
}

export interface StartRequest {
  readonly sourceIds?: readonly SourceId[];
  readonly trigger: RefreshTrigger;
  readonly onSourceDone?: (result: GuardedSourceResult) => void;
}

export interface ImportRequest {
  readonly paths: readonly string[];
  readonly uploads?: readonly UploadedFile[];
  readonly trigger: 'app-import' | 'cli-import';
  readonly onFile?: (outcome: ImportedFileOutcome, index: number, total: number) => void;
}

export interface RefreshService {
  /** Starts a refresh and resolves once it has its run number; `conflict` while another run is in progress. */
  start(request: StartRequest): Promise<RunHandle>;
  /** Imports files by hand in the runner; `conflict` while another run is in progress. */
  importFiles(request: ImportRequest): Promise<ImportOutput>;
  /** Cancels the run, or one of its sources; false when there is nothing of that to cancel. */
  cancel(runId: number, sourceId?: SourceId): boolean;
  status(): Promise<CommandOutput<'refresh.status'>>;
  /** The run in progress as `refresh.status.current` shows it (synchronous: the taskbar reads it on every event). */
  current(): CurrentRun | null;
  runs(input: ParsedInput<'refresh.runs'>): Promise<CommandOutput<'refresh.runs'>>;
  /** What the scheduler would do now, per source. */
  plans(): Promise<SourcePlan[]>;
  onRunFinished(listener: (event: FinishedEvent) => void): () => void;
  /** The Electron main runs a scheduler; `refresh.status` says whether one is running. */
  setSchedulerActive(active: boolean): void;
  readonly environment: Environment;
  readonly busy: boolean;
  /** Cancels a run in progress, waits for it (bounded) and stops the runner. */
  close(): Promise<void>;
}
