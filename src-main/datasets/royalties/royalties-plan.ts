import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DatasetQuery } from '../../../src-shared/contract/data';
import type { Database } from '../../db/database-types';
import { whereRoyaltyFilters } from '../../db/queries/royalties-filters';
import { countRows, selectRows, type ColumnSpec, type DatasetPlan } from '../dataset-plan';
import { ignoredFilters } from '../ignored-filters';
import { volumeInUnit } from '../unit-sql';
import { royaltyColumns } from './royalties-columns';
import { royaltySearch } from './royalties-search';

type RoyaltyQuery = Extract<DatasetQuery, { dataset: 'royalties' }>;

export const royaltyAppliedFilters = ['from', 'to', 'departments', 'municipalities', 'fields', 'contracts', 'regimes', 'productionTypes'] as const;

/**
 * ANH gas royalty settlements (datos.gov.co j7js-yk74). Volumes are stored in MPC and shown in the
 * requested volume unit (published in KPC); USD is each settlement's COP at its own TRM, as
 * `royalties.series` computes it, and stays empty when the settlement has no TRM.
 */
export async function planRoyalties(db: Kysely<Database>, query: RoyaltyQuery): Promise<DatasetPlan> {
  const unit = query.unit;
  const volume = (column: string) => volumeInUnit(sql<number | null>`${sql.ref(`royalty_monthly.${column}`)}`, unit);
  const values: Record<string, RawBuilder<unknown>> = {
    period: sql`royalty_monthly.period`,
    year: sql`royalty_monthly.year`,
    departmentCode: sql`royalty_monthly.department_code`,
    department: sql`department.name`,
    municipalityCode: sql`municipality.divipola_code`,
    municipality: sql`municipality.name`,
    field: sql`field.name`,
    contract: sql`contract.name`,
    productionType: sql`royalty_monthly.production_type`,
    regime: sql`royalty_monthly.regime`,
    taxableVolume: volume('taxable_volume_mpc'),
    royaltyVolume: volume('royalty_volume_mpc'),
    royaltyPercent: sql`royalty_monthly.royalty_percent`,
    priceUsd: sql`royalty_monthly.price_usd`,
    trm: sql`royalty_monthly.trm_cop_per_usd`,
    royaltiesCop: sql`royalty_monthly.royalties_cop`,
    royaltiesUsd: sql`CASE WHEN royalty_monthly.trm_cop_per_usd > 0 THEN royalty_monthly.royalties_cop / royalty_monthly.trm_cop_per_usd END`,
    sourceFile: sql`source_file.file_name`,
    sheet: sql`royalty_monthly.sheet`,
    sourceRow: sql`royalty_monthly.row_number`,
  };
  const columns: ColumnSpec[] = royaltyColumns(unit).map((column) => ({ column, value: values[column.id]! }));
  // Counting needs no join: filters and search test the fact's own columns; the joins follow foreign keys.
  const filtered = () => whereRoyaltyFilters(db.selectFrom('royalty_monthly'), query.filters);
  const from = () =>
    filtered()
      .innerJoin('field', 'field.id', 'royalty_monthly.field_id')
      .innerJoin('source_file', 'source_file.id', 'royalty_monthly.source_file_id')
      .leftJoin('contract', 'contract.id', 'royalty_monthly.contract_id')
      .leftJoin('department', 'department.code', 'royalty_monthly.department_code')
      .leftJoin('municipality', 'municipality.id', 'royalty_monthly.municipality_id');
  const plan: DatasetPlan = {
    dataset: 'royalties',
    unit,
    columns,
    allColumns: columns,
    key: sql<number>`royalty_monthly.id`,
    fileId: sql<number>`royalty_monthly.source_file_id`,
    tiebreak: [sql`royalty_monthly.id`],
    search: royaltySearch(),
    ignoredFilters: ignoredFilters(query.filters, royaltyAppliedFilters),
    notes: [],
    facts: [],
    select: (parts) => selectRows(from(), plan, parts),
    count: (where) => countRows(filtered(), where),
  };
  return plan;
}
