import type { Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import type { SheetReconciliation } from '../../../src-shared/contract/sources';
import type { Database } from '../database-types';

type FilesInput = ParsedInput<'sources.files'>;
type FilesOutput = CommandOutput<'sources.files'>;

export async function sourceFiles(db: Kysely<Database>, input: FilesInput): Promise<FilesOutput> {
  let query = db.selectFrom('source_file').selectAll().orderBy('source_id').orderBy('coverage').orderBy('imported_at');
  if (input.sourceId) query = query.where('source_id', '=', input.sourceId);
  if (!input.includeSuperseded) query = query.where('status', '=', 'active');
  const files = await query.execute();
  const ids = files.map((f) => f.id);
  const reconciliations = ids.length
    ? await db.selectFrom('sheet_reconciliation').selectAll().where('source_file_id', 'in', ids).orderBy('id').execute()
    : [];
  const byFile = new Map<number, SheetReconciliation[]>();
  for (const r of reconciliations) {
    const list = byFile.get(r.source_file_id) ?? [];
    list.push({
      sheet: r.sheet,
      period: r.period,
      kind: r.kind,
      dataRows: r.data_rows,
      dataTotalMpc: r.data_total_mpc,
      fileTotalMpc: r.file_total_mpc,
      differenceMpc: r.difference_mpc,
      status: r.status,
      cause: r.cause,
    });
    byFile.set(r.source_file_id, list);
  }
  return {
    files: files.map((f) => ({
      id: f.id,
      sourceId: f.source_id as FilesOutput['files'][number]['sourceId'],
      fileName: f.file_name,
      sha256: f.sha256,
      sizeBytes: f.size_bytes,
      importedAt: f.imported_at,
      url: f.url,
      coverage: f.coverage,
      status: f.status,
      rowsLoaded: f.rows_loaded,
      rowsRejected: f.rows_rejected,
      reconciliations: byFile.get(f.id) ?? [],
    })),
  };
}
