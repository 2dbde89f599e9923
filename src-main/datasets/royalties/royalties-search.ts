import { sql } from 'kysely';
import type { SearchSource } from '../search/search-source';

/** Territory, field, contract and file names, the regime and production type as published, and the period. */
export function royaltySearch(): SearchSource[] {
  return [
    { kind: 'lookup', match: sql`royalty_monthly.department_code`, candidates: sql<{ value: string; text: string }>`SELECT code AS value, name AS text FROM department` },
    { kind: 'lookup', match: sql`royalty_monthly.municipality_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM municipality` },
    { kind: 'lookup', match: sql`royalty_monthly.field_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM field` },
    { kind: 'lookup', match: sql`royalty_monthly.contract_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM contract` },
    {
      kind: 'lookup',
      match: sql`royalty_monthly.regime`,
      candidates: sql<{ value: string; text: string }>`SELECT DISTINCT regime AS value, regime AS text FROM royalty_monthly WHERE regime IS NOT NULL`,
    },
    {
      kind: 'lookup',
      match: sql`royalty_monthly.production_type`,
      candidates: sql<{ value: string; text: string }>`SELECT DISTINCT production_type AS value, production_type AS text FROM royalty_monthly WHERE production_type IS NOT NULL`,
    },
    {
      kind: 'lookup',
      match: sql`royalty_monthly.source_file_id`,
      candidates: sql<{ value: number; text: string }>`SELECT id AS value, file_name AS text FROM source_file WHERE source_id = 'anh-royalties'`,
    },
    { kind: 'like', match: sql`royalty_monthly.period` },
  ];
}
