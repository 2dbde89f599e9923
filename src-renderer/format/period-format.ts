import { monthNamesEs, parsePeriod } from '../../src-shared/domain/period';
import type { Language } from '../i18n/define-messages';

const monthNamesEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** `2024-03` → `mar 2024` (`Mar 2024` in English): axis labels and compact ranges. */
export function formatPeriodShort(period: string, language: Language = 'es'): string {
  const { year, month } = parsePeriod(period);
  return `${monthName(month, language).slice(0, 3)} ${year}`;
}

/** `2024-03` → `marzo de 2024` (`March 2024`): tooltips and sentences. */
export function formatPeriodLong(period: string, language: Language = 'es'): string {
  const { year, month } = parsePeriod(period);
  return language === 'es' ? `${monthName(month, language)} de ${year}` : `${monthName(month, language)} ${year}`;
}

/** `ene 2024 – oct 2025`; one month prints once. */
export function formatPeriodRange(from: string, to: string, language: Language = 'es'): string {
  return from === to ? formatPeriodShort(from, language) : `${formatPeriodShort(from, language)} – ${formatPeriodShort(to, language)}`;
}

/** Month 1..12 → `ene` / `Jan`: the category axis of a year-over-year chart. */
export function formatMonthShort(month: number, language: Language = 'es'): string {
  return monthName(month, language).slice(0, 3);
}

/** Month 1..12 → `enero` / `January`. */
export function monthName(month: number, language: Language = 'es'): string {
  const name = (language === 'es' ? monthNamesEs : monthNamesEn)[month - 1];
  if (!name) throw new RangeError(`Mes fuera de rango: ${month}`);
  return name;
}

/**
 * A stored timestamp as an analyst reads it, in Colombia's time zone whatever the laptop's: `30/11/2026
 * 07:08`. Invalid input is returned as is rather than shown as "Invalid Date".
 */
export function formatTimestamp(iso: string, language: Language = 'es'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'es' ? 'es-CO' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'America/Bogota',
  }).format(date);
}
