import ExcelJS from 'exceljs';
import type { Cell, CellValue, Worksheet } from '../../src-main/etl/xlsx';

/** One cell as exceljs reads it, reduced to the shape our reader returns. */
export interface ReferenceCell {
  readonly ref: string;
  readonly value: CellValue;
  readonly formula: string | null;
  readonly error: string | null;
  /** exceljs leaves `result` undefined when a formula's cached value is 0 (it tests truthiness). */
  readonly formulaResultMissing: boolean;
}

export async function loadWithExceljs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Every non-empty cell of an exceljs sheet except the covered cells of merged areas. */
export function referenceCells(sheet: ExcelJS.Worksheet): ReferenceCell[] {
  const cells: ReferenceCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      // exceljs repeats a merged area's value in every covered cell; the file stores it once.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const reference = toReference(cell);
      if (reference) cells.push(reference);
    });
  });
  return cells;
}

function toReference(cell: ExcelJS.Cell): ReferenceCell | null {
  const raw = cell.value as unknown;
  const base = { ref: cell.address, formula: null, error: null, formulaResultMissing: false };
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'object' || raw instanceof Date) return { ...base, value: raw as CellValue };
  const object = raw as Record<string, unknown>;
  if (Array.isArray(object['richText'])) {
    return { ...base, value: (object['richText'] as { text: string }[]).map((run) => run.text).join('') };
  }
  if ('formula' in object || 'sharedFormula' in object) {
    const result = object['result'];
    const resultError = result && typeof result === 'object' && 'error' in result ? String((result as { error: unknown }).error) : null;
    return {
      ...base,
      formula: cell.formula,
      value: resultError !== null || result === undefined ? null : (result as CellValue),
      error: resultError,
      formulaResultMissing: result === undefined,
    };
  }
  if ('error' in object) return { ...base, value: null, error: String(object['error']) };
  if ('text' in object) return { ...base, value: String(object['text']) };
  throw new Error(`Valor de exceljs no previsto en ${cell.address}: ${JSON.stringify(raw)}`);
}

/** Differences between our cell and exceljs's, as readable lines ("H240: valor 0 ≠ …"). */
export function compareCells(ours: Cell | undefined, reference: ReferenceCell): string[] {
  const problems: string[] = [];
  const ourValue = ours?.value ?? null;
  const sameValue =
    ourValue instanceof Date && reference.value instanceof Date
      ? ourValue.getTime() === reference.value.getTime()
      : ourValue === reference.value || (reference.formulaResultMissing && (ourValue === 0 || ourValue === null));
  if (!sameValue) problems.push(`${reference.ref}: valor ${String(ourValue)} ≠ exceljs ${String(reference.value)}`);
  if ((ours?.formula ?? null) !== reference.formula) {
    problems.push(`${reference.ref}: fórmula ${String(ours?.formula)} ≠ exceljs ${String(reference.formula)}`);
  }
  if ((ours?.error ?? null) !== reference.error) problems.push(`${reference.ref}: error ${String(ours?.error)} ≠ exceljs ${reference.error}`);
  return problems;
}

/** Cell-by-cell comparison of a whole sheet, both ways (no cell of ours that exceljs lacks). */
export function compareSheet(ours: Worksheet, reference: ExcelJS.Worksheet): { compared: number; problems: string[] } {
  const references = referenceCells(reference);
  const problems = references.flatMap((cell) => compareCells(ours.cell(cell.ref), cell));
  const known = new Set(references.map((cell) => cell.ref));
  for (const row of ours.rows) {
    for (const cell of row.cells) {
      if (!known.has(cell.ref) && !(cell.value === null && cell.formula === null)) problems.push(`${cell.ref}: solo en nuestra lectura (${String(cell.value)})`);
    }
  }
  return { compared: references.length, problems };
}
