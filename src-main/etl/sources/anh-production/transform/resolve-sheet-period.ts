import { AnhWorkbookError } from './anh-workbook-error';
import { describePeriod, parseMonthText, type MonthAndYear } from './month-names';

export interface SheetPeriodEvidence {
  readonly sheetName: string;
  /** Texts above the header row ("enero de 2024"). */
  readonly titleTexts: readonly string[];
  /** AÑO and MES values of the data rows that have them. */
  readonly yearsInCells: readonly number[];
  readonly monthsInCells: readonly number[];
}

export interface SheetPeriod {
  readonly year: number;
  readonly month: number;
  readonly warnings: readonly string[];
}

/**
 * The month a sheet holds. The AÑO/MES cells are the data and win; then the sheet's month name, then
 * the title line. The sheet name's year suffix is the least trusted: one year's January sheet carries
 * the next year's suffix. Disagreements are reported, never silently resolved.
 */
export function resolveSheetPeriod(evidence: SheetPeriodEvidence): SheetPeriod {
  const fromName = parseMonthText(evidence.sheetName.replace(/\s+$/, ''));
  const fromTitle = evidence.titleTexts.map(parseTitle).find((found) => found !== null) ?? null;
  const cellMonth = mostCommon(evidence.monthsInCells);
  const cellYear = mostCommon(evidence.yearsInCells);

  const month = cellMonth ?? fromName?.month ?? fromTitle?.month ?? null;
  const year = cellYear ?? fromTitle?.year ?? fromName?.year ?? null;
  if (month === null || year === null) {
    throw new AnhWorkbookError(
      'unknown-period',
      `No se pudo saber de qué mes es la hoja «${evidence.sheetName}»: no tiene valores en AÑO/MES, y ni su nombre ni su título indican ${month === null ? 'el mes' : 'el año'}.`,
      evidence.sheetName,
    );
  }

  const warnings: string[] = [];
  const here = describePeriod(year, month);
  if (fromName && fromName.month !== month) {
    warnings.push(`La hoja «${evidence.sheetName}» lleva el nombre de otro mes, pero sus filas son de ${here}: se usa ${here}.`);
  } else if (fromName?.year != null && fromName.year !== year) {
    warnings.push(`La hoja «${evidence.sheetName}» lleva el sufijo de ${fromName.year}, pero sus filas son de ${here}: se usa ${year}.`);
  }
  if (fromTitle && (fromTitle.month !== month || (fromTitle.year !== null && fromTitle.year !== year))) {
    warnings.push(`El título de la hoja «${evidence.sheetName}» indica ${describePeriod(fromTitle.year ?? year, fromTitle.month)}, pero sus filas son de ${here}.`);
  }
  return { year, month, warnings };
}

/** "enero de 2024" (a title line); longer texts such as the agency name are not titles. */
function parseTitle(text: string): MonthAndYear | null {
  const found = parseMonthText(text);
  return found && found.year !== null ? found : null;
}

/** The most frequent value (ties: the one seen first), or null for none. */
export function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
