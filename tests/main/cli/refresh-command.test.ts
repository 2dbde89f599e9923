import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCaudalApp, type CaudalApp } from '../../../src-main/app/caudal-app';
import { describeProgress, describeResult } from '../../../src-main/cli/commands/refresh-output';
import { runRefreshCommand } from '../../../src-main/cli/commands/refresh';
import { createHttpClient, type ClosableHttpClient } from '../../../src-main/etl/http/undici-http-client';
import type { RefreshSummary } from '../../../src-main/etl/refresh/refresh-result';
import { createReadingsTable, readingsPublisher, readingsSource } from '../../support/fake-readings-source';
import { startPublisherServer, type PublisherServer } from '../../support/publisher-server';
import { installPublishers } from '../../support/publishers/environment';

/** The terminal side of `caudal refresh` with a small test source: TTY bar, JSON, events, exit codes. */
describe('runRefreshCommand', () => {
  let server: PublisherServer;
  let http: ClosableHttpClient;
  let app: CaudalApp;
  let dataDir: string;
  let env: Record<string, string>;
  const sources = [readingsSource()];

  const terminal = (isTTY: boolean) => {
    let out = '';
    let err = '';
    return { io: { stdout: { write: (t: string) => (out += t), isTTY }, stderr: { write: (t: string) => (err += t) } }, out: () => out, err: () => err };
  };

  beforeAll(async () => {
    server = await startPublisherServer();
    http = createHttpClient({ retry: { maxAttempts: 1 } });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });
  beforeEach(async () => {
    server.heal();
    env = installPublishers(server, [readingsPublisher()]);
    dataDir = mkdtempSync(join(tmpdir(), 'caudal-refresh-cmd-'));
    app = await openCaudalApp({ dbPath: join(dataDir, 'caudal.sqlite') });
    createReadingsTable(app.database.sqlite);
  });
  afterEach(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const run = (io: Parameters<typeof runRefreshCommand>[2], args: Partial<Parameters<typeof runRefreshCommand>[1]> = {}) =>
    runRefreshCommand(app, { sourceIds: [], archiveDir: join(dataDir, 'archivo'), json: false, ...args }, io, { sources, http, env });

  it('redraws one progress line in place on a terminal, then prints the result', async () => {
    const t = terminal(true);
    expect(await run(t.io)).toBe(0);
    const out = t.out();
    expect(out).toContain('\r\x1b[2K[Lecturas de prueba] buscando archivos publicados…');
    expect(out).toMatch(/\r\x1b\[2K\[Lecturas de prueba\] descargando lecturas-2024\.csv \[#{20}\] 100 % 0,0 KB de 0,0 KB/);
    expect(out).toContain('\r\x1b[2K✔ Lecturas de prueba: 2 archivos nuevos (2023, 2024), 4 filas cargadas, 1 rechazadas\n');
    expect(out.endsWith('Resumen: 1 actualizada, 0 sin cambios, 0 con error (ejecución #1).\n')).toBe(true);
  });

  it('prints the summary as JSON with --json, and forwards progress to the app’s event bus', async () => {
    const events: string[] = [];
    app.events.subscribe((name, payload) => events.push(`${name}:${(payload as { step?: string; phase?: string }).step ?? (payload as { phase: string }).phase}`));
    const t = terminal(false);
    expect(await run(t.io, { json: true })).toBe(0);
    const summary = JSON.parse(t.out()) as RefreshSummary;
    expect(summary).toMatchObject({ runId: 1, status: 'ok', ok: true, sources: [{ sourceId: 'anh-royalties', status: 'updated', rowsLoaded: 4 }] });
    // The app's RefreshService announces the run around its progress, exactly as for the button.
    expect(events.slice(0, 2)).toEqual(['refresh.state:started', 'etl.progress:discover']);
    expect(events.slice(-2)).toEqual(['etl.progress:done', 'refresh.state:finished']);
  });

  it('exits 1 when a source failed and 2 for an unknown source', async () => {
    server.fail('/lecturas/', { kind: 'status', status: 503 });
    const t = terminal(false);
    expect(await run(t.io)).toBe(1);
    expect(t.out()).toMatch(/✘ Lecturas de prueba: error: El servidor 127\.0\.0\.1:\d+ respondió HTTP 503 \(error del servidor del publicador\)\. No había datos anteriores de esta fuente\.\n/);
    const unknown = terminal(false);
    expect(await run(unknown.io, { sourceIds: ['upme'] })).toBe(2);
    expect(unknown.err()).toBe('Fuente desconocida: upme. Fuentes disponibles: anh-royalties\n');
  });
});

describe('describeProgress', () => {
  const base = { runId: 1, sourceId: 'anh-production' as const, file: null, message: null };
  it('names each step in Spanish, with bytes and time left while downloading', () => {
    expect(describeProgress({ ...base, step: 'discover', done: 0, total: null }, 'ANH')).toBe('[ANH] buscando archivos publicados…');
    expect(
      describeProgress({ ...base, step: 'download', file: 'Gas_2024.xlsx', done: 1_572_864, total: 3_145_728, receivedBytes: 1_572_864, totalBytes: 3_145_728, etaSeconds: 12 }, 'ANH'),
    ).toBe('[ANH] descargando Gas_2024.xlsx [##########..........] 50 % 1,5 MB de 3,0 MB, faltan ~12 s');
    expect(describeProgress({ ...base, step: 'parse', file: 'Gas_2024.xlsx', done: 1, total: 3 }, 'ANH')).toBe('[ANH] procesando Gas_2024.xlsx (2/3)');
    expect(describeProgress({ ...base, step: 'load', done: 0, total: 1 }, 'ANH')).toBe('[ANH] guardando 1 archivo en la base de datos…');
    expect(describeProgress({ ...base, step: 'done', done: 1, total: 1 }, 'ANH')).toBeNull();
  });
});

describe('describeResult', () => {
  it('lists the known failures a source skipped, without failing it', () => {
    const line = describeResult({
      sourceId: 'mme-declaration',
      title: 'MinEnergía declaración',
      status: 'unchanged',
      startedAt: 'x',
      finishedAt: 'y',
      files: [],
      bytesDownloaded: 0,
      rowsLoaded: 0,
      rowsRejected: 0,
      error: null,
      keptDataFrom: null,
      knownFailedFiles: [{ fileName: 'viejo.xls', url: 'u', message: 'Formato .xls no soportado: conviértalo a .xlsx e impórtelo\n(detalle)', firstFailedAt: 'a', lastFailedAt: 'b' }],
    });
    expect(line).toBe('= MinEnergía declaración: sin cambios\n    ya conocido, no se descarga de nuevo: viejo.xls — Formato .xls no soportado: conviértalo a .xlsx e impórtelo');
  });

  it('prints what a source noticed in a file it loaded anyway, one line each', () => {
    const line = describeResult({
      sourceId: 'anh-production',
      title: 'ANH producción',
      status: 'updated',
      startedAt: 'x',
      finishedAt: 'y',
      files: [
        {
          status: 'loaded',
          fileName: 'Producción_Fiscalizada_Gas_2024.xlsx',
          url: 'u',
          coverage: '2024',
          rowsLoaded: 3283,
          rowsRejected: 0,
          supersededFileIds: [],
          warnings: ['La fila 10 de la hoja «enero-24» repite exactamente la fila 8; se cuenta dos veces, como en el TOTAL de la ANH.'],
        },
      ],
      bytesDownloaded: 1,
      rowsLoaded: 3283,
      rowsRejected: 0,
      error: null,
      keptDataFrom: null,
    });
    expect(line.split('\n')).toEqual([
      '✔ ANH producción: 1 archivo nuevo (2024), 3.283 filas cargadas, 0 rechazadas',
      '    aviso: Producción_Fiscalizada_Gas_2024.xlsx: La fila 10 de la hoja «enero-24» repite exactamente la fila 8; se cuenta dos veces, como en el TOTAL de la ANH.',
    ]);
  });
});
