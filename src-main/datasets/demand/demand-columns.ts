import type { DatasetColumn } from '../../../src-shared/contract/data';
import { lineageColumns, monthColumn, numberColumn, textColumn, unitLabel, yearColumn } from '../columns';

/** One monthly figure of one UPME table: edition, sector, scenario, area, the rate, and the cell it came from. */
export function demandColumns(unit: string): DatasetColumn[] {
  return [
    monthColumn(),
    yearColumn(),
    textColumn('edition', 'Edición', 'Edition', { searchable: false }),
    textColumn('sector', 'Sector', 'Sector'),
    textColumn('scenario', 'Escenario', 'Scenario'),
    textColumn('area', 'Ámbito', 'Area'),
    textColumn('region', 'Región', 'Region'),
    textColumn('node', 'Nodo', 'Node'),
    numberColumn('value', 'Demanda', 'Demand', unitLabel(unit), 4),
    textColumn('book', 'Libro', 'Workbook', { searchable: false, lineage: true }),
    ...lineageColumns(),
    textColumn('cell', 'Celda', 'Cell', { searchable: false, lineage: true }),
  ];
}
