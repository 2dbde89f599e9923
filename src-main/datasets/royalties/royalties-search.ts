import { sql } from 'kysely';
import { distinctCandidates } from '../search/distinct-candidates';
import { periodCandidates } from '../search/period-candidates';
import type { SearchSource } from '../search/search-source';

/**
 * Territory, field and contract names, the regime and production type as published, and the period.
 * The file is not searched: every settlement comes from the same datos.gov.co dataset.
 */
export function royaltySearch(): SearchSource[] {
  return [
    { match: sql`royalty_monthly.department_code`, candidates: sql<{ value: string; text: string }>`SELECT code AS value, name AS text FROM department` },
    { match: sql`royalty_monthly.municipality_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM municipality` },
    { match: sql`royalty_monthly.field_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM field`, complete: true },
    { match: sql`royalty_monthly.contract_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM contract` },
    { match: sql`royalty_monthly.regime`, candidates: distinctCandidates('royalty_monthly', 'regime') },
    { match: sql`royalty_monthly.production_type`, candidates: distinctCandidates('royalty_monthly', 'production_type') },
    { match: sql`royalty_monthly.period`, candidates: periodCandidates },
  ];
}
