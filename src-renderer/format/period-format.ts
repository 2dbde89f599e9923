import { monthNamesEs, parsePeriod } from '../../src-shared/domain/period';

/** `2024-03` → `mar 2024`: axis labels and compact ranges. */
export function formatPeriodShort(period: string): string {
  const { year, month } = parsePeriod(period);
  return `${monthName(month).slice(0, 3)} ${year}`;
}

/** `2024-03` → `marzo de 2024`: tooltips and sentences. */
export function formatPeriodLong(period: string): string {
  const { year, month } = parsePeriod(period);
  return `${monthName(month)} de ${year}`;
}

/** `ene 2024 – oct 2025`; one month prints once. */
export function formatPeriodRange(from: string, to: string): string {
  return from === to ? formatPeriodShort(from) : `${formatPeriodShort(from)} – ${formatPeriodShort(to)}`;
}

function monthName(month: number): string {
  const name = monthNamesEs[month - 1];
  if (!name) throw new RangeError(`Mes fuera de rango: ${month}`);
  return name;
}
