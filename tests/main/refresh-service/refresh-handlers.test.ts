import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCaudalApp, type CaudalApp } from '../../../src-main/app/caudal-app';
import { sourceUrlEnvName } from '../../../src-main/etl/settings/source-urls';
import { createInProcessClient, type InProcessClient } from '../../../src-main/transports/in-process';

/** The refresh commands through the dispatcher, as the renderer calls them: validation and typed errors. */
describe('refresh.* and import.files through the dispatcher', () => {
  let app: CaudalApp;
  let client: InProcessClient;
  let dataDir: string;
  let silent: { close(): Promise<void> };

  beforeAll(async () => {
    // datos.gov.co for this app is a host that accepts and never answers: a run stays in progress.
    const sockets = new Set<Socket>();
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    silent = { close: () => new Promise<void>((resolve) => (sockets.forEach((s) => s.destroy()), server.close(() => resolve()))) };
    dataDir = mkdtempSync(join(tmpdir(), 'caudal-refresh-handlers-'));
    app = await openCaudalApp({
      dbPath: join(dataDir, 'caudal.sqlite'),
      env: { [sourceUrlEnvName('anh-royalties', 'metadata')]: `${origin}/meta`, [sourceUrlEnvName('anh-royalties', 'data')]: `${origin}/data` },
    });
    client = createInProcessClient(app.dispatcher);
  });
  afterAll(async () => {
    await app.close();
    await silent.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses bad input with a Spanish message naming the field', async () => {
    expect(await client.sendResult('refresh.start', { sourceIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'Solicitud inválida en "sourceIds": Indique al menos una fuente, u omita sourceIds para actualizar todas' },
    });
    expect(await client.sendResult('refresh.start', { sourceIds: ['anh-production', 'anh-production'] })).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('Fuente repetida') } });
    expect(await client.sendResult('refresh.cancel', { runId: 0 })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'runId' }] } });
    expect(await client.sendResult('import.files', {})).toMatchObject({ ok: false, error: { code: 'validation', message: 'Solicitud inválida en "paths": Indique al menos un archivo o carpeta para importar' } });
    expect(await client.sendResult('import.files', { uploads: [{ fileName: '../x.xlsx', contentBase64: 'AAAA' }] })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'uploads.0.fileName', message: 'El nombre del archivo no puede contener / ni \\' }] } });
    expect(await client.sendResult('refresh.runs', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'limit' }] } });
    expect(await client.sendResult('refresh.start', { fuentes: ['anh-production'] } as never)).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'Solicitud inválida: Opción desconocida: «fuentes» (use sourceIds)' },
    });
    expect(await client.sendResult('refresh.status', { x: 1 } as never)).toMatchObject({ ok: false, error: { message: 'Solicitud inválida: Opción desconocida: «x» (este comando no tiene opciones)' } });
  });

  it('answers the status and the (empty) history before any run, and imports by path', async () => {
    const status = await client.send('refresh.status');
    expect(status).toMatchObject({ current: null, schedulerActive: false });
    expect(status.sources.map((s) => [s.sourceId, s.schedule, s.reason])).toEqual([
      ['anh-production', 'daily', 'never-run'],
      ['mme-declaration', 'daily', 'never-run'],
      ['upme-demand', 'weekly', 'never-run'],
      ['anh-royalties', 'weekly', 'never-run'],
      ['dane-territory', 'monthly', 'never-run'],
    ]);
    expect(await client.send('refresh.runs')).toEqual({ total: 0, runs: [] });
    expect(await client.send('refresh.cancel', { runId: 99 })).toEqual({ cancelled: false });

    writeFileSync(join(dataDir, 'notas.txt'), 'nada que importar');
    const imported = await client.send('import.files', { paths: [join(dataDir, 'notas.txt')] });
    expect(imported).toMatchObject({ ok: false, files: [{ status: 'unknown', fileName: 'notas.txt' }], totals: { unknown: 1 } });
  });

  it('one run at a time: a second start is a typed conflict; the run can be cancelled by its number', { timeout: 20_000 }, async () => {
    const started = await client.send('refresh.start', { sourceIds: ['anh-royalties'] });
    expect(started).toEqual({ runId: expect.any(Number), sourceIds: ['anh-royalties'] });
    expect(await client.sendResult('refresh.start', {})).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^Ya hay una actualización de datos en curso/) } });
    expect(await client.sendResult('import.files', { paths: [dataDir] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await client.send('refresh.status')).current).toMatchObject({ runId: started.runId, trigger: 'button', sources: [{ sourceId: 'anh-royalties', state: 'running' }] });

    const finished = new Promise<unknown>((resolve) => app.events.subscribe((name, payload) => name === 'refresh.state' && (payload as { phase: string }).phase === 'finished' && resolve(payload)));
    expect(await client.send('refresh.cancel', { runId: started.runId, sourceId: 'anh-royalties' })).toEqual({ cancelled: true });
    expect(await finished).toMatchObject({ runId: started.runId, status: 'cancelled', sources: [{ sourceId: 'anh-royalties', status: 'cancelled' }] });
    expect((await client.send('refresh.runs')).runs[0]).toMatchObject({ runId: started.runId, status: 'cancelled', sources: [{ status: 'cancelled', error: 'Actualización cancelada; se conservan los datos anteriores' }] });
  });
});
