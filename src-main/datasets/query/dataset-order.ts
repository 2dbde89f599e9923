import { sql } from 'kysely';
import { CaudalError } from '../../../src-shared/contract';
import type { SortKey } from '../../../src-shared/contract/data';
import { columnAlias, type DatasetPlan, type QueryParts } from '../dataset-plan';

export interface AppliedSort {
  readonly column: string;
  readonly direction: 'asc' | 'desc';
}

/**
 * The ORDER BY of a request: the columns asked for (else the dataset's default), each by its selected
 * alias so a converted value sorts as shown, text ignoring case; then the plan's tiebreak, which makes
 * the order total so that pages never repeat or skip a row.
 */
export function datasetOrder(plan: DatasetPlan, defaultSort: readonly AppliedSort[], requested: readonly SortKey[] | undefined): { applied: AppliedSort[]; orderBy: QueryParts['orderBy'] } {
  const selected = new Map(plan.columns.map((spec, index) => [spec.column.id, index]));
  const known = new Map(plan.allColumns.map((spec) => [spec.column.id, spec]));
  const wanted = requested?.length ? requested : defaultSort;
  const applied: AppliedSort[] = [];
  wanted.forEach((key, position) => {
    if (!known.has(key.column)) {
      const available = plan.allColumns.map((c) => c.column.id).join(', ');
      throw new CaudalError('validation', `No se puede ordenar por "${key.column}": no es una columna de este conjunto (${available})`, [
        { path: `sort.${position}.column`, message: `Columna desconocida: ${key.column}` },
      ]);
    }
    if (!applied.some((a) => a.column === key.column)) applied.push({ column: key.column, direction: key.direction });
  });
  const orderBy: QueryParts['orderBy'] = [
    ...applied.map((a) => {
      const spec = known.get(a.column)!;
      const index = selected.get(a.column);
      // A shown column sorts by its alias (computed once per row); a hidden one by its expression.
      const value = index === undefined ? spec.value : sql`${sql.ref(columnAlias(index))}`;
      return { expression: spec.column.type === 'text' ? sql`${value} COLLATE NOCASE` : value, direction: a.direction };
    }),
    ...plan.tiebreak.map((expression) => ({ expression, direction: 'asc' as const })),
  ];
  return { applied, orderBy };
}
