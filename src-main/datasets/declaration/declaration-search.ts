import { sql } from 'kysely';
import { declarationProductionTypeLabels, declarationProductionTypes } from '../../../src-shared/contract/declaration';
import { periodCandidates } from '../search/period-candidates';
import type { SearchSource } from '../search/search-source';

/** Field, companies, contract, production type (code or name), field sheet and file names, and the period. */
export function declarationSearch(): SearchSource[] {
  return [
    { match: sql`s.field_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM field`, complete: true },
    { match: sql`r.operator_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM operator`, complete: true },
    { match: sql`s.field_operator_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM operator` },
    { match: sql`s.contract_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM contract` },
    {
      match: sql`r.production_type`,
      candidates: declarationProductionTypes.map((type) => ({ value: type, text: `${type} ${declarationProductionTypeLabels[type]}` })),
      complete: true,
    },
    { match: sql`s.id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, sheet AS text FROM declaration_field_sheet`, complete: true },
    {
      match: sql`s.source_file_id`,
      candidates: sql<{ value: number; text: string }>`SELECT id AS value, file_name AS text FROM source_file WHERE source_id = 'mme-declaration'`,
      complete: true,
    },
    { match: sql`m.period`, candidates: periodCandidates },
  ];
}
