/**
 * Dashboard queries on a database at 10× today's real volume (~2.3 million fact rows): median and p95 of
 * every command the pages send, through the real dispatcher (validation included), first on the schema
 * without the migrations under evaluation ("antes"), then after applying them ("después").
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isCommandName } from '../src-shared/contract';
import { createDispatcher, type Dispatcher } from '../src-main/app/dispatcher';
import type { Database } from '../src-main/db/database-types';
import { migrateToLatest } from '../src-main/db/migrate';
import { migrations } from '../src-main/db/migrations';
import { handlers } from '../src-main/handlers';
import { defineBench, type BenchResult } from './support/bench-types';
import { dashboardQueries } from './support/dashboard-queries';
import { scaleDatabaseCopy } from './support/scale-database/generate';
import { formatBench, summarize, timeRepeated } from './support/stats';

/** Migrations added for these queries: the "antes" numbers are taken without them. */
export const evaluatedMigrations: readonly string[] = ['0009-query-indexes', '0010-search-indexes'];
/** The cached national totals are recomputed after a load: once per load, so not held to the target. */
const ONCE_PER_LOAD = 'una vez por carga';
const TARGET_MS = 25;

interface Connection {
  dispatcher: Dispatcher;
  /** A write that leaves the facts alone: what a refresh that finds nothing new records. */
  recordRun(): void;
  /** A write to the facts, as a load makes: production and royalties both change. */
  touchFacts(): void;
  close(): Promise<void>;
}

async function connect(file: string, upTo: ReadonlyArray<(typeof migrations)[number]>): Promise<Connection> {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrateToLatest(db, sqlite, file, upTo);
  const dispatcher = createDispatcher(handlers, { db }, (name, error) => console.error(`[bench] ${name}:`, error));
  const recordRun = sqlite.prepare("INSERT INTO etl_run (trigger, started_at, finished_at, status) VALUES ('schedule', '2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z', 'ok')");
  const touchProduction = sqlite.prepare('UPDATE production_monthly SET fiscalizada_mpc = fiscalizada_mpc WHERE id = (SELECT min(id) FROM production_monthly)');
  const touchRoyalties = sqlite.prepare('UPDATE royalty_monthly SET royalties_cop = royalties_cop WHERE id = (SELECT min(id) FROM royalty_monthly)');
  return {
    dispatcher,
    recordRun: () => void recordRun.run(),
    touchFacts: () => {
      touchProduction.run();
      touchRoyalties.run();
    },
    close: () => db.destroy(),
  };
}

async function measureAll({ dispatcher, recordRun, touchFacts }: Connection, runs: number): Promise<Map<string, { medianMs: number; p95Ms: number } | string>> {
  const results = new Map<string, { medianMs: number; p95Ms: number } | string>();
  for (const query of dashboardQueries) {
    if (!isCommandName(query.command)) {
      results.set(query.name, 'comando ausente del contrato');
      continue;
    }
    const first = await dispatcher.dispatch(query.command, query.input);
    if (!first.ok) {
      results.set(query.name, `${first.error.code}: ${first.error.message}`);
      continue;
    }
    const before = query.afterWrite === 'other' ? recordRun : query.afterWrite === 'facts' ? touchFacts : undefined;
    const samples = await timeRepeated(() => dispatcher.dispatch(query.command, query.input), runs, 2, before);
    results.set(query.name, summarize(samples));
  }
  return results;
}

export default defineBench({
  title: 'Consultas del tablero',
  async run({ quick, settings }) {
    const scale = Number(settings['scale'] ?? 1);
    const runs = quick ? 8 : 40;
    const dir = mkdtempSync(path.join(tmpdir(), 'caudal-bench-consultas-'));
    try {
      const base = migrations.filter(([name]) => !evaluatedMigrations.includes(name));
      const database = await scaleDatabaseCopy({ scale, migrations: base }, path.join(dir, 'escala.db'), (line) => console.log(line));
      const total = Object.entries(database.factRows).filter(([t]) => t.endsWith('_monthly')).reduce((s, [, n]) => s + n, 0);
      console.log(`Base: ${formatBench.count(total)} filas de hechos (${Object.entries(database.factRows).map(([t, n]) => `${t} ${formatBench.count(n)}`).join(', ')})`);

      let before: Awaited<ReturnType<typeof measureAll>> | null = null;
      if (evaluatedMigrations.length > 0) {
        const old = await connect(database.path, base);
        console.log(`Midiendo sin ${evaluatedMigrations.join(', ')}…`);
        before = await measureAll(old, runs);
        await old.close();
      }
      const current = await connect(database.path, migrations);
      console.log('Midiendo con el esquema actual…');
      const after = await measureAll(current, runs);
      await current.close();

      const results: BenchResult[] = [
        {
          group: 'consultas',
          name: 'base sintética (10× real)',
          value: `${formatBench.count(total)} filas`,
          note: database.fromCache ? 'base tomada de la caché (generada antes)' : `generada en ${formatBench.seconds(database.generatedMs)}`,
        },
      ];
      for (const query of dashboardQueries) {
        const now = after.get(query.name);
        const then = before?.get(query.name);
        if (typeof now === 'string' || now === undefined) {
          results.push({ group: 'consultas', name: query.name, value: 'n/d', note: now ?? 'sin medir' });
          continue;
        }
        const note = then && typeof then !== 'string' ? `antes: mediana ${formatBench.ms(then.medianMs)} ms, p95 ${formatBench.ms(then.p95Ms)} ms` : null;
        const heldToTarget = query.afterWrite !== 'facts';
        results.push({
          group: 'consultas',
          name: query.name,
          medianMs: now.medianMs,
          p95Ms: now.p95Ms,
          target: heldToTarget ? `p95 < ${TARGET_MS} ms` : ONCE_PER_LOAD,
          pass: heldToTarget ? now.p95Ms < TARGET_MS : null,
          note,
        });
      }
      return results;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
