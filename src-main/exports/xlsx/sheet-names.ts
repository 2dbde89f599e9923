/** Excel refuses sheet names over 31 characters, with any of `[]:*?/\`, or starting/ending with `'`. */
export const MAX_SHEET_NAME = 31;

/**
 * A valid sheet name, unique in the workbook (Excel compares names ignoring case): forbidden characters
 * become (single) spaces, long names are cut, and a repeat gets ` (2)`, ` (3)`… within the limit.
 */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim() || 'Hoja';
  let candidate = clean.slice(0, MAX_SHEET_NAME).trim();
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = `${clean.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
