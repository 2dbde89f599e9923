import type { RejectToStore } from '../../../load/lineage';
import { foldText } from '../../../text/fold-text';
import { nameKey } from '../../../text/name-key';
import type { DeclarationFieldSheet } from '../types';
import type { SheetDataRow } from './field-sheet-rows';

export interface FieldSheetRows {
  readonly fieldSheet: DeclarationFieldSheet;
  readonly rows: readonly SheetDataRow[];
}

export interface RepeatedDeclarations {
  /** The same sheets, without the rows that repeat an earlier declaration. */
  readonly sheets: readonly FieldSheetRows[];
  /** One per row left out, with its figures, so nothing declared is lost from view. */
  readonly rejects: readonly RejectToStore[];
  /** One per sheet with repeats inside it, one per pair of sheets declaring the same field. */
  readonly warnings: readonly string[];
}

interface Repeat {
  readonly sheet: FieldSheetRows;
  readonly row: SheetDataRow;
  readonly first: { readonly sheet: FieldSheetRows; readonly row: SheetDataRow };
  readonly sameFigures: boolean;
}

/** Enough rows named for the analyst to find them; the count says how many there are in all. */
const MAX_EXAMPLES = 5;

/**
 * A soporte declares one row per operator and production type of a field (and contract): the State's
 * share of an operator is a row of its own, and the PC lines are told apart by their text ("PC-
 * Exportaciones", "PC- Refinería de Cartagena"). A second row with the same field, contract, operator
 * and production type text, in the same sheet or in another one, would be added to the first by every
 * total, doubling what the field can offer. The first row is loaded and the repeat left out (kept as a
 * reject with its figures), whether its figures agree or not: when they differ, nothing in the file
 * says which is right, and adding both is the one answer that is surely wrong.
 *
 * Sheets of one field with different contracts (`VIGIA SUR - 1`, `VIGIA SUR - 2`) are distinct
 * declarations and are all loaded.
 */
export function dropRepeatedDeclarations(sheets: readonly FieldSheetRows[]): RepeatedDeclarations {
  const firstOf = new Map<string, { sheet: FieldSheetRows; row: SheetDataRow }>();
  const repeats: Repeat[] = [];
  const kept = sheets.map((sheet) => {
    const rows = sheet.rows.filter((row) => {
      const key = declarationKey(sheet.fieldSheet, row);
      const first = firstOf.get(key);
      if (first === undefined) {
        firstOf.set(key, { sheet, row });
        return true;
      }
      repeats.push({ sheet, row, first, sameFigures: sameFigures(first.row, row) });
      return false;
    });
    return rows.length === sheet.rows.length ? sheet : { ...sheet, rows };
  });
  return { sheets: kept, rejects: repeats.map(rejectOf), warnings: [...insideSheetWarnings(repeats), ...acrossSheetWarnings(repeats)] };
}

function declarationKey(fieldSheet: DeclarationFieldSheet, row: SheetDataRow): string {
  const contract = fieldSheet.contract === null ? null : nameKey(fieldSheet.contract);
  return JSON.stringify([nameKey(fieldSheet.field), contract, nameKey(row.operator), row.isStateShare, foldText(row.productionTypeText)]);
}

function sameFigures(a: SheetDataRow, b: SheetDataRow): boolean {
  return a.values.length === b.values.length && a.values.every((value, i) => value.period === b.values[i]?.period && value.gbtud === b.values[i]?.gbtud);
}

function rejectOf(repeat: Repeat): RejectToStore {
  const { sheet, row, first } = repeat;
  const figures = repeat.sameFigures ? 'con las mismas cifras' : 'con cifras distintas';
  const reason =
    first.sheet === sheet
      ? `Repite la fila ${first.row.row} (${declaredAs(row)}), ${figures}: se carga la fila ${first.row.row}`
      : `Repite la fila ${first.row.row} de la hoja «${first.sheet.fieldSheet.sheet}» (campo «${sheet.fieldSheet.field}», ${declaredAs(row)}), ${figures}: se cargan las cifras de esa hoja`;
  const raw: Record<string, unknown> = {
    CAMPO: sheet.fieldSheet.field,
    CONTRATO: sheet.fieldSheet.contract,
    OPERADOR: row.isStateShare ? `ESTADO - ${row.operator}` : row.operator,
    TIPO: row.productionTypeText,
  };
  for (const value of row.values) raw[value.period] = value.gbtud;
  return { sheet: sheet.fieldSheet.sheet, row: row.row, reasonCode: first.sheet === sheet ? 'repeated-row' : 'repeated-in-other-sheet', reason, raw };
}

function insideSheetWarnings(repeats: readonly Repeat[]): string[] {
  const bySheet = groupBy(repeats.filter((r) => r.first.sheet === r.sheet), (r) => r.sheet.fieldSheet.sheet);
  return [...bySheet].map(([sheetName, inSheet]) => {
    const field = (inSheet[0] as Repeat).sheet.fieldSheet.field;
    if (inSheet.length === 1) {
      const only = inSheet[0] as Repeat;
      return (
        `La hoja «${sheetName}» (campo «${field}») declara dos veces ${declaredAs(only.row)}, en las filas ${only.first.row.row} y ${only.row.row} ` +
        `${only.sameFigures ? 'con las mismas cifras' : 'con cifras distintas'}: se carga la fila ${only.first.row.row} y se omite la ${only.row.row}.`
      );
    }
    const examples = inSheet.slice(0, MAX_EXAMPLES).map((r) => `la ${r.row.row} repite la ${r.first.row.row} (${declaredAs(r.row)}, ${r.sameFigures ? 'mismas cifras' : 'cifras distintas'})`);
    return (
      `La hoja «${sheetName}» (campo «${field}») declara dos veces la misma operadora y tipo de producción en ${inSheet.length} filas: ` +
      `${examples.join('; ')}${more(inSheet.length)}. Se carga la primera de cada par y se omiten las repetidas.`
    );
  });
}

function acrossSheetWarnings(repeats: readonly Repeat[]): string[] {
  const byPair = groupBy(repeats.filter((r) => r.first.sheet !== r.sheet), (r) => JSON.stringify([r.first.sheet.fieldSheet.sheet, r.sheet.fieldSheet.sheet]));
  return [...byPair.values()].map((pair) => {
    const { sheet, first } = pair[0] as Repeat;
    const { field, contract } = sheet.fieldSheet;
    const distinct = pair.filter((r) => !r.sameFigures).length;
    const figures = distinct === 0 ? 'con las mismas cifras' : distinct === pair.length ? 'con cifras distintas' : `${distinct} de ellas con cifras distintas`;
    const rows = pair.length === 1 ? `se omite la fila repetida ${(pair[0] as Repeat).row.row}` : `se omiten las ${pair.length} filas repetidas (${pair.map((r) => r.row.row).join(', ')})`;
    return (
      `El campo «${field}»${contract === null ? '' : ` (contrato «${contract}»)`} está declarado en dos hojas, «${first.sheet.fieldSheet.sheet}» y «${sheet.fieldSheet.sheet}»: ` +
      `se cargan las cifras de «${first.sheet.fieldSheet.sheet}» y ${rows} de «${sheet.fieldSheet.sheet}», ${figures}.`
    );
  });
}

function declaredAs(row: SheetDataRow): string {
  return `${row.isStateShare ? `la participación del Estado de ${row.operator}` : row.operator} con «${row.productionTypeText}»`;
}

function more(count: number): string {
  return count > MAX_EXAMPLES ? ` y ${count - MAX_EXAMPLES} más` : '';
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
