import type { Workbook } from '../../../xlsx';
import { trySheet } from './classify-sheets';
import { isGasSheet } from './gas-evidence';
import { findMonthlyLayout } from './monthly-layout';
import { parseMonthText } from './month-names';

/**
 * Content detection for `caudal import`: true when some sheet has ANH's monthly gas header (CAMPO and
 * PRODUCCION FISCALIZADA plus a gas measure or a gas title). The file name is never consulted. Month-named
 * sheets are tried first, so an ANH workbook is recognised after parsing a single sheet.
 */
export function looksLikeAnhProductionWorkbook(workbook: Workbook): boolean {
  const worksheets = workbook.sheets.filter((info) => info.kind === 'worksheet').map((info) => info.name);
  const ordered = [...worksheets.filter((name) => parseMonthText(name) !== null), ...worksheets.filter((name) => parseMonthText(name) === null)];
  for (const name of ordered) {
    const sheet = trySheet(workbook, name);
    const layout = sheet ? findMonthlyLayout(sheet) : null;
    if (sheet && layout && isGasSheet(sheet, layout)) return true;
  }
  return false;
}
