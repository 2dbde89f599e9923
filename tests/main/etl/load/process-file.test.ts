import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../../src-main/db/open-database';
import { importFiles } from '../../../../src-main/etl/import/import-files';
import { prepareFile, processFile } from '../../../../src-main/etl/load/process-file';
import { createReadingsTable, readingsSource } from '../../../support/fake-readings-source';

/** The one path files take into the database, seen from the import side (the refresh side: run-refresh tests). */
describe('processFile and the import path built on it', () => {
  let database: OpenDatabase;
  let dir: string;
  const source = readingsSource();
  const options = () => ({ runId: 1, archiveDir: join(dir, 'archivo'), now: new Date('2025-11-28T12:00:00Z') });

  beforeEach(async () => {
    database = await openDatabase(':memory:');
    createReadingsTable(database.sqlite);
    database.sqlite.prepare("INSERT INTO etl_run (id, trigger, started_at, status) VALUES (1, 'cli-import', '2025-11-28T12:00:00Z', 'running')").run();
    dir = mkdtempSync(join(tmpdir(), 'caudal-process-'));
  });
  afterEach(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const csv = (text: string) => ({ fileName: 'lecturas.csv', bytes: new TextEncoder().encode(text), origin: null });

  it('recognises, archives by sha256 and loads a new file; the same bytes again are unchanged', () => {
    const first = processFile(database.sqlite, csv('periodo,valor\n2024-01,5\n'), [source], options());
    expect(first).toMatchObject({ status: 'loaded', source: { id: 'anh-royalties' }, loaded: { coverage: '2024', rowsLoaded: 1 } });
    const [folder] = readdirSync(join(dir, 'archivo'));
    expect(readdirSync(join(dir, 'archivo', folder!))).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.csv$/)]);
    expect(processFile(database.sqlite, csv('periodo,valor\n2024-01,5\n'), [source], options())).toEqual({
      status: 'unchanged',
      known: { id: 1, sourceId: 'anh-royalties', coverage: '2024', status: 'active' },
    });
  });

  it('keeps the origin of a downloaded file (URL and validators) in its lineage', () => {
    const downloaded = { ...csv('periodo,valor\n2023-01,5\n'), origin: { url: 'https://publicador.invalid/l.csv', etag: '"e1"', lastModified: 'Mon, 03 Nov 2025 14:00:00 GMT' } };
    processFile(database.sqlite, downloaded, source, options());
    expect(database.sqlite.prepare('SELECT url, etag, last_modified FROM source_file').get()).toEqual({ url: 'https://publicador.invalid/l.csv', etag: '"e1"', last_modified: 'Mon, 03 Nov 2025 14:00:00 GMT' });
  });

  it('says unknown for content no source claims, and throws the source’s own message for a file it cannot use', () => {
    expect(prepareFile(database.sqlite, csv('fecha;cantidad\n'), [source])).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/no corresponde a ninguna fuente conocida/) });
    expect(() => prepareFile(database.sqlite, csv('periodo,cantidad\n'), source)).toThrow(/No se encontró la columna «valor»/);
  });

  it('serves importFiles unchanged: loaded, unchanged, unknown and failed outcomes per file', () => {
    writeFileSync(join(dir, 'a.csv'), 'periodo,valor\n2024-01,5\n');
    writeFileSync(join(dir, 'b.csv'), 'periodo,valor\n2024-01,5\n');
    writeFileSync(join(dir, 'c.txt'), 'hola\n');
    writeFileSync(join(dir, 'd.csv'), 'periodo,volumen\n2024-01,5\n');
    const summary = importFiles(database, [join(dir, 'a.csv'), join(dir, 'b.csv'), join(dir, 'c.txt'), join(dir, 'd.csv')], {
      archiveDir: join(dir, 'archivo'),
      trigger: 'cli-import',
      sources: [{ ...source, recognise: (file) => file.kind === 'text' && file.text().startsWith('periodo') }],
    });
    expect(summary.files.map((f) => f.status)).toEqual(['loaded', 'unchanged', 'unknown', 'failed']);
    expect(summary.files[3]).toMatchObject({ message: expect.stringMatching(/^No se encontró la columna «valor»/) });
    expect(summary.ok).toBe(false);
  });
});
