import { CaudalError } from '../../src-shared/contract';
import type { DatasetPlan } from './dataset-plan';

/** The plan with only the columns asked for, in the order asked (the table's visible columns). */
export function pickColumns(plan: DatasetPlan, wanted: readonly string[] | undefined): DatasetPlan {
  if (!wanted?.length) return plan;
  const byId = new Map(plan.columns.map((spec) => [spec.column.id, spec]));
  const unknown = wanted.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    const available = plan.columns.map((c) => c.column.id).join(', ');
    throw new CaudalError('validation', `Columnas desconocidas en ${plan.dataset}: ${unknown.join(', ')} (disponibles: ${available})`, [
      { path: 'columns', message: `Columnas desconocidas: ${unknown.join(', ')}` },
    ]);
  }
  const columns = [...new Set(wanted)].map((id) => byId.get(id)!);
  return { ...plan, columns };
}
