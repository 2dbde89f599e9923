import type { DatasetColumn } from '../../../src-shared/contract/data';
import type { DatasetRow } from '../../datasets/query/iterate-dataset';

export interface HeatingValueUse {
  readonly field: string;
  readonly btuPerCf: number;
  readonly basis: string;
}

/** Distinct heating values are few (one per field sheet); this bounds them anyway. */
const MAX_HEATING_VALUES = 20_000;

/**
 * Watches the rows as they are written, keeping only what the other sheets need: the source files
 * behind them and the heating values that converted them. Memory is bounded by files and fields.
 */
export function createRowObserver(columns: readonly DatasetColumn[]) {
  const fileIds = new Set<number>();
  const heating = new Map<string, HeatingValueUse>();
  const field = columns.findIndex((c) => c.id === 'field');
  const value = columns.findIndex((c) => c.id === 'heatingValue');
  const basis = columns.findIndex((c) => c.id === 'heatingValueBasis');
  const watchHeating = field >= 0 && value >= 0 && basis >= 0;
  return {
    observe(row: DatasetRow): void {
      fileIds.add(row.fileId);
      if (!watchHeating || heating.size >= MAX_HEATING_VALUES) return;
      const use = { field: String(row.values[field] ?? ''), btuPerCf: Number(row.values[value]), basis: String(row.values[basis] ?? '') };
      const key = `${use.field}\u0000${use.btuPerCf}\u0000${use.basis}`;
      if (!heating.has(key)) heating.set(key, use);
    },
    fileIds: (): number[] => [...fileIds],
    heatingValues: (): HeatingValueUse[] => [...heating.values()].sort((a, b) => a.field.localeCompare(b.field, 'es') || a.btuPerCf - b.btuPerCf),
  };
}
export type RowObserver = ReturnType<typeof createRowObserver>;
