import type { Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import type { Database } from '../database-types';
import { loadedResolutions } from './declaration-selection';

type ResolutionsInput = ParsedInput<'declaration.resolutions'>;
type ResolutionsOutput = CommandOutput<'declaration.resolutions'>;
type PeriodOut = ResolutionsOutput['periods'][number];

/**
 * The loaded declarations, newest first, each with its resolutions (newest first, the first one current)
 * and every file that came with them, replaced copies included, so the analyst sees the whole history.
 */
export async function declarationResolutions(db: Kysely<Database>, input: ResolutionsInput): Promise<ResolutionsOutput> {
  const resolutions = await loadedResolutions(db, input.declarationPeriod);
  if (resolutions.length === 0) return { periods: [] };
  const ids = resolutions.map((r) => r.dbId);

  const files = await db
    .selectFrom('declaration_file as f')
    .innerJoin('source_file as s', 's.id', 'f.source_file_id')
    .where('f.resolution_id', 'in', ids)
    .select(['f.resolution_id', 'f.replaced_by_file_id', 'f.field_sheets', 's.id', 's.file_name', 's.url', 's.sha256', 's.imported_at', 's.status', 's.rows_loaded', 's.rows_rejected'])
    .orderBy('s.imported_at')
    .orderBy('s.id')
    .execute();
  const fieldCounts = await db
    .selectFrom('declaration_field_sheet as fs')
    .innerJoin('declaration_file as f', 'f.source_file_id', 'fs.source_file_id')
    .where('f.resolution_id', 'in', ids)
    .where('f.replaced_by_file_id', 'is', null)
    .select(['f.resolution_id', (eb) => eb.fn.count<number>('fs.field_id').distinct().as('fields')])
    .groupBy('f.resolution_id')
    .execute();
  const fieldsOf = new Map(fieldCounts.map((c) => [c.resolution_id, Number(c.fields)]));

  const periods = new Map<string, PeriodOut>();
  for (const r of resolutions) {
    const period = periods.get(r.declarationPeriod) ?? {
      declarationPeriod: r.declarationPeriod,
      firstYear: r.firstYear,
      lastYear: r.lastYear,
      currentResolutionId: r.status === 'vigente' ? r.id : null,
      resolutions: [],
    };
    periods.set(r.declarationPeriod, period);
    period.resolutions.push({
      id: r.id,
      number: r.number,
      year: r.year,
      issuedOn: r.issuedOn,
      title: r.title,
      status: r.status,
      fields: fieldsOf.get(r.dbId) ?? 0,
      files: files
        .filter((f) => f.resolution_id === r.dbId)
        .map((f) => ({
          fileId: f.id,
          fileName: f.file_name,
          url: f.url,
          sha256: f.sha256,
          importedAt: f.imported_at,
          status: f.replaced_by_file_id !== null ? ('reemplazado' as const) : f.status === 'active' ? ('vigente' as const) : ('anterior' as const),
          fieldSheets: f.field_sheets,
          rowsLoaded: f.rows_loaded,
          rowsRejected: f.rows_rejected,
        })),
    });
  }
  return { periods: [...periods.values()] };
}
