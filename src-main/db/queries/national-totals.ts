import { sql, type Kysely } from 'kysely';
import type { Database, FactVersionTable, ProductionMonthlyTable } from '../database-types';
import { allRoyaltySums } from './royalties-sums';

/**
 * National totals per month, computed once and reused until the facts change. A national series over
 * the whole history reads every fact row (13 years of production, 21 of royalties: ~60 ms and ~85 ms at
 * ten times today's volume, see `npm run bench -- queries`); the pages ask for it again on every visit
 * and every change of unit or granularity, so after the first answer it costs well under 1 ms.
 *
 * The cache belongs to one connection and is keyed, per table, by `fact_version` (moved by triggers with
 * every updated or deleted row, by anyone) and the table's largest row id (moved by every insert). It is
 * never stale, and a write that leaves the facts alone (a run record, a setting) keeps it. The key is
 * read before the totals, so a commit in between can only make the next call recompute. Loads write in
 * one synchronous better-sqlite3 transaction, so no answer can be computed from half a load on the same
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
  stamp: string;
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

/** What changes whenever the table's rows change: its update/delete version and its largest row id. */
async function factStamp(db: Kysely<Database>, table: FactTable): Promise<string> {
  const { rows } = await sql<{ version: number | null; maxId: number | null }>`
    SELECT (SELECT version FROM fact_version WHERE table_name = ${table}) AS version, (SELECT max(id) FROM ${sql.table(table)}) AS maxId`.execute(db);
  return `${rows[0]?.version ?? -1}:${rows[0]?.maxId ?? 0}`;
}

function inRange<T extends { period: string }>(months: readonly T[], from?: string, to?: string): T[] {
  return months.filter((m) => (from === undefined || m.period >= from) && (to === undefined || m.period <= to));
}

/** One production measure's national volume per loaded month in a range (as `coalesce(sum(…), 0)`). */
export async function nationalProductionByPeriod(db: Kysely<Database>, column: ProductionMeasureColumn, from?: string, to?: string): Promise<Array<{ period: string; volume: number }>> {
  const stamp = await factStamp(db, 'production_monthly');
  const cache = connectionTotals(db).production;
  let months = cache.get(column)?.stamp === stamp ? cache.get(column)!.totals : undefined;
  if (!months) {
    months = (
      await db
        .selectFrom('production_monthly')
        .select(['period', sql<number>`coalesce(sum(${sql.ref(`production_monthly.${column}`)}), 0)`.as('volume')])
        .groupBy('period')
        .orderBy('period')
        .execute()
    ).map((r) => ({ period: r.period, volume: Number(r.volume) }));
    cache.set(column, { stamp, totals: months });
  }
  return inRange(months, from, to);
}

/** Royalty sums per month in a range, as royalties.series reports them (volumes in MPC). */
export async function nationalRoyaltiesByPeriod(db: Kysely<Database>, from?: string, to?: string): Promise<RoyaltyMonthTotals[]> {
  const stamp = await factStamp(db, 'royalty_monthly');
  const cache = connectionTotals(db);
  if (cache.royalties?.stamp !== stamp) {
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
    cache.royalties = { stamp, totals: months };
  }
  return inRange(cache.royalties.totals, from, to);
}
