import type { FileProbe } from '../file-probe';
import { findYearHeaders } from './transform/field-sheet-grid';
import { findHeaderLabels } from './transform/header-labels';

/** Instruction and list sheets may come first; a soporte's field sheets start well before this. */
const SHEETS_TO_LOOK_AT = 15;

/**
 * A soporte magnético, by content: a sheet with `YYYY - Año N (GBTUD)` year headers and, above them,
 * a `PODER CALORIFICO` label. A legacy .xls is not claimed here (the import explains that format).
 */
export function recogniseDeclarationWorkbook(file: FileProbe): boolean {
  if (!file.isWorkbook()) return false;
  const workbook = file.workbook();
  const worksheets = workbook.sheets.filter((s) => s.kind === 'worksheet').slice(0, SHEETS_TO_LOOK_AT);
  return worksheets.some((info) => {
    const sheet = workbook.sheet(info.name);
    const years = findYearHeaders(sheet);
    if (!years || !years.years.some((y) => y.unit === 'GBTUD')) return false;
    return findHeaderLabels(sheet, years.row).heatingValue !== undefined;
  });
}
