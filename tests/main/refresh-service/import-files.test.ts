import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../../src-main/transports/in-process';
import { readingsSource } from '../../support/fake-readings-source';
import { startServiceHarness, type ServiceHarness } from './service-harness';

/** `import.files` through the RefreshService: paths, folders and uploads, one run, a summary per file. */
describe('RefreshService.importFiles', () => {
  let h: ServiceHarness;
  let folder: string;

  beforeEach(async () => {
    h = await startServiceHarness({ sources: [readingsSource('anh-royalties', 'Lecturas A')], env: {} });
    folder = join(h.dataDir, 'descargas');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'sub', 'lecturas 2024.csv'), 'periodo,valor\n2024-01,10\n2024-02,x\n');
    writeFileSync(join(folder, 'notas.txt'), 'no es un archivo de datos');
  });
  afterEach(async () => {
    await h.close();
  });

  it('imports a folder and an uploaded file with the same detection as the CLI, one line per file', async () => {
    const upload = { fileName: 'lecturas-2023.csv', contentBase64: Buffer.from('periodo,valor\n2023-05,7\n').toString('base64') };
    const output = await h.service.importFiles({ paths: [folder, join(h.dataDir, 'no-existe.xlsx')], uploads: [upload], trigger: 'app-import' });

    expect(output).toMatchObject({ ok: false, totals: { loaded: 2, unchanged: 0, unknown: 1, failed: 1, rowsLoaded: 2, rowsRejected: 1 } });
    expect(output.message).toBe('2 archivos cargados (2 filas, 1 rechazada), 0 sin cambios, 1 no reconocido, 1 con error.');
    const byName = new Map(output.files.map((f) => [f.fileName, f]));
    expect(byName.get('lecturas 2024.csv')).toMatchObject({
      status: 'loaded',
      sourceId: 'anh-royalties',
      sourceTitle: 'Lecturas A',
      coverage: '2024',
      rowsLoaded: 1,
      rowsRejected: 1,
      fileId: expect.any(Number),
      replacedPrevious: false,
      message: 'Lecturas A 2024: 1 filas cargadas, 1 rechazadas',
    });
    // An uploaded file is reported by the name it was dropped with, never by its temporary copy.
    expect(byName.get('lecturas-2023.csv')).toMatchObject({ status: 'loaded', path: 'lecturas-2023.csv', coverage: '2023' });
    expect(byName.get('notas.txt')).toMatchObject({ status: 'unknown', message: expect.stringMatching(/^No reconocido: /) });
    expect(byName.get('no-existe.xlsx')).toMatchObject({ status: 'failed', message: 'No existe o no se puede leer' });

    // The rejected rows are one click away: etl.rejects by the file's id.
    const client = createInProcessClient(h.app.dispatcher);
    const fileId = (byName.get('lecturas 2024.csv') as { fileId: number }).fileId;
    const rejects = await client.send('etl.rejects', { fileId });
    expect(rejects.rows.map((r) => [r.row, r.reasonCode, r.raw])).toEqual([[3, 'bad-row', { periodo: '2024-02', valor: 'x' }]]);

    const trail = h.events.filter((e) => e.name === 'refresh.state' || e.name === 'import.progress').map((e) => (e.name === 'refresh.state' ? `state:${String(e.payload['phase'])}` : `file:${String(e.payload['index'])}/${String(e.payload['total'])}:${String(e.payload['status'])}`));
    expect(trail).toEqual(['state:started', 'file:0/3:unknown', 'file:1/3:loaded', 'file:2/3:loaded', 'state:finished']);
    expect(h.events.find((e) => e.name === 'refresh.state')!.payload).toMatchObject({ kind: 'import', trigger: 'app-import', runId: null, fileCount: 3 });
    expect(h.events.at(-1)!.payload).toMatchObject({
      kind: 'import',
      runId: output.runId,
      status: 'partial',
      importTotals: output.totals,
      notice: { title: 'Importación con errores', body: output.message },
    });
  });

  it('says "sin cambios" for files already imported, with the archived file’s id, and records both runs', async () => {
    const first = await h.service.importFiles({ paths: [join(folder, 'sub')], trigger: 'cli-import' });
    const second = await h.service.importFiles({ paths: [join(folder, 'sub')], trigger: 'app-import' });
    expect(second).toMatchObject({ ok: true, totals: { loaded: 0, unchanged: 1 } });
    expect(second.files[0]).toMatchObject({ status: 'unchanged', sourceTitle: 'Lecturas A', coverage: '2024', fileId: (first.files[0] as { fileId: number }).fileId });
    expect(second.files[0]!.message).toBe('Lecturas A 2024: sin cambios: ya estaba importado');

    const history = await h.service.runs({ limit: 10, offset: 0, kind: 'import' });
    expect(history.runs.map((r) => [r.trigger, r.kind, r.status, r.files.map((f) => [f.fileName, f.status, f.sourceId])])).toEqual([
      ['app-import', 'import', 'ok', [['lecturas 2024.csv', 'unchanged', null]]],
      ['cli-import', 'import', 'ok', [['lecturas 2024.csv', 'loaded', 'anh-royalties']]],
    ]);
    expect(history.runs[1]!.totals).toMatchObject({ filesLoaded: 1, rowsLoaded: 1, rowsRejected: 1 });
    expect((await h.service.runs({ limit: 10, offset: 0, sourceId: 'anh-royalties' })).runs.map((r) => r.runId)).toEqual([first.runId]);
  });
});
