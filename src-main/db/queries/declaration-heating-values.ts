import { sql, type Kysely } from 'kysely';
import type { Database } from '../database-types';

export interface DeclaredHeatingValue {
  readonly fieldKey: string;
  readonly field: string;
  readonly btuPerCf: number;
  /** Where it was declared: `2025-2034`, resolution `00739-2025`, sheet. */
  readonly declarationPeriod: string;
  readonly resolutionId: string;
  readonly sheet: string;
}

/**
 * The latest heating value each field declared (newest declaration, then newest resolution), for
 * converting other sources' volumes to energy (GBTUD = MPCD × BTU/PC ÷ 1000). Fields that never
 * declared one are absent: the caller applies the documented default and says so.
 */
export async function declaredHeatingValues(db: Kysely<Database>, fieldKeys?: readonly string[]): Promise<Map<string, DeclaredHeatingValue>> {
  let query = db
    .selectFrom('declaration_field_sheet as s')
    .innerJoin('declaration_file as f', 'f.source_file_id', 's.source_file_id')
    .innerJoin('declaration_resolution as r', 'r.id', 'f.resolution_id')
    .innerJoin('field as fld', 'fld.id', 's.field_id')
    .where('f.replaced_by_file_id', 'is', null)
    .where('s.heating_value_btu_per_cf', 'is not', null)
    .select(['fld.key', 'fld.name', 's.heating_value_btu_per_cf', 's.sheet', 'r.declaration_period', 'r.number', 'r.year'])
    .orderBy('r.first_year', 'desc')
    .orderBy('r.year', 'desc')
    .orderBy(sql`cast(r.number as integer)`, 'desc')
    .orderBy('s.sheet');
  if (fieldKeys?.length) query = query.where('fld.key', 'in', fieldKeys);
  const byField = new Map<string, DeclaredHeatingValue>();
  for (const r of await query.execute()) {
    if (byField.has(r.key)) continue;
    byField.set(r.key, {
      fieldKey: r.key,
      field: r.name,
      btuPerCf: r.heating_value_btu_per_cf!,
      declarationPeriod: r.declaration_period,
      resolutionId: `${r.number}-${r.year}`,
      sheet: r.sheet,
    });
  }
  return byField;
}
