import { cellText, type SheetRow } from '../../../xlsx';
import { foldText } from '../../../text/fold-text';

/** Lines that close a sheet's data: the TOTAL (MPC) row, PROMEDIO DIARIO, the Fuente:/Nota line, ANH's N.D. legend. */
export type FooterKind = 'total' | 'daily-average' | 'source' | 'note' | 'not-defined-legend';

/**
 * Classifies a row by its first text. A footer label sits where no field name is (it is merged across
 * the descriptive columns), so a row whose field cell holds something else is never a footer: a field
 * that happens to be called "TOTAL…" stays data.
 */
export function footerKindOf(row: SheetRow, fieldColumn: number): FooterKind | null {
  const labelCell = row.cells.find((cell) => typeof cell.value === 'string' && cell.value.trim() !== '');
  if (!labelCell) return null;
  const label = foldText(cellText(labelCell));
  const fieldText = foldText(cellText(row.cell(fieldColumn)));
  if (fieldText !== '' && fieldText !== label) return null;
  if (label.startsWith('TOTAL')) return 'total';
  if (label.startsWith('PROMEDIO')) return 'daily-average';
  if (label.startsWith('FUENTE')) return 'source';
  if (label.startsWith('NOTA') || label.startsWith('*')) return 'note';
  if (/^N\.?\s?D\.?\s*[=:]/.test(label) || label.includes('NO DEFINIDO')) return 'not-defined-legend';
  return null;
}
