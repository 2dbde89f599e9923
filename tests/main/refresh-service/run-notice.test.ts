import { describe, expect, it } from 'vitest';
import { importNotice, refreshNotice, sourceOutcome } from '../../../src-main/etl/service/run-notice';
import type { GuardedSourceResult } from '../../../src-main/etl/worker/etl-job';

const result = (overrides: Partial<GuardedSourceResult>): GuardedSourceResult => ({
  sourceId: 'anh-production',
  title: 'ANH producción fiscalizada de gas',
  status: 'updated',
  startedAt: 'x',
  finishedAt: 'y',
  files: [{ status: 'loaded', fileName: 'Gas_2025.xlsx', url: 'u', coverage: '2025', rowsLoaded: 1234, rowsRejected: 2, supersededFileIds: [1], warnings: [] }],
  bytesDownloaded: 10,
  rowsLoaded: 1234,
  rowsRejected: 2,
  error: null,
  keptDataFrom: null,
  knownFailedFiles: [],
  ...overrides,
});

describe('what a finished run says', () => {
  it('names new periods, rows added and errors, one line per source, the unchanged ones together', () => {
    const results = [
      result({}),
      result({ sourceId: 'mme-declaration', title: 'MinEnergía declaración', status: 'failed', files: [], rowsLoaded: 0, rowsRejected: 0, error: { code: 'http-status', message: 'MinEnergía respondió HTTP 503 (error del servidor del publicador)' } }),
      result({ sourceId: 'upme-demand', title: 'UPME demanda', status: 'unchanged', files: [], rowsLoaded: 0, rowsRejected: 0 }),
      result({ sourceId: 'dane-territory', title: 'DANE territorio', status: 'unchanged', files: [], rowsLoaded: 0, rowsRejected: 0 }),
    ];
    const outcomes = results.map((r, i) => sourceOutcome(r, i === 0 ? '2025-10' : null));
    expect(outcomes[0]).toMatchObject({ filesLoaded: 1, newPeriod: '2025-10', message: '1 archivo nuevo, 1.234 filas cargadas, 2 rechazadas' });
    expect(refreshNotice('partial', results, outcomes)).toEqual({
      title: 'Actualización con errores',
      body: [
        'ANH producción fiscalizada de gas: nuevo periodo 2025-10; 1.234 filas nuevas',
        'MinEnergía declaración: MinEnergía respondió HTTP 503 (error del servidor del publicador)',
        'Sin cambios: UPME demanda, DANE territorio',
      ].join('\n'),
    });
  });

  it('a single source offline quotes its own message; a cancelled run says what it kept', () => {
    const offline = result({ status: 'failed', files: [], rowsLoaded: 0, error: { code: 'offline', message: 'Sin conexión: se conservan los datos del 28/11/2025 (no se pudo conectar con www.anh.gov.co (conexión rechazada))' } });
    expect(refreshNotice('failed', [offline], [sourceOutcome(offline, null)])).toEqual({
      title: 'Sin conexión',
      body: 'Sin conexión: se conservan los datos del 28/11/2025 (no se pudo conectar con www.anh.gov.co (conexión rechazada))\nCaudal volverá a intentarlo más tarde.',
    });
    const cancelled = result({ status: 'cancelled', files: [], rowsLoaded: 0, error: { code: 'cancelled', message: 'Actualización cancelada; se conservan los datos anteriores' } });
    expect(refreshNotice('cancelled', [cancelled], [sourceOutcome(cancelled, null)])).toEqual({ title: 'Actualización cancelada', body: 'ANH producción fiscalizada de gas: cancelada (conserva sus datos anteriores)' });
  });

  it('an import counts files and rows', () => {
    expect(importNotice({ loaded: 1, unchanged: 2, unknown: 0, failed: 0, rowsLoaded: 1, rowsRejected: 0 })).toEqual({
      title: 'Importación terminada',
      body: '1 archivo cargado (1 fila, 0 rechazadas), 2 sin cambios, 0 no reconocidos, 0 con error.',
    });
    expect(importNotice({ loaded: 0, unchanged: 0, unknown: 0, failed: 2, rowsLoaded: 0, rowsRejected: 0 }).title).toBe('No se importó ningún archivo');
  });
});
