import type { CellValue, ColumnType } from '../../src-shared/contract/data';

/** A small table for the summary, metadata and sources sheets (all of it in memory: a few hundred rows). */
export interface TableColumn {
  readonly label: string;
  readonly type: ColumnType;
  /** Excel number format (null for text). */
  readonly format: string | null;
}

export interface SheetTable {
  readonly title?: string;
  readonly columns: readonly TableColumn[];
  readonly rows: ReadonlyArray<readonly CellValue[]>;
  /** A last row in bold (the total). */
  readonly totals?: readonly CellValue[];
  /** Lines in italics under the table. */
  readonly notes?: readonly string[];
}

export const textCol = (label: string): TableColumn => ({ label, type: 'text', format: null });
export const numberCol = (label: string, format = '#,##0.00'): TableColumn => ({ label, type: 'number', format });
export const integerCol = (label: string, format = '#,##0'): TableColumn => ({ label, type: 'integer', format });
