/** Periods are calendar months written `YYYY-MM`; years are plain numbers. */
export type Period = `${number}-${number}`;

export const periodPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(text: string): text is Period {
  return periodPattern.test(text);
}

export function toPeriod(year: number, month: number): Period {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as Period;
}

export function parsePeriod(period: string): { year: number; month: number } {
  const match = periodPattern.exec(period);
  if (!match) throw new RangeError(`Periodo inválido: "${period}" (se espera AAAA-MM)`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** Days in a calendar month; a daily rate of a month is its volume divided by this. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function daysInPeriod(period: string): number {
  const { year, month } = parsePeriod(period);
  return daysInMonth(year, month);
}

export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const monthNamesEs = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] as const;
