import type { Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import type { Database } from '../database-types';

type RejectsInput = ParsedInput<'etl.rejects'>;
type RejectsOutput = CommandOutput<'etl.rejects'>;

/** Rejected rows of the files currently in use (a superseded file's rejects are history, asked by file id). */
export async function rejectedRows(db: Kysely<Database>, input: RejectsInput): Promise<RejectsOutput> {
  let base = db.selectFrom('rejected_row').leftJoin('source_file', 'source_file.id', 'rejected_row.source_file_id');
  if (input.sourceId) base = base.where('rejected_row.source_id', '=', input.sourceId);
  if (input.fileId) base = base.where('rejected_row.source_file_id', '=', input.fileId);
  else base = base.where((eb) => eb.or([eb('source_file.status', '=', 'active'), eb('rejected_row.source_file_id', 'is', null)]));

  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    base
      .select([
        'rejected_row.id',
        'rejected_row.source_id',
        'rejected_row.source_file_id',
        'source_file.file_name',
        'rejected_row.sheet',
        'rejected_row.row_number',
        'rejected_row.reason_code',
        'rejected_row.reason',
        'rejected_row.raw_json',
      ])
      .orderBy('rejected_row.id')
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
  ]);
  return {
    total: Number(count.total),
    rows: rows.map((r) => ({
      id: r.id,
      sourceId: r.source_id as RejectsOutput['rows'][number]['sourceId'],
      fileId: r.source_file_id,
      fileName: r.file_name,
      sheet: r.sheet,
      row: r.row_number,
      reasonCode: r.reason_code,
      reason: r.reason,
      raw: JSON.parse(r.raw_json) as Record<string, unknown>,
    })),
  };
}
