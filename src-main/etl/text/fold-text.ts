const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Any run of whitespace, including line breaks inside header cells and non-breaking spaces. */
const WHITESPACE_RUN = /[\s\u00a0\u2007\u202f]+/g;

/**
 * Text folded for comparison: accents removed (Á → A, Ñ → N), upper case, every whitespace run (line
 * breaks, tabs, non-breaking spaces) turned into one space, trimmed. "Producción \r\nFiscalizada" and
 * "PRODUCCION FISCALIZADA" fold to the same text.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toUpperCase().replace(WHITESPACE_RUN, ' ').trim();
}

/** A header cell folded for matching: `foldText` plus no trailing or leading `*` footnote marks. */
export function foldHeader(text: string): string {
  return foldText(text).replace(/^[*\s]+|[*\s]+$/g, '');
}
