import { sql } from 'kysely';
import type { SearchSource } from '../search/search-source';

/** Department, municipality, operator, field, contract and file names, and the period as written. */
export function productionSearch(): SearchSource[] {
  return [
    { kind: 'lookup', match: sql`production_monthly.department_code`, candidates: sql<{ value: string; text: string }>`SELECT code AS value, name AS text FROM department` },
    { kind: 'lookup', match: sql`production_monthly.municipality_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM municipality` },
    { kind: 'lookup', match: sql`production_monthly.operator_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM operator` },
    { kind: 'lookup', match: sql`production_monthly.field_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM field` },
    { kind: 'lookup', match: sql`production_monthly.contract_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM contract` },
    {
      kind: 'lookup',
      match: sql`production_monthly.source_file_id`,
      candidates: sql<{ value: number; text: string }>`SELECT id AS value, file_name AS text FROM source_file WHERE source_id = 'anh-production'`,
    },
    { kind: 'like', match: sql`production_monthly.period` },
  ];
}
