import { sql, type Kysely } from 'kysely';
import type { Database, FactVersionTable, ProductionMonthlyTable } from '../database-types';
import { allRoyaltySums } from './royalties-sums';

/**
 * National totals per month, computed once and reused until the facts change. A national series over
 * the whole history reads every fact row (13 years of production, 21 of royalties: ~60 ms and ~85 ms at
 * ten times today's volume, see `npm run bench -- queries`); the pages ask for it again on every visit
 * and every change of unit or granularity, so after the first answer it costs well under 1 ms.
 *
 * The cache belongs to one connection and is keyed, per table, by `fact_version`, which triggers move
 * with every row written by anyone (this connection, the worker, another process). It is never stale,
 * and a write that leaves the facts alone (a run record, a setting) keeps it. The version is read
 * before the totals, so a commit in between can only make the next call recompute. Loads write in one
 * synchronous better-sqlite3 transaction, so no answer can be computed from half a load on the same
 * connection and then outlive its rollback.
 */
type ProductionMeasureColumn = keyof ProductionMonthlyTable & `${string}_mpc`;

export interface RoyaltyMonthTotals {
  period: string;
  royaltiesCop: number;
  royaltiesUsd: number;
  rowsWithoutTrm: number;
  taxableVolumeMpc: number;
  royaltyVolumeMpc: number;
  rows: number;
}

type FactTable = FactVersionTable['table_name'];

interface CachedTotals<T> {
  version: number;
  totals: T;
}

interface ConnectionTotals {
  production: Map<ProductionMeasureColumn, CachedTotals<ReadonlyArray<{ period: string; volume: number }>>>;
  royalties: CachedTotals<readonly RoyaltyMonthTotals[]> | null;
}

const byConnection = new WeakMap<Kysely<Database>, ConnectionTotals>();

function connectionTotals(db: Kysely<Database>): ConnectionTotals {
  let totals = byConnection.get(db);
  if (!totals) byConnection.set(db, (totals = { production: new Map(), royalties: null }));
  return totals;
}

async function factVersion(db: Kysely<Database>, table: FactTable): Promise<number> {
  const row = await db.selectFrom('fact_version').select('version').where('table_name', '=', table).executeTakeFirst();
  return row?.version ?? -1;
}

function inRange<T extends { period: string }>(months: readonly T[], from?: string, to?: string): T[] {
  return months.filter((m) => (from === undefined || m.period >= from) && (to === undefined || m.period <= to));
}

/** One production measure's national volume per loaded month in a range (as `coalesce(sum(…), 0)`). */
export async function nationalProductionByPeriod(db: Kysely<Database>, column: ProductionMeasureColumn, from?: string, to?: string): Promise<Array<{ period: string; volume: number }>> {
  const version = await factVersion(db, 'production_monthly');
  const cache = connectionTotals(db).production;
  let months = cache.get(column)?.version === version ? cache.get(column)!.totals : undefined;
  if (!months) {
    months = (
      await db
        .selectFrom('production_monthly')
        .select(['period', sql<number>`coalesce(sum(${sql.ref(`production_monthly.${column}`)}), 0)`.as('volume')])
        .groupBy('period')
        .orderBy('period')
        .execute()
    ).map((r) => ({ period: r.period, volume: Number(r.volume) }));
    cache.set(column, { version, totals: months });
  }
  return inRange(months, from, to);
}

/** Royalty sums per month in a range, as royalties.series reports them (volumes in MPC). */
export async function nationalRoyaltiesByPeriod(db: Kysely<Database>, from?: string, to?: string): Promise<RoyaltyMonthTotals[]> {
  const version = await factVersion(db, 'royalty_monthly');
  const cache = connectionTotals(db);
  if (cache.royalties?.version !== version) {
    const months = (
      await db
        .selectFrom('royalty_monthly')
        .select(['royalty_monthly.period', ...allRoyaltySums])
        .groupBy('royalty_monthly.period')
        .orderBy('royalty_monthly.period')
        .execute()
    ).map((r) => ({
      period: r.period,
      royaltiesCop: Number(r.royaltiesCop),
      royaltiesUsd: Number(r.royaltiesUsd),
      rowsWithoutTrm: Number(r.rowsWithoutTrm),
      taxableVolumeMpc: Number(r.taxableVolumeMpc),
      royaltyVolumeMpc: Number(r.royaltyVolumeMpc),
      rows: Number(r.rows),
    }));
    cache.royalties = { version, totals: months };
  }
  return inRange(cache.royalties.totals, from, to);
}
