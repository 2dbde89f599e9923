/**
 * The comparison key of a territory name: what is left once the spelling drift between agencies is
 * removed. `Nariño`, `NARIÑO` and `NARINO` share a key; `Bogotá D.C.`, `BOGOTÁ, D.C.` and `BOGOTA DC`
 * too. It only erases case, accents, punctuation and spacing — never letters — so two different
 * names never collapse into one key by accident; everything else is the alias table's job.
 */
export function territoryKey(rawName: string): string {
  return (
    rawName
      // NFD splits Á into A + U+0301 and Ñ into N + U+0303, so removing the marks leaves the base letter.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toUpperCase()
      // Dots are dropped rather than spaced so abbreviations stay one word: D.C. → DC, N.D. → ND.
      .replace(/\./g, '')
      // Commas, hyphens, slashes, parentheses, non-breaking spaces…: all mere separators.
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}
