import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import type { MapLevel, MapMeasure } from '../../../src-shared/contract/map';
import { daysInPeriod } from '../../../src-shared/domain/period';
import { assertNever } from '../../../src-shared/domain/units';
import type { Database } from '../database-types';
import { loadedProductionPeriods } from './loaded-periods';
import { loadedRoyaltyPeriods } from './royalties-periods';
import { royaltySums } from './royalties-sums';

type ValuesInput = ParsedInput<'map.values'>;
type ValuesOutput = CommandOutput<'map.values'>;

interface CodeSum {
  code: string | null;
  value: number;
  rows: number;
}

/**
 * One value per department or municipality code for a period range. Municipal values reach the code
 * through the municipality row's DIVIPOLA code or through any exact key of it (an alias spelling), so
 * every spelling of a municipality lands on its polygon. Rows that cannot be placed are summed apart.
 */
export async function mapValues(db: Kysely<Database>, input: ValuesInput): Promise<ValuesOutput> {
  const { unit, periods, sums } = await measureSums(db, input.level, input.measure, input.from, input.to);
  const placed = sums.filter((s): s is CodeSum & { code: string } => s.code !== null);
  const unplaced = sums.filter((s) => s.code === null);
  const names = await territoryNames(db, input.level, placed.map((s) => s.code));
  return {
    level: input.level,
    measure: input.measure,
    unit,
    from: periods[0] ?? null,
    to: periods.at(-1) ?? null,
    values: placed
      .map((s) => ({ code: s.code, name: names.get(s.code) ?? s.code, value: s.value }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    unplaced: { value: unplaced.reduce((sum, s) => sum + s.value, 0), rows: unplaced.reduce((sum, s) => sum + s.rows, 0) },
  };
}

async function measureSums(
  db: Kysely<Database>,
  level: MapLevel,
  measure: MapMeasure,
  from: string | undefined,
  to: string | undefined,
): Promise<{ unit: ValuesOutput['unit']; periods: string[]; sums: CodeSum[] }> {
  switch (measure) {
    case 'productionVolume':
    case 'productionRate': {
      const periods = await loadedProductionPeriods(db, from, to);
      const sums = await productionSums(db, level, from, to);
      if (measure === 'productionVolume') return { unit: 'MPC', periods, sums };
      // A rate is the volume over the calendar days of the loaded months, never a sum of rates.
      const days = periods.reduce((total, p) => total + daysInPeriod(p), 0);
      return { unit: 'MPCD', periods, sums: sums.map((s) => ({ ...s, value: days > 0 ? s.value / days : 0 })) };
    }
    case 'royaltiesCop':
    case 'royaltiesUsd': {
      const periods = await loadedRoyaltyPeriods(db, from, to);
      const value = measure === 'royaltiesCop' ? royaltySums.royaltiesCop : royaltySums.royaltiesUsd;
      return { unit: measure === 'royaltiesCop' ? 'COP' : 'USD', periods, sums: await royaltySumsByCode(db, level, value, from, to) };
    }
    default:
      return assertNever(measure);
  }
}

async function productionSums(db: Kysely<Database>, level: MapLevel, from?: string, to?: string): Promise<CodeSum[]> {
  let facts = db.selectFrom('production_monthly').where('production_monthly.fiscalizada_mpc', 'is not', null);
  if (from) facts = facts.where('production_monthly.period', '>=', from);
  if (to) facts = facts.where('production_monthly.period', '<=', to);
  const value = sql<number>`coalesce(sum(production_monthly.fiscalizada_mpc), 0)`.as('value');
  const rows = sql<number>`count(*)`.as('rows');
  switch (level) {
    case 'department':
      return toSums(await facts.select(['production_monthly.department_code as code', value, rows]).groupBy('production_monthly.department_code').execute());
    case 'municipality':
      return placeMunicipalities(db, facts.select(['production_monthly.municipality_id', value, rows]).groupBy('production_monthly.municipality_id'));
    default:
      return assertNever(level);
  }
}

async function royaltySumsByCode(db: Kysely<Database>, level: MapLevel, measure: RawBuilder<number>, from?: string, to?: string): Promise<CodeSum[]> {
  let facts = db.selectFrom('royalty_monthly');
  if (from) facts = facts.where('royalty_monthly.period', '>=', from);
  if (to) facts = facts.where('royalty_monthly.period', '<=', to);
  const value = measure.as('value');
  const rows = royaltySums.rows.as('rows');
  switch (level) {
    case 'department':
      return toSums(await facts.select(['royalty_monthly.department_code as code', value, rows]).groupBy('royalty_monthly.department_code').execute());
    case 'municipality':
      return placeMunicipalities(db, facts.select(['royalty_monthly.municipality_id', value, rows]).groupBy('royalty_monthly.municipality_id'));
    default:
      return assertNever(level);
  }
}

/**
 * Facts summed per municipality row first, then placed at a DIVIPOLA code through the municipality's
 * own code or any exact key of it (an alias spelling), so each spelling of a town lands on its polygon.
 * Summing before joining keeps the join to one lookup per municipality instead of one per fact row.
 */
async function placeMunicipalities(
  db: Kysely<Database>,
  perMunicipality: SelectQueryBuilder<Database, 'production_monthly' | 'royalty_monthly', { municipality_id: number | null; value: number; rows: number }>,
): Promise<CodeSum[]> {
  const code = sql<string | null>`coalesce(m.divipola_code, k.code)`;
  const placed = await db
    .selectFrom(perMunicipality.as('g'))
    .leftJoin('municipality as m', 'm.id', 'g.municipality_id')
    .leftJoin('territory_municipality_key as k', 'k.key', 'm.key')
    .select([code.as('code'), sql<number>`sum(g.value)`.as('value'), sql<number>`sum(g.rows)`.as('rows')])
    .groupBy(code)
    .execute();
  return toSums(placed);
}

function toSums(rows: Array<{ code: string | null; value: number; rows: number }>): CodeSum[] {
  return rows.map((r) => ({ code: r.code, value: Number(r.value), rows: Number(r.rows) }));
}

/** Official names: the department table, or DIVIPOLA's list, else the boundaries file, else a source's spelling. */
async function territoryNames(db: Kysely<Database>, level: MapLevel, codes: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (codes.length === 0) return names;
  if (level === 'department') {
    for (const d of await db.selectFrom('department').select(['code', 'name']).where('code', 'in', codes).execute()) names.set(d.code, d.name);
    return names;
  }
  const [fromSources, fromBoundaries, fromDivipola] = await Promise.all([
    db.selectFrom('municipality').select(['divipola_code as code', 'name']).where('divipola_code', 'in', codes).execute(),
    db.selectFrom('territory_boundary').select(['code', 'name']).where('level', '=', 'municipality').where('code', 'in', codes).execute(),
    db.selectFrom('territory_municipality').select(['code', 'name']).where('code', 'in', codes).execute(),
  ]);
  // Later writes win: DIVIPOLA's spelling is preferred over the others.
  for (const r of [...fromSources, ...fromBoundaries, ...fromDivipola]) if (r.code !== null) names.set(r.code, r.name);
  return names;
}
