import { assertNever } from '../../../../../src-shared/domain/units';
import { EtlError } from '../../../etl-error';
import type { Workbook, Worksheet } from '../../../xlsx/types';
import { headerText } from './cell-reading';
import type { SheetRead } from './observations';
import { readRegionalSheet, readSectoralSheet } from './read-column-sheet';
import { readNodalSheet } from './read-nodal-sheet';
import { readScenarioSheet } from './read-scenario-sheet';
import { regionHeaderOf } from './regions';
import { sectoralHeaderOf } from './sectors';
import { scenariosNamed, sheetRoleOf, type SheetRole } from './sheet-names';

export interface BookRead {
  /** Where the workbook came from: its name inside the zip, or the imported file's name. */
  readonly name: string;
  readonly entryName: string | null;
  readonly sheets: readonly SheetRead[];
  readonly warnings: readonly string[];
}

/**
 * Whether a workbook is one of UPME's gas demand series, from its content: a sheet whose name says
 * what it holds, with the headers that go with it (regions, or scenarios). Cheap: reads one sheet's top.
 */
export function isUpmeDemandWorkbook(workbook: Workbook): boolean {
  return workbook.sheets.some((info) => {
    if (info.kind !== 'worksheet') return false;
    const role = sheetRoleOf(info.name);
    if (!role) return false;
    const top = workbook.sheet(info.name).rows.filter((row) => row.rowNumber <= 30);
    const texts = top.flatMap((row) => row.cells.map((cell) => headerText(cell))).filter((text): text is string => text !== null);
    switch (role.kind) {
      case 'scenarios':
        return texts.filter((text) => scenariosNamed(text).length === 1).length >= 2;
      case 'regional':
      case 'nodal':
        return new Set(texts.map((text) => regionHeaderOf(text)).flatMap((h) => (h.kind === 'region' ? [h.region] : []))).size >= 3;
      case 'sectoral':
        return texts.filter((text) => sectoralHeaderOf(text).kind === 'sector').length >= 3;
      default:
        return assertNever(role.kind);
    }
  });
}

/** Reads every sheet whose name says what it holds; other sheets (notes, charts) are listed as skipped. */
export function readBook(workbook: Workbook, name: string, entryName: string | null): BookRead {
  const sheets: SheetRead[] = [];
  const warnings: string[] = [];
  for (const info of workbook.sheets) {
    if (info.kind !== 'worksheet') continue;
    const role = sheetRoleOf(info.name);
    const sheet = workbook.sheet(info.name);
    if (!role) {
      if (sheet.rows.length > 0) warnings.push(`${name}: la hoja «${info.name}» no es una hoja de demanda conocida y se omite`);
      continue;
    }
    if (role.scenarioAssumed) warnings.push(`${name}: el nombre de la hoja «${info.name}» no dice el escenario; se lee como escenario medio`);
    try {
      sheets.push(readSheet(sheet, role));
    } catch (error) {
      // In a zip of four workbooks the analyst needs to know which one failed.
      if (error instanceof EtlError) throw new EtlError(error.code, `${name}: ${error.message}`, { cause: error });
      throw error;
    }
  }
  return { name, entryName, sheets, warnings: [...warnings, ...sheets.flatMap((s) => s.warnings.map((w) => `${name}: ${w}`))] };
}

function readSheet(sheet: Worksheet, role: SheetRole): SheetRead {
  switch (role.kind) {
    case 'scenarios':
      return readScenarioSheet(sheet, role);
    case 'regional':
      return readRegionalSheet(sheet, role);
    case 'sectoral':
      return readSectoralSheet(sheet, role);
    case 'nodal':
      return readNodalSheet(sheet, role);
    default:
      return assertNever(role.kind);
  }
}
