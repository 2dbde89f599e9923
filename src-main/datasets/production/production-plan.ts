import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DatasetQuery } from '../../../src-shared/contract/data';
import { DEFAULT_HEATING_VALUE_BTU_PER_CF } from '../../../src-shared/contract/declaration';
import { productionMeasures } from '../../../src-shared/domain/production-measures';
import type { Database } from '../../db/database-types';
import { declaredHeatingValues } from '../../db/queries/declaration-heating-values';
import { productionMeasureColumn } from '../../db/queries/production-columns';
import { whereProductionFilters } from '../../db/queries/production-filters';
import { countRows, selectRows, type ColumnSpec, type DatasetPlan, type PlanFact } from '../dataset-plan';
import { ignoredFilters } from '../ignored-filters';
import { daysOfPeriod, isVolumeUnit, mpcdInUnit, volumeInUnit } from '../unit-sql';
import { productionColumns } from './production-columns';
import { productionSearch } from './production-search';

type ProductionQuery = Extract<DatasetQuery, { dataset: 'production' }>;

export const productionAppliedFilters = ['from', 'to', 'departments', 'municipalities', 'operators', 'fields', 'contracts'] as const;

/**
 * ANH's monthly production facts with their dimensions and lineage. Volumes are stored in MPC; a rate
 * unit divides each month's volume by its calendar days, and GBTUD multiplies by the field's latest
 * declared heating value (MinEnergía), else the documented 1,000 BTU/PC.
 */
export async function planProduction(db: Kysely<Database>, query: ProductionQuery): Promise<DatasetPlan> {
  const unit = query.unit;
  const facts: PlanFact[] = [];
  const notes: string[] = [];
  let heatingValue: RawBuilder<number> = sql.lit(DEFAULT_HEATING_VALUE_BTU_PER_CF);
  let heatingJson: string | null = null;
  if (unit === 'GBTUD') {
    const declared = await declaredHeatingValues(db);
    heatingJson = JSON.stringify([...declared.values()].map((h) => [h.fieldKey, h.btuPerCf]));
    heatingValue = sql<number>`coalesce(hv.btu, ${sql.lit(DEFAULT_HEATING_VALUE_BTU_PER_CF)})`;
    const note = `GBTUD = MPCD × poder calorífico ÷ 1000, con el último poder calorífico declarado de cada campo (MinEnergía, ${declared.size} campos); los demás usan ${DEFAULT_HEATING_VALUE_BTU_PER_CF.toLocaleString('es-CO')} BTU/PC.`;
    notes.push(note);
    facts.push({ label: 'Poder calorífico', value: note });
  }

  const stored = (column: string): RawBuilder<number | null> => sql<number | null>`${sql.ref(`production_monthly.${column}`)}`;
  const days = daysOfPeriod(sql`production_monthly.period`);
  const inUnit = (mpc: RawBuilder<number | null>) => (isVolumeUnit(unit) ? volumeInUnit(mpc, unit) : mpcdInUnit(sql`(${mpc} / ${days})`, unit, heatingValue));

  const columns = productionColumns(unit);
  const values: Record<string, RawBuilder<unknown>> = {
    period: sql`production_monthly.period`,
    year: sql`production_monthly.year`,
    departmentCode: sql`production_monthly.department_code`,
    department: sql`department.name`,
    municipalityCode: sql`municipality.divipola_code`,
    municipality: sql`municipality.name`,
    operator: sql`operator.name`,
    field: sql`field.name`,
    contract: sql`contract.name`,
    ...Object.fromEntries(productionMeasures.map((m) => [m.id, inUnit(stored(productionMeasureColumn[m.id]))])),
    heatingValue,
    heatingValueBasis: sql`CASE WHEN hv.btu IS NULL THEN 'supuesto' ELSE 'declarado' END`,
    sourceFile: sql`source_file.file_name`,
    sheet: sql`production_monthly.sheet`,
    sourceRow: sql`production_monthly.row_number`,
  };
  const specs: ColumnSpec[] = columns.map((column) => ({ column, value: values[column.id]! }));

  // Counting needs no join: every filter and the search test the fact's own columns, and the inner
  // joins follow foreign keys that always match.
  const filtered = () => whereProductionFilters(db.selectFrom('production_monthly'), query.filters);
  const from = () => {
    let q = filtered()
      .innerJoin('operator', 'operator.id', 'production_monthly.operator_id')
      .innerJoin('field', 'field.id', 'production_monthly.field_id')
      .innerJoin('source_file', 'source_file.id', 'production_monthly.source_file_id')
      .leftJoin('contract', 'contract.id', 'production_monthly.contract_id')
      .leftJoin('department', 'department.code', 'production_monthly.department_code')
      .leftJoin('municipality', 'municipality.id', 'production_monthly.municipality_id');
    if (heatingJson !== null) {
      const table = sql<{ field_key: string; btu: number }>`(SELECT json_extract(value, '$[0]') AS field_key, json_extract(value, '$[1]') AS btu FROM json_each(${heatingJson}))`;
      q = q.leftJoin(table.as('hv'), (join) => join.onRef('hv.field_key', '=', 'field.key')) as unknown as typeof q;
    }
    return q;
  };
  const plan: DatasetPlan = {
    dataset: 'production',
    unit,
    columns: specs,
    allColumns: specs,
    key: sql<number>`production_monthly.id`,
    fileId: sql<number>`production_monthly.source_file_id`,
    tiebreak: [sql`production_monthly.id`],
    search: productionSearch(),
    ignoredFilters: ignoredFilters(query.filters, productionAppliedFilters),
    notes,
    facts,
    select: (parts) => selectRows(from(), plan, parts),
    count: (where) => countRows(filtered(), where),
  };
  return plan;
}
