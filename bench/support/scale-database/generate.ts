import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateToLatest } from '../../../src-main/db/migrate';
import type { Migration } from '../../../src-main/db/migrations';
import { syncDepartments } from '../../../src-main/db/sync-departments';
import { insertDeclarations } from './declaration';
import { insertDemand } from './demand';
import { insertDimensions } from './dimensions';
import { createPrng } from './prng';
import { insertProduction } from './production';
import { insertRefreshHistory } from './runs';
import { insertRoyalties } from './royalties';
import { insertSyntheticFile } from './source-files';

/**
 * A database at ten times today's real volume (about two million fact rows), built in the real schema
 * by the real migrations and filled with prepared statements. Sizes scale with `scale` (1 = 10×).
 */
export interface ScaleDatabaseSpec {
  readonly scale: number;
  /** The migrations to build the schema with (the bench leaves out the ones it evaluates). */
  readonly migrations: ReadonlyArray<readonly [string, Migration]>;
}

export interface ScaleDatabase {
  readonly path: string;
  readonly factRows: Readonly<Record<string, number>>;
  readonly generatedMs: number;
  readonly fromCache: boolean;
}

/** Row targets at scale 1: ANH ≈ 3,000 rows a month today, ×10 → ~5,800 lines a month over 13 years, etc. */
function sizesAt(scale: number) {
  return {
    productionUnitsPerMonth: Math.round(5800 * scale),
    royaltyRowsPerMonth: Math.round(1500 * scale),
    declarations: 8,
    declarationSheetsPerFile: Math.max(4, Math.round(90 * scale)),
    demandNodes: 170,
    refreshDays: 730,
  };
}

/**
 * Returns a fresh copy (at `workPath`) of the database for this spec, generating it into a cache in the
 * temp folder the first time (keyed by the generator's own source and the migrations), since building
 * two million rows takes a while and the bench then changes its copy (migrations, indexes).
 */
export async function scaleDatabaseCopy(spec: ScaleDatabaseSpec, workPath: string, log: (line: string) => void): Promise<ScaleDatabase> {
  const cacheDir = path.join(tmpdir(), 'caudal-bench-cache');
  mkdirSync(cacheDir, { recursive: true });
  const cachePath = path.join(cacheDir, `escala-${cacheKey(spec)}.db`);
  const metaPath = `${cachePath}.json`;
  let generatedMs = 0;
  let fromCache = true;
  if (!existsSync(cachePath) || !existsSync(metaPath)) {
    fromCache = false;
    for (const stale of readdirSync(cacheDir)) if (stale.startsWith('escala-')) rmSync(path.join(cacheDir, stale), { force: true });
    log(`Generando la base a escala ${spec.scale} (10× el volumen real) en ${cachePath}…`);
    const start = performance.now();
    const factRows = await generate(`${cachePath}.tmp`, spec);
    generatedMs = performance.now() - start;
    renameSync(`${cachePath}.tmp`, cachePath);
    writeJson(metaPath, { factRows, generatedMs });
  }
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { factRows: Record<string, number>; generatedMs: number };
  copyFileSync(cachePath, workPath);
  return { path: workPath, factRows: meta.factRows, generatedMs: fromCache ? meta.generatedMs : generatedMs, fromCache };
}

async function generate(file: string, spec: ScaleDatabaseSpec): Promise<Record<string, number>> {
  rmSync(file, { force: true });
  const sqlite = new BetterSqlite3(file);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrateToLatest(db, sqlite, file, spec.migrations);
    syncDepartments(sqlite);
    // Bulk load: the result is a plain database file; durability during generation does not matter.
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('cache_size = -262144');
    const sizes = sizesAt(spec.scale);
    const prng = createPrng(20251130);
    const rows: Record<string, number> = {};
    sqlite.transaction(() => {
      const territoryFile = insertSyntheticFile(sqlite, 'dane-territory', 'Departamentos_y_municipios_de_Colombia.csv', 'DIVIPOLA', '2025-11-01T12:00:00.000Z');
      const dims = insertDimensions(sqlite, territoryFile, prng);
      rows['production_monthly'] = insertProduction(sqlite, dims, prng, sizes.productionUnitsPerMonth);
      rows['royalty_monthly'] = insertRoyalties(sqlite, dims, prng, sizes.royaltyRowsPerMonth);
      rows['declaration_monthly'] = insertDeclarations(sqlite, dims, prng, sizes.declarations, sizes.declarationSheetsPerFile);
      rows['demand_monthly'] = insertDemand(sqlite, prng, sizes.demandNodes);
      rows['etl_run_source'] = insertRefreshHistory(sqlite, prng, sizes.refreshDays);
    })();
    rows['production_summary_rate'] = sqlite.prepare('SELECT count(*) FROM production_summary_rate').pluck().get() as number;
    sqlite.pragma('journal_mode = WAL');
    return rows;
  } finally {
    await db.destroy();
  }
}

function cacheKey(spec: ScaleDatabaseSpec): string {
  const hash = createHash('sha256');
  hash.update(`scale=${spec.scale};migrations=${spec.migrations.map(([name]) => name).join(',')}`);
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const file of readdirSync(here).sort()) hash.update(readFileSync(path.join(here, file)));
  return hash.digest('hex').slice(0, 16);
}

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, JSON.stringify(value));
}
