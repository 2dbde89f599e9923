import { sql, type Kysely } from 'kysely';
import type { Database, ProductionMonthlyTable } from '../database-types';
import { royaltySums } from './royalties-sums';

/**
 * National totals per month, computed once and reused until the database changes. A national series
 * over the whole history reads every fact row (13 years of production, 21 of royalties: ~60 ms and
 * ~85 ms at ten times today's volume, see `npm run bench -- queries`); the pages ask for it again on
 * every visit and every change of unit or granularity, so after the first answer it costs ~1 ms.
 *
 * The cache belongs to one connection and is keyed by SQLite's own change counters: `data_version`
 * moves when another connection commits, `total_changes()` when this one writes anything. Any write
 * at all (a load, a run record, a setting) empties it, so it can be stale never, only recomputed more
 * often than strictly needed. The stamp is read before the totals, so a commit in between can only
 * make the next call recompute.
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

interface ConnectionTotals {
  stamp: string;
  production: Map<ProductionMeasureColumn, ReadonlyArray<{ period: string; volume: number }>>;
  royalties: readonly RoyaltyMonthTotals[] | null;
}

const byConnection = new WeakMap<Kysely<Database>, ConnectionTotals>();

async function totalsFor(db: Kysely<Database>): Promise<ConnectionTotals> {
  const { rows } = await sql<{ version: number; changes: number }>`SELECT (SELECT data_version FROM pragma_data_version) AS version, total_changes() AS changes`.execute(db);
  const stamp = `${rows[0]?.version}:${rows[0]?.changes}`;
  const cached = byConnection.get(db);
  if (cached?.stamp === stamp) return cached;
  const fresh: ConnectionTotals = { stamp, production: new Map(), royalties: null };
  byConnection.set(db, fresh);
  return fresh;
}

function inRange<T extends { period: string }>(months: readonly T[], from?: string, to?: string): T[] {
  return months.filter((m) => (from === undefined || m.period >= from) && (to === undefined || m.period <= to));
}

/** One production measure's national volume per loaded month in a range (as `coalesce(sum(…), 0)`). */
export async function nationalProductionByPeriod(db: Kysely<Database>, column: ProductionMeasureColumn, from?: string, to?: string): Promise<Array<{ period: string; volume: number }>> {
  const totals = await totalsFor(db);
  let months = totals.production.get(column);
  if (!months) {
    months = (
      await db
        .selectFrom('production_monthly')
        .select(['period', sql<number>`coalesce(sum(${sql.ref(`production_monthly.${column}`)}), 0)`.as('volume')])
        .groupBy('period')
        .orderBy('period')
        .execute()
    ).map((r) => ({ period: r.period, volume: Number(r.volume) }));
    totals.production.set(column, months);
  }
  return inRange(months, from, to);
}

/** Royalty sums per month in a range, as royalties.series reports them (volumes in MPC). */
export async function nationalRoyaltiesByPeriod(db: Kysely<Database>, from?: string, to?: string): Promise<RoyaltyMonthTotals[]> {
  const totals = await totalsFor(db);
  totals.royalties ??= (
    await db
      .selectFrom('royalty_monthly')
      .select([
        'royalty_monthly.period',
        royaltySums.royaltiesCop.as('royaltiesCop'),
        royaltySums.royaltiesUsd.as('royaltiesUsd'),
        royaltySums.rowsWithoutTrm.as('rowsWithoutTrm'),
        royaltySums.taxableVolumeMpc.as('taxableVolumeMpc'),
        royaltySums.royaltyVolumeMpc.as('royaltyVolumeMpc'),
        royaltySums.rows.as('rows'),
      ])
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
  return inRange(totals.royalties, from, to);
}
