import { foldText } from './fold-text';

/** A dot right after a letter is an abbreviation dot: "S.A." → "SA", "CORP." → "CORP", "LTDA." → "LTDA". */
const ABBREVIATION_DOT = /(\p{L})\./gu;
/** Company-type initials written with spaces once the dots are gone: "S A S" → "SAS", "S A" → "SA". */
const SPACED_COMPANY_TYPE = /(^| )(S A S|S A|E S P|S C A)(?= |$)/g;

/**
 * The grouping key of an operator, field or contract name, so that the spellings ANH mixes across
 * months and years count as one: upper case, no accents, single spaces, abbreviation dots dropped
 * (also the trailing one), commas read as spaces, and company-type initials unified.
 * "Ecopetrol S.A", "ECOPETROL S.A." and "ECOPETROL SA" → "ECOPETROL SA";
 * "CNE OIL & GAS S A S" and "CNE Oil & Gas S.A.S." → "CNE OIL & GAS SAS".
 * The key is for matching only; the name shown to analysts stays as the source wrote it.
 */
export function nameKey(text: string): string {
  const folded = foldText(text).replace(ABBREVIATION_DOT, '$1').replace(/,/g, ' ').replace(/ +/g, ' ').trim();
  return folded.replace(SPACED_COMPANY_TYPE, (_whole, before: string, initials: string) => before + initials.replace(/ /g, '')).replace(/[.\s]+$/, '');
}
