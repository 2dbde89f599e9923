import type { Kysely } from 'kysely';
import type { CommandOutput } from '../../../src-shared/contract';
import type { DemandCheck } from '../../../src-shared/contract/demand';
import type { Database } from '../database-types';

type EditionsOutput = CommandOutput<'demand.editions'>;

/** Every loaded edition, newest first, with the workbooks that make it up and their checks. */
export async function demandEditions(db: Kysely<Database>): Promise<EditionsOutput> {
  const books = await db
    .selectFrom('demand_book as b')
    .innerJoin('source_file as f', 'f.id', 'b.source_file_id')
    .select(['b.edition', 'b.book', 'b.entry_name', 'b.projection_start', 'b.first_period', 'b.last_period', 'b.rows_loaded', 'f.id as file_id', 'f.file_name', 'f.imported_at'])
    .orderBy('b.edition', 'desc')
    .orderBy('b.book')
    .execute();
  const checks = await db.selectFrom('demand_check').selectAll().orderBy('edition', 'desc').orderBy('id').execute();

  const editions = new Map<string, EditionsOutput['editions'][number]>();
  for (const b of books) {
    const edition = editions.get(b.edition) ?? { edition: b.edition, label: `Edición ${b.edition}`, loadedAt: b.imported_at, books: [], checks: [] };
    if (b.imported_at > edition.loadedAt) edition.loadedAt = b.imported_at;
    edition.books.push({
      sector: b.book,
      fileId: b.file_id,
      fileName: b.file_name,
      entryName: b.entry_name,
      projectionStart: b.projection_start,
      firstPeriod: b.first_period,
      lastPeriod: b.last_period,
      rows: b.rows_loaded,
    });
    editions.set(b.edition, edition);
  }
  for (const c of checks) {
    editions.get(c.edition)?.checks.push({
      book: c.book,
      sheet: c.sheet,
      kind: c.kind as DemandCheck['kind'],
      scope: c.scope,
      status: c.status,
      compared: c.compared,
      failed: c.failed,
      maxDifferenceGbtud: c.max_difference_gbtud,
      worstPeriod: c.worst_period,
      detail: c.detail,
    });
  }
  const list = [...editions.values()];
  return { defaultEdition: list[0]?.edition ?? null, editions: list };
}
