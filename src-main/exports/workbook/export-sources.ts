import type { Kysely } from 'kysely';
import type { CellValue } from '../../../src-shared/contract/data';
import type { Database } from '../../db/database-types';
import { integerCol, textCol, type SheetTable } from '../sheet-table';

/**
 * Every file the exported rows were read from, as the "Fuentes" sheet lists it: who published it, what
 * it covers (year, resolution, edition), where it came from and its SHA-256, so that anyone can fetch
 * the same file and check it is the same.
 */
export async function sourcesTable(db: Kysely<Database>, fileIds: readonly number[]): Promise<SheetTable> {
  const ids = [...fileIds].sort((a, b) => a - b);
  const files = ids.length ? await db.selectFrom('source_file').selectAll().where('id', 'in', ids).orderBy('source_id').orderBy('coverage').orderBy('imported_at').execute() : [];
  const details = await fileDetails(db, ids);
  // Loaded when the sheet is written: the registry brings every parser, which the rows never need.
  const { fileSources } = await import('../../etl/sources/registry');
  const titles = new Map(fileSources.map((s) => [s.id as string, s.title]));
  return {
    title: 'Archivos de origen de los datos exportados',
    columns: [
      textCol('Fuente'),
      textCol('Publicador'),
      textCol('Archivo'),
      textCol('Cobertura'),
      textCol('Resolución o edición'),
      textCol('URL'),
      textCol('SHA-256'),
      textCol('Importado el'),
      textCol('Última modificación (servidor)'),
      textCol('Estado'),
      integerCol('Filas cargadas'),
      integerCol('Filas rechazadas'),
    ],
    rows: files.map((f): CellValue[] => [
      titles.get(f.source_id) ?? f.source_id,
      f.publisher,
      f.file_name,
      f.coverage,
      details.get(f.id) ?? null,
      f.url ?? '(importado desde un archivo local)',
      f.sha256,
      f.imported_at,
      f.last_modified,
      f.status === 'active' ? 'en uso' : 'reemplazado',
      f.rows_loaded,
      f.rows_rejected,
    ]),
    notes: files.length ? [] : ['Ningún archivo: la exportación no tiene filas.'],
  };
}

/** What places a declaration or demand file beyond its coverage: the resolution, or the edition and its workbooks. */
async function fileDetails(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, string>> {
  const details = new Map<number, string>();
  if (ids.length === 0) return details;
  const resolutions = await db
    .selectFrom('declaration_file as f')
    .innerJoin('declaration_resolution as r', 'r.id', 'f.resolution_id')
    .select(['f.source_file_id', 'r.number', 'r.year', 'r.issued_on', 'r.declaration_period'])
    .where('f.source_file_id', 'in', ids)
    .execute();
  for (const r of resolutions) {
    details.set(r.source_file_id, `Resolución ${r.number}-${r.year}${r.issued_on ? ` del ${r.issued_on}` : ''}, declaración ${r.declaration_period}`);
  }
  const books = await db.selectFrom('demand_book').select(['source_file_id', 'edition', 'book', 'entry_name']).where('source_file_id', 'in', ids).orderBy('book').execute();
  for (const b of books) {
    const previous = details.get(b.source_file_id);
    const book = b.entry_name ?? b.book;
    details.set(b.source_file_id, previous ? `${previous}, ${book}` : `Edición ${b.edition}: ${book}`);
  }
  return details;
}
