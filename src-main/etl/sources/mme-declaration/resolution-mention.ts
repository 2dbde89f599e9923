import { foldText } from '../../text/fold-text';
import type { DeclarationPeriodRef, ResolutionRef } from './types';

/**
 * Reads resolution numbers, dates and declaration periods out of the texts MinEnergía writes them in:
 * link titles ("Resolución No. 00739 del 28 de mayo de 2025", "Resolución 31 132 del 30 de marzo de
 * 2016.", "Resolución 00120 del 28 de Junio 2021") and file names ("Res_31_289_del_3Jun2015_…",
 * "RESOLUCION_NUMERO_00940_DE_2022.pdf", or the names Caudal archives downloads under).
 */

const MONTHS: Readonly<Record<string, number>> = {
  ENE: 1, ENERO: 1, FEB: 2, FEBRERO: 2, MAR: 3, MARZO: 3, ABR: 4, ABRIL: 4, MAY: 5, MAYO: 5, JUN: 6, JUNIO: 6,
  JUL: 7, JULIO: 7, AGO: 8, AGOSTO: 8, SEP: 9, SEPT: 9, SET: 9, SEPTIEMBRE: 9, SETIEMBRE: 9, OCT: 10, OCTUBRE: 10,
  NOV: 11, NOVIEMBRE: 11, DIC: 12, DICIEMBRE: 12,
};

/** Spanish month name or abbreviation ("mayo", "Jun", "Dic.", "setiembre") → 1–12. */
export function spanishMonthNumber(name: string): number | null {
  return MONTHS[foldText(name).replace(/\.$/, '')] ?? null;
}

/** Underscores and dots between words read as spaces, so file names parse like titles. */
function readable(text: string): string {
  return foldText(text.replace(/[_+]/g, ' '));
}

// "RESOLUCION", "RES." or "RES" then optional "No.", "N°", "NUMERO", then the number, which older titles
// write with a thousands space ("31 132") and file names with an underscore ("31_289").
const RESOLUTION_NUMBER = /\bRES(?:OLUCION)?\b\.?\s*(?:NO\b\.?|N[°º]\.?|NRO\b\.?|NUMERO\b)?\s*(\d{1,3}[ .]\d{3}|\d{3,6})(?!\d)/;

/** A written date: "28 de mayo de 2025", "28 de Junio 2021", "3Jun2015", "28.Dic 2023", or ISO "2025-05-28". */
export function parseSpanishDate(text: string): { iso: string; year: number } | null {
  const folded = readable(text);
  const iso = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/.exec(folded);
  if (iso) {
    const date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) return date;
  }
  const written = /(?<!\d)(\d{1,2})\s*(?:DE\s+|\.\s*|-\s*)?([A-Z]{3,10})\.?\s*(?:DE(?:L)?\s+|-\s*)?((?:19|20)\d{2})(?!\d)/g;
  for (const match of folded.matchAll(written)) {
    const month = MONTHS[match[2] as string];
    if (month === undefined) continue;
    const date = validDate(Number(match[3]), month, Number(match[1]));
    if (date) return date;
  }
  return null;
}

function validDate(year: number, month: number, day: number): { iso: string; year: number } | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day) return null;
  return { iso: date.toISOString().slice(0, 10), year };
}

/** The first resolution mentioned in a title or file name, or null. */
export function parseResolutionMention(text: string): ResolutionRef | null {
  const folded = readable(text);
  const match = RESOLUTION_NUMBER.exec(folded);
  if (!match) return null;
  const number = normaliseResolutionNumber(match[1] as string);
  if (number === null) return null;
  // The date or year follows the number ("del 28 de mayo de 2025", "de 2023", "DE_2022"); a date further
  // on belongs to something else (a file's own date).
  const rest = folded.slice(match.index + match[0].length, match.index + match[0].length + 32);
  const date = parseSpanishDate(rest);
  if (date) return { number, year: date.year, issuedOn: date.iso };
  const year = /^\s*(?:DE(?:L)?\s+|-\s*)((?:19|20)\d{2})(?!\d)/.exec(rest);
  return { number, year: year ? Number(year[1]) : null, issuedOn: null };
}

/** "31 132" → "31132", "000478" → "00478", "739" → "00739". */
export function normaliseResolutionNumber(text: string): string | null {
  const digits = text.replace(/\D/g, '');
  if (digits === '') return null;
  const value = Number(digits);
  if (!Number.isSafeInteger(value) || value <= 0) return null;
  return String(value).padStart(5, '0');
}

/** "Declaración de Producción de Gas Natural 2025 - 2034" or "Declaración 2025-2034" → 2025–2034. */
export function parseDeclarationPeriodMention(text: string): DeclarationPeriodRef | null {
  const match = /\bDECLARACION\b[A-Z\s]*?\s((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d)/.exec(readable(text));
  if (!match) return null;
  const firstYear = Number(match[1]);
  const lastYear = Number(match[2]);
  return lastYear >= firstYear && lastYear - firstYear <= 20 ? { firstYear, lastYear } : null;
}

/** "Resolución 00739 de 2025", for messages and coverage. */
export function describeResolution(resolution: ResolutionRef): string {
  return resolution.year === null ? `Resolución ${resolution.number}` : `Resolución ${resolution.number} de ${resolution.year}`;
}
