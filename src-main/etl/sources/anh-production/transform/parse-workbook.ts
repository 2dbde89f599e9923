import type { SheetReconciliation } from '../../../../../src-shared/contract/sources';
import { toPeriod } from '../../../../../src-shared/domain/period';
import { readWorkbook, type Workbook } from '../../../xlsx';
import type { AnhMonthlyRow, AnhWorkbookParse, AnhReject, AnhSummaryRow } from '../types';
import { AnhWorkbookError } from './anh-workbook-error';
import { classifySheets, type SheetRole } from './classify-sheets';
import { monthlyColumnLabels, type MonthlyColumn } from './column-headers';
import { crossCheckSummary } from './cross-check-summary';
import { isGasSheet } from './gas-evidence';
import { describePeriod } from './month-names';
import { parseMonthlySheet, type MonthlySheetParse } from './parse-monthly-sheet';
import { parseSummarySheet } from './parse-summary-sheet';
import { reconcileMonthlyTotal } from './reconcile-monthly-total';
import { mostCommon } from './resolve-sheet-period';

type MonthlyRole = Extract<SheetRole, { kind: 'monthly' }>;
type SummaryRole = Extract<SheetRole, { kind: 'summary' }>;

/**
 * Reads an ANH "producción fiscalizada de gas" yearly workbook: every month sheet into rows and rejects,
 * each checked against its TOTAL line, and the summary sheet's daily rates cross-checked against the
 * month sheets. Pure: bytes (or an opened workbook) in, data out. Throws `AnhWorkbookError` (or the
 * reader's `WorkbookReadError`) when the file as a whole cannot be used.
 */
export function parseAnhProductionWorkbook(input: Workbook | Uint8Array): AnhWorkbookParse {
  const workbook = input instanceof Uint8Array ? readWorkbook(input) : input;
  const roles = classifySheets(workbook);
  const monthlyRoles = roles.filter((role): role is MonthlyRole => role.kind === 'monthly');
  const summaryRole = roles.find((role): role is SummaryRole => role.kind === 'summary') ?? null;
  requireGasMonthlySheets(monthlyRoles, summaryRole !== null, roles.length);

  const warnings: string[] = roles.flatMap((role) => (role.kind === 'skipped' ? [role.warning] : []));
  const parses = monthlyRoles.map((role) => parseMonthlySheet(role.sheet, role.layout));
  requireDistinctMonths(parses);
  const year = mostCommon(parses.map((parse) => parse.year)) as number;

  const reconciliations: SheetReconciliation[] = [];
  monthlyRoles.forEach((role, i) => {
    const parse = parses[i] as MonthlySheetParse;
    warnings.push(...parse.warnings, ...missingColumnWarnings(role));
    if (parse.year !== year) {
      warnings.push(`La hoja «${parse.sheet}» es de ${describePeriod(parse.year, parse.month)}, otro año que el del libro (${year}); sus filas conservan su año.`);
    }
    reconciliations.push(reconcileMonthlyTotal(parse, role.layout.columns.columnOf.fiscalizada as number));
  });

  const monthlyRows: AnhMonthlyRow[] = parses.flatMap((parse) => parse.rows);
  const rejects: AnhReject[] = parses.flatMap((parse) => parse.rejects);
  let summaryRows: AnhSummaryRow[] = [];
  if (summaryRole) {
    const summary = parseSummarySheet(summaryRole.sheet, summaryRole.layout, year);
    summaryRows = summary.rows;
    rejects.push(...summary.rejects);
    warnings.push(...summary.warnings);
    reconciliations.push(...crossCheckSummary(summary.sheet, summary.rows, parses));
    const summarised = new Set(summary.rows.map((row) => toPeriod(row.year, row.month)));
    for (const parse of parses) {
      if (!summarised.has(toPeriod(parse.year, parse.month))) {
        warnings.push(`El resumen «${summary.sheet}» no trae ${describePeriod(parse.year, parse.month)}, que sí tiene hoja mensual.`);
      }
    }
  } else {
    warnings.push('El libro no tiene la hoja de resumen por campo (MPCPD); solo se cargaron las hojas mensuales.');
  }

  return { year, monthlyRows, summaryRows, rejects, reconciliations, warnings };
}

function requireGasMonthlySheets(monthlyRoles: readonly MonthlyRole[], hasSummary: boolean, sheetCount: number): void {
  if (monthlyRoles.length === 0) {
    if (hasSummary) {
      throw new AnhWorkbookError(
        'no-monthly-sheets',
        'El libro tiene el resumen por campo pero ninguna hoja mensual con las columnas «CAMPO» y «PRODUCCION FISCALIZADA»: no hay volúmenes que cargar.',
      );
    }
    throw new AnhWorkbookError(
      'not-anh-production',
      sheetCount === 0
        ? 'El libro no tiene hojas.'
        : 'El archivo no parece un libro de producción fiscalizada de gas de la ANH: ninguna hoja tiene las columnas «CAMPO» y «PRODUCCION FISCALIZADA».',
    );
  }
  if (!monthlyRoles.some((role) => isGasSheet(role.sheet, role.layout))) {
    throw new AnhWorkbookError(
      'not-anh-production',
      'El libro tiene producción fiscalizada por campo, pero no de gas (ninguna columna de balance de gas ni título de gas): ¿es el libro de crudo?',
    );
  }
}

function requireDistinctMonths(parses: readonly MonthlySheetParse[]): void {
  const seen = new Map<string, string>();
  for (const parse of parses) {
    const period = toPeriod(parse.year, parse.month);
    const other = seen.get(period);
    if (other !== undefined) {
      throw new AnhWorkbookError(
        'duplicate-month',
        `Las hojas «${other}» y «${parse.sheet}» son ambas de ${describePeriod(parse.year, parse.month)}: no se sabe cuál cargar. Corrija el archivo.`,
        parse.sheet,
      );
    }
    seen.set(period, parse.sheet);
  }
}

const OPTIONAL_COLUMNS: readonly MonthlyColumn[] = ['year', 'month', 'contract', 'gasLift', 'reinyectado', 'quemado', 'consumoCampo', 'enviadoPlanta', 'transformado', 'entregadoGasoductos'];

function missingColumnWarnings(role: MonthlyRole): string[] {
  const { columnOf, duplicates, headerTexts } = role.layout.columns;
  const warnings: string[] = [];
  const missing = OPTIONAL_COLUMNS.filter((column) => columnOf[column] === undefined).map((column) => monthlyColumnLabels[column]);
  if (missing.length > 0) {
    warnings.push(`La hoja «${role.sheet.name}» no tiene ${missing.length === 1 ? 'la columna' : 'las columnas'} ${missing.map((label) => `«${label}»`).join(', ')}: esos datos quedan vacíos.`);
  }
  for (const duplicate of duplicates) {
    warnings.push(`La hoja «${role.sheet.name}» repite el encabezado «${headerTexts.get(duplicate.column) ?? ''}»; se usa la primera columna.`);
  }
  return warnings;
}
