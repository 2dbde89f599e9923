import type BetterSqlite3 from 'better-sqlite3';
import { load } from 'cheerio/slim';
import type { SourceId } from '../../src-shared/contract/sources';
import { EtlError } from '../../src-main/etl/etl-error';
import { insertRejects, insertSourceFile, type RejectToStore } from '../../src-main/etl/load/lineage';
import type { RefreshableSource } from '../../src-main/etl/refresh/refreshable-source';
import { fetchListedFiles } from '../../src-main/etl/sources/fetch-listed-files';
import type { ParsedFile, RemoteFileRef } from '../../src-main/etl/sources/source-definition';
import type { PublisherFixture, PublisherServer } from './publisher-server';

/**
 * A tiny source for runner tests that must not depend on any real parser: a page listing CSV files
 * (`periodo,valor`), one file per year, loaded into its own table `test_reading`. It behaves like a
 * real source: year replaces year in one transaction, bad rows are rejects, a missing column throws.
 */
export interface ReadingsParse extends ParsedFile {
  readonly rows: ReadonlyArray<{ period: string; value: number; row: number }>;
}

export function createReadingsTable(sqlite: BetterSqlite3.Database): void {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS test_reading (
    id INTEGER PRIMARY KEY, source_id TEXT NOT NULL, source_file_id INTEGER NOT NULL REFERENCES source_file(id),
    period TEXT NOT NULL, value REAL NOT NULL, row_number INTEGER NOT NULL) STRICT`);
}

export function discoverReadings(html: string, pageUrl: string): RemoteFileRef[] {
  const $ = load(html);
  const refs: RemoteFileRef[] = [];
  $('a[href$=".csv"]').each((_, a) => {
    const url = new URL($(a).attr('href')!, pageUrl);
    const fileName = decodeURIComponent(url.pathname.split('/').at(-1)!);
    refs.push({ url: url.href, fileName, coverage: /(\d{4})/.exec(fileName)?.[1] ?? null, title: $(a).text().trim() });
  });
  if (refs.length === 0) throw new EtlError('layout-changed', 'La página de prueba cambió: no se encontraron archivos de lecturas');
  return refs;
}

export function parseReadings(text: string): ReadingsParse {
  const [header = '', ...lines] = text.trim().split(/\r?\n/);
  const columns = header.split(',').map((c) => c.trim().toLowerCase());
  const periodAt = columns.indexOf('periodo');
  const valueAt = columns.indexOf('valor');
  if (periodAt < 0 || valueAt < 0) {
    throw new EtlError('missing-column', `No se encontró la columna «${periodAt < 0 ? 'periodo' : 'valor'}» en el encabezado (${header.slice(0, 80)})`);
  }
  const rows: Array<{ period: string; value: number; row: number }> = [];
  const rejects: RejectToStore[] = [];
  lines.forEach((line, i) => {
    const cells = line.split(',');
    const period = cells[periodAt]?.trim() ?? '';
    const value = Number(cells[valueAt]);
    if (!/^\d{4}-\d{2}$/.test(period) || !Number.isFinite(value)) {
      rejects.push({ sheet: null, row: i + 2, reasonCode: 'bad-row', reason: 'Periodo o valor inválido', raw: { periodo: cells[periodAt], valor: cells[valueAt] } });
    } else {
      rows.push({ period, value, row: i + 2 });
    }
  });
  const coverage = rows[0]?.period.slice(0, 4) ?? 'sin datos';
  return { coverage, rows, rejects, reconciliations: [], warnings: [] };
}

export function readingsSource(id: SourceId = 'anh-royalties', title = 'Lecturas de prueba'): RefreshableSource {
  const source: RefreshableSource = {
    id,
    title,
    publisher: 'Publicador de prueba',
    defaultUrls: { index: 'https://publicador.invalid/lecturas/' },
    officialUrl: 'https://publicador.invalid/lecturas/',
    recognise: (file) => file.kind === 'text' && file.text().startsWith('periodo,'),
    transform: (file) => parseReadings(file.text()),
    load(sqlite, file, parsed, runId, now) {
      const readings = parsed as ReadingsParse;
      return sqlite
        .transaction(() => {
          const superseded = sqlite
            .prepare("SELECT id FROM source_file WHERE source_id = ? AND coverage = ? AND status = 'active'")
            .pluck()
            .all(id, readings.coverage) as number[];
          for (const old of superseded) {
            sqlite.prepare('DELETE FROM test_reading WHERE source_file_id = ?').run(old);
            sqlite.prepare("UPDATE source_file SET status = 'superseded' WHERE id = ?").run(old);
          }
          const fileId = insertSourceFile(sqlite, { ...file, sourceId: id, publisher: 'Publicador de prueba', coverage: readings.coverage, runId, importedAt: now.toISOString() });
          const insert = sqlite.prepare('INSERT INTO test_reading (source_id, source_file_id, period, value, row_number) VALUES (?, ?, ?, ?, ?)');
          for (const r of readings.rows) insert.run(id, fileId, r.period, r.value, r.row);
          insertRejects(sqlite, id, fileId, runId, readings.rejects);
          sqlite.prepare('UPDATE source_file SET rows_loaded = ?, rows_rejected = ? WHERE id = ?').run(readings.rows.length, readings.rejects.length, fileId);
          return { fileId, coverage: readings.coverage, rowsLoaded: readings.rows.length, rowsRejected: readings.rejects.length, supersededFileIds: superseded };
        })
        .immediate();
    },
    fetchNew: (ctx) => fetchListedFiles(ctx, discoverReadings),
  };
  return source;
}

/** Its publisher: a page under `/<base>/` listing `/<base>/files/lecturas-<year>.csv`. */
export interface ReadingsPublisher extends PublisherFixture {
  filePath(year: number): string;
  readonly indexPath: string;
  /** Publishes (or replaces) a year's CSV content. */
  setYear(year: number, csv: string): void;
}

export function readingsPublisher(sourceId: SourceId = 'anh-royalties', base = 'lecturas', initial: Record<number, string> = defaultReadings()): ReadingsPublisher {
  const indexPath = `/${base}/`;
  const content = new Map(Object.entries(initial).map(([year, csv]) => [Number(year), csv]));
  let server: PublisherServer | null = null;
  const filePath = (year: number) => `/${base}/files/lecturas-${year}.csv`;
  const publishYear = (year: number) => server?.publish(filePath(year), { body: content.get(year)!, contentType: 'text/csv; charset=utf-8' });
  return {
    sourceId,
    indexPath,
    filePath,
    install(target) {
      server = target;
      for (const year of content.keys()) publishYear(year);
      target.route(indexPath, () => ({
        body: `<html><body><ul>${[...content.keys()].map((y) => `<li><a href="files/lecturas-${y}.csv">Lecturas ${y}</a></li>`).join('')}</ul></body></html>`,
        contentType: 'text/html; charset=utf-8',
        etag: null,
        lastModified: null,
      }));
      return { index: target.url(indexPath) };
    },
    setYear(year, csv) {
      content.set(year, csv);
      publishYear(year);
    },
  };
}

export function defaultReadings(): Record<number, string> {
  return {
    2023: 'periodo,valor\n2023-01,10\n2023-02,11\n2023-03,x\n',
    2024: 'periodo,valor\n2024-01,20\n2024-02,21\n',
  };
}
