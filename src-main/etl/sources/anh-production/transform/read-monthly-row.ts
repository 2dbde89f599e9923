import { productionMeasureIds, type ProductionMeasure } from '../../../../../src-shared/domain/production-measures';
import { cellText, type SheetRow } from '../../../xlsx';
import type { MonthlyColumn } from './column-headers';
import type { ColumnMap } from './map-columns';
import { readMonthCell, readNumberCell, readYearCell, type CellReading } from './read-cells';

/** One data line of a monthly sheet as read, before deciding whether it is a row or a reject. */
export interface MonthlyRowCandidate {
  readonly source: SheetRow;
  readonly field: string;
  readonly contract: string;
  readonly operator: string;
  readonly department: string;
  readonly municipality: string;
  readonly year: CellReading;
  readonly month: CellReading;
  readonly measures: Readonly<Record<ProductionMeasure, CellReading>>;
}

const BLANK: CellReading = { kind: 'blank' };

/** Reads a data line; null when every mapped cell is blank (a spacer line, not a reject). */
export function readMonthlyRow(row: SheetRow, columns: ColumnMap<MonthlyColumn>): MonthlyRowCandidate | null {
  const cellOf = (column: MonthlyColumn) => {
    const index = columns.columnOf[column];
    return index === undefined ? undefined : row.cell(index);
  };
  const text = (column: MonthlyColumn) => cellText(cellOf(column));
  const measures = Object.fromEntries(
    productionMeasureIds.map((measure) => [measure, columns.columnOf[measure] === undefined ? BLANK : readNumberCell(cellOf(measure))]),
  ) as Record<ProductionMeasure, CellReading>;
  const candidate: MonthlyRowCandidate = {
    source: row,
    field: text('field'),
    contract: text('contract'),
    operator: text('operator'),
    department: text('department'),
    municipality: text('municipality'),
    year: readYearCell(cellOf('year')),
    month: readMonthCell(cellOf('month')),
    measures,
  };
  const identityBlank = [candidate.field, candidate.contract, candidate.operator, candidate.department, candidate.municipality].every((t) => t === '');
  const readingsBlank = [candidate.year, candidate.month, ...Object.values(measures)].every((reading) => reading.kind === 'blank');
  return identityBlank && readingsBlank ? null : candidate;
}
