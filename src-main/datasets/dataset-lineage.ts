import { sql, type Kysely } from 'kysely';
import { CaudalError, type CommandOutput, type ParsedInput } from '../../src-shared/contract';
import { assertNever } from '../../src-shared/domain/units';
import type { Database } from '../db/database-types';

type LineageInput = ParsedInput<'data.lineage'>;
type LineageOutput = CommandOutput<'data.lineage'>;

interface RowPlace {
  fileId: number;
  sheet: string | null;
  row: number | null;
  cell: string | null;
  detail: string | null;
}

/** Where one row of a dataset was read: its file (with checksum and origin), sheet, row and, when known, cell. */
export async function datasetLineage(db: Kysely<Database>, input: LineageInput): Promise<LineageOutput> {
  const place = await rowPlace(db, input);
  if (!place) throw new CaudalError('not-found', `No existe la fila ${input.key} en ${input.dataset} (¿se volvió a cargar la fuente?)`);
  const file = await db.selectFrom('source_file').selectAll().where('id', '=', place.fileId).executeTakeFirst();
  if (!file) throw new CaudalError('not-found', `El archivo de la fila ${input.key} ya no está registrado`);
  return {
    dataset: input.dataset,
    key: input.key,
    file: {
      id: file.id,
      sourceId: file.source_id,
      name: file.file_name,
      sha256: file.sha256,
      url: file.url,
      publisher: file.publisher,
      importedAt: file.imported_at,
      coverage: file.coverage,
      status: file.status,
    },
    sheet: place.sheet,
    row: place.row,
    cell: place.cell,
    detail: place.detail,
  };
}

async function rowPlace(db: Kysely<Database>, { dataset, key }: LineageInput): Promise<RowPlace | undefined> {
  switch (dataset) {
    case 'production': {
      const id = numericKey(key);
      const row = await db.selectFrom('production_monthly').select(['source_file_id', 'sheet', 'row_number']).where('id', '=', id).executeTakeFirst();
      return row && { fileId: row.source_file_id, sheet: row.sheet, row: row.row_number, cell: null, detail: null };
    }
    case 'royalties': {
      const id = numericKey(key);
      const row = await db.selectFrom('royalty_monthly').select(['source_file_id', 'sheet', 'row_number']).where('id', '=', id).executeTakeFirst();
      return row && { fileId: row.source_file_id, sheet: row.sheet, row: row.row_number, cell: null, detail: null };
    }
    case 'declaration': {
      const match = /^(\d{1,15}):(\d{4}-\d{2})$/.exec(key);
      if (!match) throw invalidKey(key);
      const row = await db
        .selectFrom('declaration_row as r')
        .innerJoin('declaration_field_sheet as s', 's.id', 'r.field_sheet_id')
        .innerJoin('declaration_file as f', 'f.source_file_id', 's.source_file_id')
        .innerJoin('declaration_resolution as res', 'res.id', 'f.resolution_id')
        .select(['s.source_file_id', 's.sheet', 'r.row_number', 'res.number', 'res.year', 'res.declaration_period'])
        .where('r.id', '=', Number(match[1]))
        .executeTakeFirst();
      return row && { fileId: row.source_file_id, sheet: row.sheet, row: row.row_number, cell: null, detail: `Mes ${match[2]} de la resolución ${row.number}-${row.year}, declaración ${row.declaration_period}` };
    }
    case 'demand': {
      const id = numericKey(key);
      const row = await db
        .selectFrom('demand_monthly as d')
        .leftJoin('demand_book as b', (join) => join.onRef('b.edition', '=', 'd.edition').onRef('b.book', '=', 'd.book'))
        .select(['d.source_file_id', 'd.sheet', 'd.row_number', 'd.cell_ref', 'd.edition', sql<string | null>`b.entry_name`.as('entry')])
        .where('d.id', '=', id)
        .executeTakeFirst();
      return row && { fileId: row.source_file_id, sheet: row.sheet, row: row.row_number, cell: row.cell_ref, detail: `Edición ${row.edition}${row.entry ? `, libro ${row.entry} dentro del archivo` : ''}` };
    }
    default:
      return assertNever(dataset);
  }
}

function numericKey(key: string): number {
  if (!/^\d{1,15}$/.test(key)) throw invalidKey(key);
  return Number(key);
}

function invalidKey(key: string): CaudalError {
  return new CaudalError('validation', `Clave de fila inválida: ${key.slice(0, 64)}`, [{ path: 'key', message: 'Clave de fila inválida' }]);
}
