import type { DemandSector } from '../../../../../src-shared/contract/demand';
import type { Period } from '../../../../../src-shared/domain/period';
import { EtlError } from '../../../etl-error';
import type { NationalLines } from './national-lines';
import type { BookRead } from './read-book';
import { sectorOfBookName } from './sectors';

/** Sectoral series of the Agregada workbook: sector → month → GBTUD (scenario medio with its history). */
export type SectoralSeries = ReadonlyMap<DemandSector, ReadonlyMap<Period, number>>;

export function sectoralSeriesOf(book: BookRead): SectoralSeries {
  const series = new Map<DemandSector, Map<Period, number>>();
  for (const sheet of book.sheets) {
    if (sheet.role.kind !== 'sectoral' || sheet.role.scenario !== 'medio') continue;
    for (const o of sheet.observations) {
      if (o.meaning.kind !== 'sector') continue;
      const line = series.get(o.meaning.sector) ?? series.set(o.meaning.sector, new Map()).get(o.meaning.sector)!;
      line.set(o.period, o.value);
    }
  }
  return series;
}

/**
 * The sector of a workbook. The Agregada workbook is the one with a sectoral sheet. The sector
 * workbooks do not name their sector inside, so UPME's file name says it ("…_Industrial.xlsx"); when the
 * name does not, the workbook's medio line is matched against the Agregada's sectoral columns, and it
 * must match exactly one of them.
 */
export function bookSectorOf(book: BookRead, lines: NationalLines, sectoral: SectoralSeries | null): DemandSector {
  if (book.sheets.some((s) => s.role.kind === 'sectoral')) return 'total';
  const named = sectorOfBookName(book.name);
  if (named) return named;
  const medio = lines.byScenario.get('medio');
  if (sectoral && medio && medio.size > 0) {
    const matches = [...sectoral].filter(([, series]) => sameSeries(medio, series)).map(([sector]) => sector);
    if (matches.length === 1) return matches[0]!;
  }
  throw new EtlError(
    'upme-unknown-sector',
    `${book.name}: no se reconoce de qué sector es el libro (la UPME lo indica en el nombre del archivo, p. ej. «…_Gas_Natural_Industrial.xlsx», y sus cifras no coinciden con ningún sector de la hoja sectorial). Importe el archivo con su nombre original.`,
  );
}

function sameSeries(a: ReadonlyMap<Period, number>, b: ReadonlyMap<Period, number>): boolean {
  let common = 0;
  for (const [period, value] of a) {
    const other = b.get(period);
    if (other === undefined) continue;
    if (Math.abs(other - value) > 0.01) return false;
    common += 1;
  }
  return common >= 12;
}

/**
 * UPME names every file of an exercise with its base year ("UPME_Series_2024_…", "…_Gas_Nat_2024.zip",
 * "…_rev_dic_2023.zip"): the first four-digit year of the name.
 */
export function editionOfName(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  return /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(base)?.[1] ?? null;
}

/**
 * The edition of what is being imported: the workbooks' names first (inside a zip they are UPME's own),
 * then the imported file's name, then — with a warning — the year of the last history month.
 */
export function editionOf(bookNames: readonly string[], fileName: string, lastHistoryPeriod: Period | null): { edition: string; warning: string | null } {
  const fromBooks = [...new Set(bookNames.map(editionOfName).filter((year): year is string => year !== null))].sort();
  if (fromBooks.length > 1) {
    throw new EtlError('upme-mixed-editions', `El archivo mezcla libros de varias ediciones (${fromBooks.join(', ')}); importe cada edición por separado`);
  }
  const named = fromBooks[0] ?? editionOfName(fileName);
  if (named) return { edition: named, warning: null };
  if (lastHistoryPeriod) {
    const edition = lastHistoryPeriod.slice(0, 4);
    return { edition, warning: `Los nombres de los archivos no dicen la edición; se toma ${edition}, el año del último mes histórico (${lastHistoryPeriod})` };
  }
  throw new EtlError('upme-unknown-edition', `No se pudo saber de qué edición de la UPME es «${fileName}»: ni los nombres de los libros ni los datos lo indican`);
}
