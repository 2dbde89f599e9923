import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DatasetQuery } from '../../../src-shared/contract/data';
import { DEFAULT_HEATING_VALUE_BTU_PER_CF, declarationProductionTypeLabels, declarationProductionTypes } from '../../../src-shared/contract/declaration';
import type { Database } from '../../db/database-types';
import { selectResolution } from '../../db/queries/declaration-selection';
import { countRows, selectRows, type ColumnSpec, type DatasetPlan, type PlanFact } from '../dataset-plan';
import { ignoredFilters } from '../ignored-filters';
import { gbtudInUnit } from '../unit-sql';
import { declarationColumns } from './declaration-columns';
import { declarationSearch } from './declaration-search';

type DeclarationQuery = Extract<DatasetQuery, { dataset: 'declaration' }>;

export const declarationAppliedFilters = ['from', 'to', 'operators', 'fields', 'contracts', 'declarationPeriod', 'resolution', 'productionTypes', 'includeStateShare'] as const;

/**
 * MinEnergía's declared production, one resolution at a time (by default the current one of the latest
 * declaration, as `declaration.series` picks it): rows of different resolutions restate the same gas and
 * are never mixed. GBTUD as declared; other units through the field sheet's heating value.
 */
export async function planDeclaration(db: Kysely<Database>, query: DeclarationQuery): Promise<DatasetPlan> {
  const { filters, unit } = query;
  const resolution = await selectResolution(db, filters);
  const facts: PlanFact[] = [];
  const notes: string[] = [];
  if (resolution) {
    const resolutionText = `${resolution.id} (${resolution.status === 'vigente' ? 'vigente' : 'anterior'}) de la declaración ${resolution.declarationPeriod}`;
    facts.push({ label: 'Resolución', value: resolutionText });
    notes.push(`Resolución ${resolutionText}.`);
  } else {
    notes.push('No hay declaraciones de producción cargadas: actualice la fuente de MinEnergía o importe un soporte magnético.');
  }
  if (unit !== 'GBTUD') {
    const note = `${unit} desde GBTUD con el poder calorífico declarado en la hoja de cada campo (MPCD = GBTUD × 1000 ÷ BTU/PC); sin él, ${DEFAULT_HEATING_VALUE_BTU_PER_CF.toLocaleString('es-CO')} BTU/PC (supuesto).`;
    notes.push(note);
    facts.push({ label: 'Poder calorífico', value: note });
  }

  const heatingValue = sql<number>`coalesce(s.heating_value_btu_per_cf, ${sql.lit(DEFAULT_HEATING_VALUE_BTU_PER_CF)})`;
  const typeLabel = sql`CASE r.production_type ${sql.join(
    declarationProductionTypes.map((type) => sql`WHEN ${sql.lit(type)} THEN ${sql.lit(declarationProductionTypeLabels[type])}`),
    sql` `,
  )} END`;
  const values: Record<string, RawBuilder<unknown>> = {
    period: sql`m.period`,
    year: sql`CAST(substr(m.period, 1, 4) AS INTEGER)`,
    declarationPeriod: sql`res.declaration_period`,
    resolution: sql`(res.number || '-' || res.year)`,
    field: sql`fld.name`,
    fieldOperator: sql`fop.name`,
    operator: sql`op.name`,
    stateShare: sql`CASE WHEN r.is_state_share = 1 THEN 'Sí' ELSE 'No' END`,
    contract: sql`ct.name`,
    productionType: sql`r.production_type`,
    productionTypeLabel: typeLabel,
    heatingValue,
    heatingValueBasis: sql`CASE WHEN s.heating_value_btu_per_cf IS NULL THEN 'supuesto' ELSE 'declarado' END`,
    value: gbtudInUnit(sql`m.gbtud`, unit, heatingValue),
    sourceFile: sql`sf.file_name`,
    sheet: sql`s.sheet`,
    sourceRow: sql`r.row_number`,
  };
  const columns: ColumnSpec[] = declarationColumns(unit).map((column) => ({ column, value: values[column.id]! }));

  const from = () => {
    let q = db
      .selectFrom('declaration_monthly as m')
      .innerJoin('declaration_row as r', 'r.id', 'm.row_id')
      .innerJoin('declaration_field_sheet as s', 's.id', 'r.field_sheet_id')
      .innerJoin('declaration_file as f', 'f.source_file_id', 's.source_file_id')
      .innerJoin('declaration_resolution as res', 'res.id', 'f.resolution_id')
      .innerJoin('field as fld', 'fld.id', 's.field_id')
      .innerJoin('operator as op', 'op.id', 'r.operator_id')
      .innerJoin('source_file as sf', 'sf.id', 's.source_file_id')
      .leftJoin('operator as fop', 'fop.id', 's.field_operator_id')
      .leftJoin('contract as ct', 'ct.id', 's.contract_id')
      .where('f.replaced_by_file_id', 'is', null)
      .where('f.resolution_id', '=', resolution?.dbId ?? -1);
    if (filters.productionTypes?.length) q = q.where('r.production_type', 'in', filters.productionTypes);
    if (filters.includeStateShare === false) q = q.where('r.is_state_share', '=', 0);
    if (filters.fields?.length) q = q.where('fld.key', 'in', filters.fields);
    if (filters.operators?.length) q = q.where('op.key', 'in', filters.operators);
    if (filters.contracts?.length) q = q.where('ct.key', 'in', filters.contracts);
    if (filters.from) q = q.where('m.period', '>=', filters.from);
    if (filters.to) q = q.where('m.period', '<=', filters.to);
    return q;
  };
  const plan: DatasetPlan = {
    dataset: 'declaration',
    unit,
    columns,
    allColumns: columns,
    key: sql<string>`(m.row_id || ':' || m.period)`,
    fileId: sql<number>`s.source_file_id`,
    tiebreak: [sql`m.row_id`, sql`m.period`],
    search: declarationSearch(),
    ignoredFilters: ignoredFilters(filters, declarationAppliedFilters),
    notes,
    facts,
    select: (parts) => selectRows(from(), plan, parts),
    count: (where) => countRows(from(), where),
  };
  return plan;
}
