import { monthNamesEs } from '../../../../../src-shared/domain/period';
import type { Cell } from '../../../xlsx';
import { foldText } from '../../../text/fold-text';

const MONTH_SPELLINGS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['ENERO', 'ENE', 'JAN']],
  [2, ['FEBRERO', 'FEB']],
  [3, ['MARZO', 'MAR']],
  [4, ['ABRIL', 'ABR', 'APR']],
  [5, ['MAYO', 'MAY']],
  [6, ['JUNIO', 'JUN']],
  [7, ['JULIO', 'JUL']],
  [8, ['AGOSTO', 'AGO', 'AUG']],
  [9, ['SEPTIEMBRE', 'SETIEMBRE', 'SEPT', 'SEP', 'SET']],
  [10, ['OCTUBRE', 'OCT']],
  [11, ['NOVIEMBRE', 'NOV']],
  [12, ['DICIEMBRE', 'DIC', 'DEC']],
];

const MONTH_BY_SPELLING = new Map(MONTH_SPELLINGS.flatMap(([month, spellings]) => spellings.map((spelling) => [spelling, month] as const)));
const ALTERNATIVES = [...MONTH_BY_SPELLING.keys()].sort((a, b) => b.length - a.length).join('|');
/** A month name, optionally followed by a year: "ENERO", "JuLio", "SEP", "enero-24", "ENE 2013", "enero de 2024". */
const MONTH_TEXT = new RegExp(`^(${ALTERNATIVES})\\.?(?:[\\s\\-_/.]*(?:DE\\s+|DEL\\s+)?(\\d{4}|\\d{2}))?$`);

export interface MonthAndYear {
  readonly month: number;
  /** Four-digit year; two-digit suffixes ("-24") are read as 20xx. Null when the text has none. */
  readonly year: number | null;
}

export function parseMonthText(text: string): MonthAndYear | null {
  const match = MONTH_TEXT.exec(foldText(text));
  if (!match) return null;
  const month = MONTH_BY_SPELLING.get(match[1] as string);
  if (month === undefined) return null;
  const digits = match[2];
  const year = digits === undefined ? null : digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  return { month, year };
}

/** A month column header of the summary sheet: a month name or a real date. */
export function monthOfHeaderCell(cell: Cell | undefined): MonthAndYear | null {
  const value = cell?.value;
  if (value instanceof Date) return { month: value.getUTCMonth() + 1, year: value.getUTCFullYear() };
  if (typeof value === 'string') return parseMonthText(value);
  return null;
}

/** "agosto de 2024", for messages. */
export function describePeriod(year: number, month: number): string {
  return `${monthNamesEs[month - 1] ?? `mes ${month}`} de ${year}`;
}
