import type { Kysely } from 'kysely';
import type { CommandOutput } from '../../../src-shared/contract';
import type { PeriodSpan } from '../../../src-shared/contract/catalog';
import type { Database } from '../database-types';

type PeriodsBySource = CommandOutput<'catalog.dimensions'>['periodsBySource'];

/**
 * First and last loaded month of every dataset, for the period filter of the page showing it. Each is
 * a handful of index seeks or a read of a small table, never a walk over facts:
 * - production and royalties: min() and max() of their period index, in separate SELECTs (both in one
 *   SELECT would scan instead);
 * - declaration: its monthly table has no period index, but every month lies in the years of its
 *   resolution, so the span is the years of the resolutions with rows to show (a file not replaced by a
 *   corrected copy), January of the first to December of the last;
 * - demand: each edition's workbook (demand_book) records its first and last month when loaded.
 */
export async function sourcePeriodSpans(db: Kysely<Database>): Promise<PeriodsBySource> {
  const [production, royalties, declaration, demand] = await Promise.all([
    indexedSpan(db, 'production_monthly'),
    indexedSpan(db, 'royalty_monthly'),
    declarationSpan(db),
    db
      .selectFrom('demand_book')
      .select((eb) => [eb.fn.min('first_period').as('first'), eb.fn.max('last_period').as('last')])
      .executeTakeFirst(),
  ]);
  return {
    production,
    royalties,
    declaration,
    demand: { first: demand?.first ?? null, last: demand?.last ?? null },
  };
}

async function indexedSpan(db: Kysely<Database>, table: 'production_monthly' | 'royalty_monthly'): Promise<PeriodSpan> {
  const [first, last] = await Promise.all([
    db.selectFrom(table).select((eb) => eb.fn.min('period').as('period')).executeTakeFirst(),
    db.selectFrom(table).select((eb) => eb.fn.max('period').as('period')).executeTakeFirst(),
  ]);
  return { first: first?.period ?? null, last: last?.period ?? null };
}

async function declarationSpan(db: Kysely<Database>): Promise<PeriodSpan> {
  const years = await db
    .selectFrom('declaration_resolution as r')
    .select((eb) => [eb.fn.min('r.first_year').as('firstYear'), eb.fn.max('r.last_year').as('lastYear')])
    .where((eb) => eb.exists(eb.selectFrom('declaration_file as f').select('f.source_file_id').whereRef('f.resolution_id', '=', 'r.id').where('f.replaced_by_file_id', 'is', null)))
    .executeTakeFirst();
  const firstYear = years?.firstYear ?? null;
  const lastYear = years?.lastYear ?? null;
  return {
    first: firstYear === null ? null : `${String(firstYear).padStart(4, '0')}-01`,
    last: lastYear === null ? null : `${String(lastYear).padStart(4, '0')}-12`,
  };
}
