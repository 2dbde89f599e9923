import type { CommandInput, CommandOutput, EventPayload } from '../../../src-shared/contract';
import type { SourceSchedule } from '../../../src-shared/contract/refresh';
import { defaultAppSettings, defaultRefreshSchedules } from '../../../src-shared/contract/settings';
import type { SourceId } from '../../../src-shared/contract/sources';
import { ok, type FakeHandler } from '../fake-bridge';

/** Hand-written answers and events of refresh and import, consistent with `dashboard-fixtures.ts`. */

export const titles: Record<'anh-production' | 'upme-demand', string> = {
  'anh-production': 'ANH producción fiscalizada de gas',
  'upme-demand': 'UPME proyección de demanda de gas natural',
};

export function schedule(sourceId: keyof typeof titles, overrides: Partial<SourceSchedule> = {}): SourceSchedule {
  return {
    sourceId,
    title: titles[sourceId],
    schedule: sourceId === 'anh-production' ? 'daily' : 'weekly',
    nextRunAt: '2025-11-21T13:00:00.000Z',
    reason: 'interval',
    consecutiveFailures: 0,
    lastAttemptAt: '2025-11-20T13:00:00.000Z',
    knownFailedFiles: [],
    ...overrides,
  };
}

export function idleStatus(sources: SourceSchedule[] = [schedule('anh-production'), schedule('upme-demand')], schedulerActive = true): CommandOutput<'refresh.status'> {
  return { current: null, schedulerActive, sources };
}

export const RUN_ID = 41;
const startedAt = '2025-11-21T15:00:00.000Z';

export function started(sourceIds: SourceId[] = ['anh-production', 'upme-demand']): EventPayload<'refresh.state'> {
  return { phase: 'started', runId: RUN_ID, kind: 'refresh', trigger: 'button', startedAt, sourceIds, fileCount: null };
}

type Progress = EventPayload<'etl.progress'>;

export function progress(sourceId: SourceId, fields: Partial<Progress> & Pick<Progress, 'step'>): Progress {
  const index = sourceId === 'anh-production' ? 0 : 1;
  return { runId: RUN_ID, sourceId, file: null, done: 0, total: null, message: null, sourceIndex: index, sourceCount: 2, ...fields };
}

export function finished(overrides: Partial<Extract<EventPayload<'refresh.state'>, { phase: 'finished' }>> = {}): EventPayload<'refresh.state'> {
  return {
    phase: 'finished',
    runId: RUN_ID,
    kind: 'refresh',
    trigger: 'button',
    startedAt,
    finishedAt: '2025-11-21T15:02:00.000Z',
    status: 'cancelled',
    sources: [
      { sourceId: 'anh-production', title: titles['anh-production'], status: 'cancelled', filesLoaded: 0, rowsLoaded: 0, rowsRejected: 0, newPeriod: null, message: 'Cancelada', knownFailedFiles: 0 },
      { sourceId: 'upme-demand', title: titles['upme-demand'], status: 'updated', filesLoaded: 1, rowsLoaded: 1234, rowsRejected: 0, newPeriod: 'Edición 2025', message: '1 archivo nuevo, 1.234 filas cargadas, 0 rechazadas', knownFailedFiles: 0 },
    ],
    importTotals: null,
    notice: { title: 'Actualización cancelada', body: 'ANH producción fiscalizada de gas: cancelada (conserva sus datos anteriores)\nUPME proyección de demanda de gas natural: nuevo periodo Edición 2025; 1.234 filas nuevas' },
    ...overrides,
  };
}

export const runs: CommandOutput<'refresh.runs'> = {
  total: 2,
  runs: [
    {
      runId: 2,
      trigger: 'button',
      kind: 'refresh',
      startedAt: '2025-11-20T13:00:00.000Z',
      finishedAt: '2025-11-20T13:01:00.000Z',
      status: 'failed',
      error: null,
      sources: [
        {
          sourceId: 'anh-production',
          title: titles['anh-production'],
          status: 'failed',
          startedAt: '2025-11-20T13:00:00.000Z',
          finishedAt: '2025-11-20T13:01:00.000Z',
          filesDownloaded: 0,
          filesLoaded: 0,
          filesUnchanged: 0,
          filesFailed: 0,
          bytesDownloaded: 0,
          rowsLoaded: 0,
          rowsRejected: 0,
          errorCode: 'http',
          error: 'La ANH respondió HTTP 500',
          files: [],
          knownFailedFiles: [],
        },
      ],
      files: [],
      totals: { filesDownloaded: 0, filesLoaded: 0, rowsLoaded: 0, rowsRejected: 0, bytesDownloaded: 0 },
    },
    {
      runId: 1,
      trigger: 'cli-import',
      kind: 'import',
      startedAt: '2025-11-19T13:00:00.000Z',
      finishedAt: '2025-11-19T13:02:00.000Z',
      status: 'ok',
      error: null,
      sources: [],
      files: [{ fileName: 'Producción_Fiscalizada_Gas_2024.xlsx', status: 'loaded', sourceId: 'anh-production', coverage: '2024', rowsLoaded: 3079, rowsRejected: 2, message: null, warnings: ['La fila 10 de la hoja «enero-24» repite exactamente la fila 8'] }],
      totals: { filesDownloaded: 0, filesLoaded: 1, rowsLoaded: 3079, rowsRejected: 2, bytesDownloaded: 0 },
    },
  ],
};

/** An import answer that loads every upload and rejects two rows of the first one. */
export function importAnswer(input: CommandInput<'import.files'>): CommandOutput<'import.files'> {
  const uploads = input.uploads ?? [];
  return {
    runId: 50,
    ok: true,
    files: uploads.map((upload, index) => ({
      status: 'loaded' as const,
      path: upload.fileName,
      fileName: upload.fileName,
      sourceId: 'anh-production' as const,
      sourceTitle: titles['anh-production'],
      coverage: '2024',
      fileId: 70 + index,
      rowsLoaded: 3079,
      rowsRejected: index === 0 ? 2 : 0,
      reconciliations: [
        { sheet: 'agosto-24', period: '2024-08', kind: 'monthly-total' as const, dataRows: 280, dataTotalMpc: 60_000, fileTotalMpc: 59_996.35, differenceMpc: 3.65, status: 'not-reconciled' as const, cause: 'la fórmula TOTAL omite las filas 8–11: 3,65 MPC' },
        { sheet: 'enero-24', period: '2024-01', kind: 'monthly-total' as const, dataRows: 291, dataTotalMpc: 63_108.32, fileTotalMpc: 63_108.32, differenceMpc: 0, status: 'reconciled' as const, cause: null },
      ],
      replacedPrevious: false,
      warnings: [],
      message: `Cargado: ${upload.fileName}`,
    })),
    totals: { loaded: uploads.length, unchanged: 0, unknown: 0, failed: 0, rowsLoaded: 3079 * uploads.length, rowsRejected: 2 },
    message: `${uploads.length} archivos cargados`,
  };
}

/** What the refresh screens call, on top of the dashboard's handlers. */
export function refreshHandlers(overrides: Record<string, FakeHandler> = {}): Record<string, FakeHandler> {
  return {
    'refresh.status': () => ok(idleStatus()),
    'refresh.start': (input) => ok({ runId: RUN_ID, sourceIds: (input as { sourceIds?: SourceId[] } | null)?.sourceIds ?? ['anh-production', 'upme-demand'] }),
    'refresh.cancel': () => ok({ cancelled: true }),
    'refresh.runs': () => ok(runs),
    'settings.update': () => ok({ settings: defaultAppSettings, defaults: { schedules: defaultRefreshSchedules }, sources: [] }),
    'import.files': (input) => ok(importAnswer(input as CommandInput<'import.files'>)),
    ...overrides,
  };
}
