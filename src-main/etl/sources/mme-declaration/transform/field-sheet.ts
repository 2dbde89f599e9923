import { EtlError } from '../../../etl-error';
import { cellText } from '../../../xlsx/cell-values';
import type { Worksheet } from '../../../xlsx/types';
import type { RejectToStore } from '../../../load/lineage';
import type { DeclarationFieldSheet } from '../types';
import { readDeclaredNumber } from './declared-number';
import { findYearHeaders, HEADER_SEARCH_ROWS, readFieldSheetGrid } from './field-sheet-grid';
import { readFieldSheetRows, type SheetDataRow } from './field-sheet-rows';
import { findHeaderLabels, type LabelledValue } from './header-labels';
import { findRowColumns } from './row-columns';

export type FieldSheetRead =
  | {
      readonly kind: 'field';
      readonly fieldSheet: DeclarationFieldSheet;
      readonly rows: readonly SheetDataRow[];
      readonly rejects: readonly RejectToStore[];
      readonly warnings: readonly string[];
      readonly firstYear: number;
      readonly lastYear: number;
    }
  | { readonly kind: 'other'; readonly reason: string };

/** Natural gas is 900–1,300 BTU/PC; outside this band the cell holds something else (or another unit). */
const PLAUSIBLE_BTU_PER_CF = { min: 300, max: 3000 };

/**
 * Reads one sheet if it is a field sheet: `PODER CALORIFICO` among its header labels and `YYYY - Año N
 * (GBTUD)` year headers. A sheet with neither is something else (instructions, lists, a summary) and is
 * reported as skipped; a sheet with one anchor but not the other is a field sheet whose layout changed,
 * which fails the workbook with a message naming what is missing.
 */
export function readFieldSheet(sheet: Worksheet): FieldSheetRead {
  const years = findYearHeaders(sheet);
  const labels = findHeaderLabels(sheet, years?.row ?? HEADER_SEARCH_ROWS);
  if (!years) {
    if (labels.heatingValue) {
      throw new EtlError(
        'missing-year-headers',
        `La hoja «${sheet.name}» tiene «${labels.heatingValue.label}» pero no los encabezados de año «AAAA - Año N (GBTUD)» en sus primeras ${HEADER_SEARCH_ROWS} filas: ¿cambió el formato del soporte magnético?`,
      );
    }
    return { kind: 'other', reason: 'no tiene «PODER CALORIFICO» ni encabezados «AAAA - Año N (GBTUD)»' };
  }
  if (!labels.heatingValue) {
    if (labels.field) {
      throw new EtlError(
        'missing-heating-value-label',
        `La hoja «${sheet.name}» tiene «${labels.field.label}» y los años pero no la etiqueta «PODER CALORIFICO (BTU/PC)» encima de la fila ${years.row}`,
      );
    }
    return { kind: 'other', reason: 'tiene años pero no los datos de un campo (CAMPO, PODER CALORIFICO): parece un resumen' };
  }

  const warnings: string[] = [];
  const grid = readFieldSheetGrid(sheet, years.row, years.years);
  warnings.push(...grid.warnings);

  const field = textOf(labels.field) ?? fieldFromSheetName(sheet.name);
  if (!textOf(labels.field)) warnings.push(`La hoja «${sheet.name}» no trae el nombre del CAMPO: se toma del nombre de la hoja («${field}»)`);
  const heating = readHeatingValue(sheet.name, labels.heatingValue, warnings);
  const fieldOperator = textOf(labels.fieldOperator);
  const fieldSheet: DeclarationFieldSheet = {
    sheet: sheet.name,
    field,
    fieldOperator,
    contract: textOf(labels.contract),
    heatingValueBtuPerCf: heating.value,
    heatingValueCell: heating.cell,
  };

  if (!hasAnyData(sheet, grid.monthRow)) {
    warnings.push(`La hoja «${sheet.name}» (${field}) no tiene filas de datos`);
    return { kind: 'field', fieldSheet, rows: [], rejects: [], warnings, firstYear: grid.firstYear, lastYear: grid.lastYear };
  }
  const columns = findRowColumns(sheet, grid);
  const read = readFieldSheetRows(sheet, grid, columns, fieldOperator);
  warnings.push(...read.warnings);
  return { kind: 'field', fieldSheet, rows: read.rows, rejects: read.rejects, warnings, firstYear: grid.firstYear, lastYear: grid.lastYear };
}

function textOf(labelled: LabelledValue | undefined): string | null {
  const text = labelled?.cell ? cellText(labelled.cell) : '';
  return text === '' ? null : text;
}

/** "VIGIA SUR - 1" → "VIGIA SUR": the suffix numbers sheets of fields with several contracts. */
function fieldFromSheetName(name: string): string {
  return name.replace(/\s*-\s*\d+\s*$/, '').trim() || name.trim();
}

function readHeatingValue(sheetName: string, labelled: LabelledValue, warnings: string[]): { value: number | null; cell: string | null } {
  if (!labelled.cell) {
    warnings.push(`La hoja «${sheetName}» no declara el poder calorífico (${labelled.labelCell}): la conversión a MPCD usará el valor supuesto`);
    return { value: null, cell: null };
  }
  const read = readDeclaredNumber(labelled.cell);
  if (read.kind === 'number' && read.value >= PLAUSIBLE_BTU_PER_CF.min && read.value <= PLAUSIBLE_BTU_PER_CF.max) {
    return { value: read.value, cell: labelled.cell.ref };
  }
  const shown = read.kind === 'number' ? String(read.value) : read.kind === 'invalid' ? read.text : '(vacío)';
  warnings.push(
    `La hoja «${sheetName}» declara un poder calorífico no válido en ${labelled.cell.ref} («${shown}», se esperan ${PLAUSIBLE_BTU_PER_CF.min}–${PLAUSIBLE_BTU_PER_CF.max} BTU/PC): la conversión a MPCD usará el valor supuesto`,
  );
  return { value: null, cell: labelled.cell.ref };
}

function hasAnyData(sheet: Worksheet, monthRow: number): boolean {
  return sheet.rows.some((row) => row.rowNumber > monthRow && row.cells.some((cell) => typeof cell.value === 'number' || cellText(cell) !== ''));
}
