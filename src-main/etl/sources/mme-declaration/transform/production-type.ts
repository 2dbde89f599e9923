import type { DeclarationProductionType } from '../../../../../src-shared/contract/declaration';
import { foldText } from '../../../text/fold-text';

/**
 * The production type of a data row, from the text the sheet writes: "PTDV", "PC- Exportaciones",
 * "PP (DECLARADO POR EL OPERADOR DEL CAMPO)", "GAS OPERACIÓN", "CIDV - <operador>", or the same spelled
 * out. Null for anything else: the row is rejected with its text rather than filed under a guess.
 */
export function normaliseProductionType(text: string): DeclarationProductionType | null {
  const folded = foldText(text);
  if (/^PTDV\b/.test(folded) || folded.startsWith('PRODUCCION TOTAL DISPONIBLE')) return 'PTDV';
  if (/^CIDV\b/.test(folded) || folded.startsWith('CANTIDADES IMPORTADAS')) return 'CIDV';
  if (/^PC\b/.test(folded) || folded.startsWith('PRODUCCION COMPROMETIDA')) return 'PC';
  if (/^PP\b/.test(folded) || folded.startsWith('POTENCIAL DE PRODUCCION')) return 'PP';
  if (/^GAS (DE )?OPERACION\b/.test(folded)) return 'GAS_OPERACION';
  return null;
}

/** Rows whose operator cell starts with ESTADO hold the State's share ("ESTADO - ECOPETROL S.A."). */
export function stateShareOperator(operatorText: string): { isStateShare: boolean; operator: string } {
  const match = /^\s*ESTADO\b\s*(?:[-–—:(]\s*)?(.*?)\)?\s*$/i.exec(operatorText.normalize('NFC'));
  if (!match) return { isStateShare: false, operator: operatorText.trim() };
  const from = (match[1] ?? '').trim();
  // "ESTADO" alone is the State itself; "ESTADO - X" is the State's share of X's participation.
  return { isStateShare: true, operator: from === '' ? 'ESTADO' : from };
}
