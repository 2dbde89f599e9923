import type BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCaudalApp, type CaudalApp } from '../../../src-main/app/caudal-app';
import { createHttpClient, type ClosableHttpClient } from '../../../src-main/etl/http/undici-http-client';
import type { SourceRefreshResult } from '../../../src-main/etl/refresh/refresh-result';
import { runRefresh } from '../../../src-main/etl/refresh/run-refresh';
import { createInProcessClient } from '../../../src-main/transports/in-process';
import { isRefreshable, type RefreshableSource } from '../../../src-main/etl/refresh/refreshable-source';
import { fileSources } from '../../../src-main/etl/sources/registry';
import type { SourceId } from '../../../src-shared/contract/sources';
import { startPublisherServer, type PublisherServer } from '../../support/publisher-server';
import { tableChecksums, type ChecksumTable } from '../../support/table-checksums';
import { faultCases, type FaultCase } from './fault-injection/fault-cases';
import { buildFixtureFiles, sourcesUnderTest, type SourceUnderTest } from './fault-injection/sources-under-test';

/**
 * Fault injection over the refresh runner, one table of cases (fault-injection/fault-cases.ts): for
 * every source, network and HTTP failures, timeouts, damaged downloads, changed pages and headers,
 * repeated and contradictory rows. The database starts from a refresh of all five sources against the
 * local publishers (small files written by the fixtures); each case runs on a copy of it. A failure
 * must name its cause in Spanish, for that source only, and leave every table exactly as it was.
 */

/** Tables that record runs and failures: they change on every refresh by design. */
const BOOKKEEPING = new Set(['etl_run', 'etl_run_source', 'failed_download', 'settings', 'schema_migration']);

function dataTables(sqlite: BetterSqlite3.Database): ChecksumTable[] {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  // A refresh may give an unchanged file's record the validators it was just sent with.
  return tables.filter((t) => !BOOKKEEPING.has(t)).map((t) => (t === 'source_file' ? { table: t, exclude: ['url', 'etag', 'last_modified'] } : t));
}

/** Tables a source writes that carry neither its id nor a file id (its other rows carry one of them). */
const ownTablesWithoutLineage: Readonly<Record<SourceId, readonly string[]>> = {
  'anh-production': [],
  'mme-declaration': ['declaration_resolution', 'declaration_row', 'declaration_monthly'],
  'upme-demand': ['demand_node'],
  'anh-royalties': [],
  // Loading DIVIPOLA links the sources' municipality spellings to their codes.
  'dane-territory': ['municipality'],
};

/**
 * Fact tables whose `fact_version` counter a source's load moves (every written row moves it, by
 * design): that counter row is the source's own, the other one must stay as it was.
 */
const versionedFactTables: Readonly<Record<SourceId, readonly string[]>> = {
  'anh-production': ['production_monthly'],
  'mme-declaration': [],
  'upme-demand': [],
  'anh-royalties': ['royalty_monthly'],
  'dane-territory': [],
};

/**
 * Every row of every data table as text, per table, leaving out the rows of one source (a new snapshot
 * of a source may rightly replace its own rows): what must be found again, unchanged, afterwards.
 */
function rowsOfOtherSources(sqlite: BetterSqlite3.Database, source: SourceId): Map<string, Set<string>> {
  const files = new Set(sqlite.prepare('SELECT id FROM source_file WHERE source_id = ?').pluck().all(source) as number[]);
  const result = new Map<string, Set<string>>();
  for (const spec of dataTables(sqlite)) {
    const table = typeof spec === 'string' ? spec : spec.table;
    if (ownTablesWithoutLineage[source].includes(table)) continue;
    const excluded = new Set(typeof spec === 'string' ? [] : spec.exclude);
    const rows = (sqlite.prepare(`SELECT * FROM ${table}`).all() as Array<Record<string, unknown>>).filter(
      (row) =>
        row['source_id'] !== source &&
        !(typeof row['source_file_id'] === 'number' && files.has(row['source_file_id'])) &&
        !(table === 'fact_version' && versionedFactTables[source].includes(row['table_name'] as string)),
    );
    result.set(table, new Set(rows.map((row) => JSON.stringify(Object.entries(row).filter(([column]) => !excluded.has(column))))));
  }
  return result;
}

const refreshable = new Map(fileSources.filter(isRefreshable).map((s) => [s.id, s]));

describe('refresh under injected faults, for every source', () => {
  let server: PublisherServer;
  let http: ClosableHttpClient;
  let workDir: string;
  let templatePath: string;
  let caseNumber = 0;
  let sources: readonly SourceUnderTest[];
  let templateChecksums: ReturnType<typeof tableChecksums>;
  const templateRows = new Map<SourceId, Map<string, Set<string>>>();
  let clock = 0;
  const now = () => new Date(Date.UTC(2025, 10, 30, 12, 0, 0) + clock++ * 1000);

  beforeAll(async () => {
    server = await startPublisherServer();
    // Short timeouts and no real waiting between attempts: a hung server fails in a fraction of a second.
    http = createHttpClient({ connectTimeoutMs: 500, headersTimeoutMs: 150, bodyTimeoutMs: 150, retry: { maxAttempts: 2 }, sleep: async () => undefined });
    workDir = mkdtempSync(join(tmpdir(), 'caudal-fallas-'));
    templatePath = join(workDir, 'plantilla.db');
    sources = sourcesUnderTest(await buildFixtureFiles(server));
    const env: Record<string, string> = {};
    for (const source of sources) Object.assign(env, (await source.install(server)).env);
    const app = await openCaudalApp({ dbPath: templatePath });
    try {
      const summary = await runRefresh(app.database, [...refreshable.values()], { http, archiveDir: join(workDir, 'archivo-plantilla'), trigger: 'cli-refresh', env, now });
      expect(summary.sources.map((s) => [s.sourceId, s.status])).toEqual([...refreshable.keys()].map((id) => [id, 'updated']));
      templateChecksums = tableChecksums(app.database.sqlite, dataTables(app.database.sqlite));
      for (const source of refreshable.keys()) templateRows.set(source, rowsOfOtherSources(app.database.sqlite, source));
    } finally {
      await app.close();
    }
  }, 120_000);

  afterAll(async () => {
    await http?.close();
    await server?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  /** A copy of the loaded database, the source's publisher installed afresh, the fault arranged. */
  async function runCase(fault: FaultCase): Promise<{ app: CaudalApp; result: Awaited<ReturnType<typeof runRefresh>> }> {
    server.heal();
    const dbPath = join(workDir, `caso-${++caseNumber}.db`);
    copyFileSync(templatePath, dbPath);
    const app = await openCaudalApp({ dbPath });
    const harness = sources.find((s) => s.id === fault.source)!;
    const installed = await harness.install(server);
    const ctx = { server, installed, env: { ...installed.env } };
    await fault.arrange(ctx);
    const source = refreshable.get(fault.source) as RefreshableSource;
    const result = await runRefresh(app.database, [source], { http, archiveDir: join(workDir, `archivo-${caseNumber}`), trigger: 'cli-refresh', env: ctx.env, now });
    server.heal();
    return { app, result };
  }

  /**
   * Everything the refresh told the analyst about the new files: errors, rejects, failed checks, and
   * the warnings as the run history shows them (`refresh.runs`, what the Fuentes page lists).
   */
  async function reportOf(app: CaudalApp, runId: number, outcome: SourceRefreshResult): Promise<string> {
    const sqlite = app.database.sqlite;
    const history = await createInProcessClient(app.dispatcher).send('refresh.runs', {});
    const run = history.runs.find((r) => r.runId === runId);
    const warnings = run?.sources.flatMap((s) => s.files.flatMap((f) => f.warnings)) ?? [];
    const files = `SELECT id FROM source_file WHERE run_id = ${runId}`;
    const stored = [
      ...(sqlite.prepare('SELECT reason FROM rejected_row WHERE run_id = ?').pluck().all(runId) as string[]),
      ...(sqlite.prepare(`SELECT cause FROM sheet_reconciliation WHERE status = 'not-reconciled' AND source_file_id IN (${files})`).pluck().all() as string[]),
      ...(sqlite.prepare(`SELECT detail FROM demand_check WHERE status = 'not-reconciled' AND source_file_id IN (${files})`).pluck().all() as string[]),
    ];
    return [outcome.error?.message ?? '', ...warnings, ...stored].join('\n');
  }

  /** What each case told the analyst, for the known-issue lines below. */
  const reports = new Map<FaultCase, string>();

  it.each(faultCases.map((c) => [c.source, c.fault, c] as const))('%s — %s', async (_source: SourceId, _fault, fault) => {
    const { app, result } = await runCase(fault);
    try {
      const outcome = result.sources[0]!;
      const sqlite = app.database.sqlite;
      const after = tableChecksums(sqlite, dataTables(sqlite));
      switch (fault.expect.outcome) {
        case 'failed':
          expect(outcome.status).toBe('failed');
          expect(outcome.error?.code).toBe(fault.expect.code);
          expect(outcome.error?.message).toMatch(fault.expect.message);
          // The analyst is told the data shown is still the previous one, and it is, to the byte.
          expect(outcome.keptDataFrom).not.toBeNull();
          expect(after).toEqual(templateChecksums);
          break;
        case 'loaded': {
          expect(outcome.status).toBe('updated');
          const report = await reportOf(app, result.runId, outcome);
          reports.set(fault, report);
          if (!fault.expect.knownIssue) expect(report).toMatch(fault.expect.reported);
          fault.expect.check?.(sqlite);
          // Whatever the new file brings, every row of the other sources is still there, unchanged.
          const afterRows = rowsOfOtherSources(sqlite, fault.source);
          for (const [table, rows] of templateRows.get(fault.source)!) {
            const kept = afterRows.get(table)!;
            expect([...rows].filter((row) => !kept.has(row)), `filas de ${table} cambiadas o borradas`).toEqual([]);
          }
          break;
        }
      }
      // Only this source ran, and the run record says how it ended.
      expect(sqlite.prepare('SELECT source_id, status FROM etl_run_source WHERE run_id = ?').all(result.runId)).toEqual([{ source_id: fault.source, status: outcome.status }]);
    } finally {
      await app.close();
    }
  });

  const knownIssues = faultCases.filter((c) => c.expect.outcome === 'loaded' && c.expect.knownIssue);
  it.fails.each(knownIssues.map((c) => [c.source, c.fault, c.expect.outcome === 'loaded' ? c.expect.knownIssue : '', c] as const))(
    '%s — %s: se informa al analista (pendiente: %s)',
    (_source, _fault, _issue, fault) => {
      if (fault.expect.outcome !== 'loaded') return;
      expect(reports.get(fault) ?? '').toMatch(fault.expect.reported);
    },
  );
});
