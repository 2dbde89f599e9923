import { createContext, useContext } from 'react';
import type { SourceSchedule } from '../../src-shared/contract/refresh';
import type { SourceId } from '../../src-shared/contract/sources';
import type { ClientError } from '../client/client-error';
import type { RefreshView, RunFinishedEvent } from './run-progress';

/** Something the analyst should read now: how a run ended, or why an action was refused. */
export type NoticeContent = { readonly kind: 'run'; readonly event: RunFinishedEvent } | { readonly kind: 'error'; readonly title: string; readonly error: ClientError };
/** `id` tells two equal notices apart, so a second identical refusal shows again. */
export type RefreshNotice = NoticeContent & { readonly id: number };

export interface RefreshControls {
  readonly view: RefreshView;
  /** Each refreshable source's schedule and next run (`refresh.status`); null until it answers. */
  readonly schedules: readonly SourceSchedule[] | null;
  /** False under `caudal serve`: nothing runs by itself there. */
  readonly schedulerActive: boolean;
  readonly statusError: ClientError | null;
  /** `refresh.start` is on its way (the button shows it is working before the first event). */
  readonly starting: boolean;
  readonly notice: RefreshNotice | null;
  /** Every source, or the ones given. Failures (a run already going…) become the notice. */
  start(sourceIds?: readonly SourceId[]): Promise<void>;
  /** The whole run, or one of its sources. */
  cancel(sourceId?: SourceId): Promise<void>;
  reloadStatus(): void;
  /** Shows an error notice for an action made elsewhere (a schedule change, an import). */
  report(title: string, error: ClientError): void;
  dismissNotice(): void;
}

export const RefreshContext = createContext<RefreshControls | null>(null);

export function useRefresh(): RefreshControls {
  const controls = useContext(RefreshContext);
  if (!controls) throw new Error('useRefresh necesita un <RefreshProvider> más arriba en el árbol');
  return controls;
}

/** A run (refresh or import) is going: starting another would be refused. */
export function isBusy(controls: Pick<RefreshControls, 'view' | 'starting'>): boolean {
  return controls.starting || controls.view.run !== null;
}
