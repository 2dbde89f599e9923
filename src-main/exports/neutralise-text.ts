/**
 * Characters that make a spreadsheet read a text cell as a formula or a command ("CSV injection"):
 * `=`, `+`, `-`, `@`, and a leading tab or carriage return, which some programs strip before
 * looking at the next character.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;

/**
 * A text value made safe to open: a leading formula trigger gets an apostrophe in front (Excel's own
 * "this is text" mark), and text longer than a cell can hold is cut with an ellipsis. Only text goes
 * through here: a negative number is a number and stays one.
 */
export function neutraliseText(text: string): string {
  const safe = FORMULA_TRIGGER.test(text) ? `'${text}` : text;
  return safe.length > MAX_CELL_TEXT ? `${safe.slice(0, MAX_CELL_TEXT - 1)}…` : safe;
}
