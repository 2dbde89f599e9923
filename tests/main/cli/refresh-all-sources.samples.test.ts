import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../../../src-main/cli/main';
import type { RefreshSummary } from '../../../src-main/etl/refresh/refresh-result';
import { captureIo } from '../../support/capture-io';
import { startPublisherServer, type PublisherServer } from '../../support/publisher-server';
import { anhProductionPublisher } from '../../support/publishers/anh-production';
import { anhRoyaltiesPublisher } from '../../support/publishers/anh-royalties';
import { daneTerritoryPublisher } from '../../support/publishers/dane-territory';
import { installPublishers } from '../../support/publishers/environment';
import { mmeDeclarationPublisher } from '../../support/publishers/mme-declaration';
import { upmeDemandPublisher } from '../../support/publishers/upme-demand';
import { describeWithSamples } from '../../support/samples';
import { tableChecksums, type ChecksumTable } from '../../support/table-checksums';

/**
 * Issue 3's first "done when": `caudal refresh` with every source URL pointed at a local server that
 * serves pages and files like the real ones loads all five sources; a second run downloads nothing new
 * and reports "sin cambios".
 */
describeWithSamples('caudal refresh of every source against local publishers', () => {
  let server: PublisherServer;
  let env: Record<string, string>;
  let dataDir: string;
  let dbPath: string;
  const refresh = async () => {
    const io = captureIo();
    const code = await main(['refresh', '--json', '--db', dbPath], io, env);
    return { code, summary: JSON.parse(io.out()) as RefreshSummary, err: io.err() };
  };
  /** Every table, with the validators an unchanged file may get updated left out of source_file. */
  const everything = (): ChecksumTable[] => {
    const sqlite = new BetterSqlite3(dbPath, { readonly: true });
    try {
      const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('etl_run', 'etl_run_source') ORDER BY name").pluck().all() as string[];
      return tables.map((table) => (table === 'source_file' ? { table, exclude: ['url', 'etag', 'last_modified'] } : table));
    } finally {
      sqlite.close();
    }
  };
  const checksums = () => {
    const sqlite = new BetterSqlite3(dbPath, { readonly: true });
    try {
      return tableChecksums(sqlite, everything());
    } finally {
      sqlite.close();
    }
  };

  beforeAll(async () => {
    server = await startPublisherServer();
    env = installPublishers(server, [anhProductionPublisher(), await mmeDeclarationPublisher(), upmeDemandPublisher(), anhRoyaltiesPublisher(), daneTerritoryPublisher()]);
    dataDir = mkdtempSync(join(tmpdir(), 'caudal-refresh-all-'));
    dbPath = join(dataDir, 'caudal.sqlite');
  });
  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads all five sources', async () => {
    const { code, summary, err } = await refresh();
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(summary.sources.map((s) => [s.sourceId, s.status])).toEqual([
      ['anh-production', 'updated'],
      ['mme-declaration', 'updated'],
      ['upme-demand', 'updated'],
      ['anh-royalties', 'updated'],
      ['dane-territory', 'updated'],
    ]);
    for (const source of summary.sources) expect(source.rowsLoaded).toBeGreaterThan(0);
  });

  it('downloads nothing new on the second run and reports "sin cambios" for every source', async () => {
    const before = checksums();
    const { code, summary } = await refresh();
    expect(code).toBe(0);
    expect(summary.sources.map((s) => [s.sourceId, s.status, s.files.length])).toEqual([
      ['anh-production', 'unchanged', 0],
      ['mme-declaration', 'unchanged', 0],
      ['upme-demand', 'unchanged', 0],
      ['anh-royalties', 'unchanged', 0],
      ['dane-territory', 'unchanged', 0],
    ]);
    expect(checksums()).toEqual(before);
  });
});
