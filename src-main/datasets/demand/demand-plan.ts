import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DatasetQuery } from '../../../src-shared/contract/data';
import { DEFAULT_HEATING_VALUE_BTU_PER_CF } from '../../../src-shared/contract/declaration';
import type { Database } from '../../db/database-types';
import { resolveDemandEdition } from '../../db/queries/demand-edition';
import { countRows, selectRows, type ColumnSpec, type DatasetPlan, type PlanFact } from '../dataset-plan';
import { ignoredFilters } from '../ignored-filters';
import { gbtudInUnit } from '../unit-sql';
import { demandColumns } from './demand-columns';
import { demandAreaLabels, demandScenarioLabels, labelOf, regionLabels, sectorLabels } from './demand-labels';
import { demandSearch } from './demand-search';

type DemandQuery = Extract<DatasetQuery, { dataset: 'demand' }>;

export const demandAppliedFilters = ['from', 'to', 'edition', 'scenarios', 'sectors', 'areas', 'regions', 'nodes'] as const;

/**
 * UPME's demand tables of one edition (the newest by default), every figure as loaded: national, regional
 * and nodal tables restate each other, so the area column says which one a row belongs to. GBTUD as
 * published; volumes-per-day units assume the documented 1,000 BTU/PC, since UPME gives no heating value.
 */
export async function planDemand(db: Kysely<Database>, query: DemandQuery): Promise<DatasetPlan> {
  const { filters, unit } = query;
  const edition = await resolveDemandEdition(db, filters.edition);
  const facts: PlanFact[] = [];
  const notes: string[] = [];
  if (edition) facts.push({ label: 'Edición de la proyección', value: edition });
  else notes.push('No hay proyecciones de demanda cargadas: actualice la fuente de la UPME o importe sus libros.');
  if (unit !== 'GBTUD') {
    const note = `${unit} desde GBTUD con un poder calorífico supuesto de ${DEFAULT_HEATING_VALUE_BTU_PER_CF.toLocaleString('es-CO')} BTU/PC (la UPME no publica uno).`;
    notes.push(note);
    facts.push({ label: 'Poder calorífico', value: note });
  }

  const values: Record<string, RawBuilder<unknown>> = {
    period: sql`d.period`,
    year: sql`CAST(substr(d.period, 1, 4) AS INTEGER)`,
    edition: sql`d.edition`,
    sector: labelOf(sql`d.sector`, sectorLabels),
    scenario: labelOf(sql`d.scenario`, demandScenarioLabels),
    area: labelOf(sql`d.area_kind`, demandAreaLabels),
    region: labelOf(sql`d.region`, regionLabels),
    node: sql`n.name`,
    value: gbtudInUnit(sql`d.gbtud`, unit, sql.lit(DEFAULT_HEATING_VALUE_BTU_PER_CF)),
    book: sql`coalesce(b.entry_name, sf.file_name)`,
    sourceFile: sql`sf.file_name`,
    sheet: sql`d.sheet`,
    sourceRow: sql`d.row_number`,
    cell: sql`d.cell_ref`,
  };
  const columns: ColumnSpec[] = demandColumns(unit).map((column) => ({ column, value: values[column.id]! }));

  const filtered = () => {
    let q = db
      .selectFrom('demand_monthly as d')
      .where('d.edition', '=', edition ?? '');
    if (filters.scenarios?.length) q = q.where('d.scenario', 'in', filters.scenarios);
    if (filters.sectors?.length) q = q.where('d.sector', 'in', filters.sectors);
    if (filters.areas?.length) q = q.where('d.area_kind', 'in', filters.areas);
    if (filters.regions?.length) q = q.where('d.region', 'in', filters.regions);
    if (filters.nodes?.length) q = q.where('d.node_key', 'in', filters.nodes);
    if (filters.from) q = q.where('d.period', '>=', filters.from);
    if (filters.to) q = q.where('d.period', '<=', filters.to);
    return q;
  };
  // Counting needs no join: filters and search test the fact's own columns, and each join follows a
  // foreign key or a unique key, so it neither drops nor repeats rows (~80 ms → ~5 ms at 10× volume).
  const from = () =>
    filtered()
      .innerJoin('source_file as sf', 'sf.id', 'd.source_file_id')
      .leftJoin('demand_node as n', 'n.key', 'd.node_key')
      .leftJoin('demand_book as b', (join) => join.onRef('b.edition', '=', 'd.edition').onRef('b.book', '=', 'd.book'));
  const plan: DatasetPlan = {
    dataset: 'demand',
    unit,
    columns,
    allColumns: columns,
    key: sql<number>`d.id`,
    fileId: sql<number>`d.source_file_id`,
    tiebreak: [sql`d.id`],
    search: demandSearch(edition ?? ''),
    ignoredFilters: ignoredFilters(filters, demandAppliedFilters),
    notes,
    facts,
    select: (parts) => selectRows(from(), plan, parts),
    count: (where) => countRows(filtered(), where),
  };
  return plan;
}
