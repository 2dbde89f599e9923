import { WorkbookReadError, type Workbook, type Worksheet } from '../../../xlsx';
import { AnhWorkbookError } from './anh-workbook-error';
import { findMonthlyLayout, requireMonthlyColumns, type MonthlySheetLayout } from './monthly-layout';
import { parseMonthText } from './month-names';
import { findSummaryLayout, isSummarySheetName, type SummarySheetLayout } from './summary-layout';

export type SheetRole =
  | { readonly kind: 'monthly'; readonly sheet: Worksheet; readonly layout: MonthlySheetLayout }
  | { readonly kind: 'summary'; readonly sheet: Worksheet; readonly layout: SummarySheetLayout }
  | { readonly kind: 'skipped'; readonly name: string; readonly warning: string };

/**
 * Decides what each sheet is by its content: a month sheet has a CAMPO + PRODUCCION FISCALIZADA header,
 * the summary a CAMPO + month-names header. Names only help to tell an expected sheet that failed
 * (`marzo-24` without its header: an error) from an unrelated one (skipped with a note).
 */
export function classifySheets(workbook: Workbook): SheetRole[] {
  const roles: SheetRole[] = [];
  let summaryFound = false;
  for (const info of workbook.sheets) {
    const name = info.name;
    if (info.kind !== 'worksheet') {
      roles.push({ kind: 'skipped', name, warning: `La hoja «${name}» no es una hoja de datos (gráfico u otro tipo); se omite.` });
      continue;
    }
    const sheet = workbook.sheet(name);
    const monthly = findMonthlyLayout(sheet);
    if (monthly) {
      requireMonthlyColumns(name, monthly);
      roles.push({ kind: 'monthly', sheet, layout: monthly });
      continue;
    }
    const summary = findSummaryLayout(sheet);
    if (summary && !summaryFound) {
      summaryFound = true;
      roles.push({ kind: 'summary', sheet, layout: summary });
      continue;
    }
    roles.push(skippedRole(sheet, summary !== null));
  }
  return roles;
}

function skippedRole(sheet: Worksheet, isExtraSummary: boolean): SheetRole {
  const name = sheet.name;
  if (isExtraSummary) return { kind: 'skipped', name, warning: `La hoja «${name}» repite el resumen por campo; se usa solo el primero.` };
  const hasNumbers = sheet.rows.some((row) => row.cells.some((cell) => typeof cell.value === 'number'));
  if (parseMonthText(name) !== null) {
    if (!hasNumbers) return { kind: 'skipped', name, warning: `La hoja «${name}» está vacía (sin datos todavía); se omite.` };
    throw new AnhWorkbookError(
      'missing-header-row',
      `La hoja «${name}» no tiene la fila de encabezados esperada: ninguna fila de las primeras trae las columnas «CAMPO» y «PRODUCCION FISCALIZADA».`,
      name,
      'CAMPO',
    );
  }
  if (isSummarySheetName(name) && hasNumbers) {
    return { kind: 'skipped', name, warning: `No se reconoció el encabezado del resumen «${name}» (se esperaba una fila con «Campo» y los meses); no se cargó.` };
  }
  return { kind: 'skipped', name, warning: `La hoja «${name}» no es una hoja mensual ni el resumen por campo; se omite.` };
}

/** Reads a sheet for detection, treating an unreadable part as "not this". */
export function trySheet(workbook: Workbook, name: string): Worksheet | null {
  try {
    return workbook.sheet(name);
  } catch (error) {
    if (error instanceof WorkbookReadError) return null;
    throw error;
  }
}
