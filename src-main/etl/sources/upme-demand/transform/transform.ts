import { demandSectorLabels, type DemandCheck, type DemandSector } from '../../../../../src-shared/contract/demand';
import type { Period } from '../../../../../src-shared/domain/period';
import { EtlError } from '../../../etl-error';
import type { RejectToStore } from '../../../load/lineage';
import type { FileProbe } from '../../file-probe';
import { editionCoverage, type DemandBookSummary, type DemandRow, type UpmeDemandParse } from '../types';
import { bookSectorOf, editionOf, sectoralSeriesOf } from './book-identity';
import { buildBookRows } from './build-rows';
import { formatGbtud } from './compare-series';
import { bookChecks, bookVsSectoralCheck, type CheckedBook } from './demand-checks';
import { addMonths, nationalLinesOf, projectionStartOf } from './national-lines';
import { openBooks } from './open-books';

/**
 * UPME's gas demand projection, from its zip (the whole edition) or one of its workbooks: every sheet
 * read by content, history told apart from projection, rows with their cells, and the workbooks'
 * internal checks. Pure: bytes in, rows out. Throws EtlError (Spanish) when the file cannot be used.
 */
export function transformUpmeDemand(file: FileProbe): UpmeDemandParse {
  const opened = openBooks(file);
  const warnings = [...opened.warnings, ...opened.books.flatMap((b) => b.warnings)];

  const aggregate = opened.books.find((b) => b.sheets.some((s) => s.role.kind === 'sectoral')) ?? null;
  const sectoral = aggregate ? sectoralSeriesOf(aggregate) : null;
  const identified = opened.books.map((book) => {
    const lines = nationalLinesOf(book);
    return { book, lines, ownStart: projectionStartOf(lines), sector: bookSectorOf(book, lines, sectoral) };
  });
  const bySector = new Map<DemandSector, string>();
  for (const { book, sector } of identified) {
    const other = bySector.get(sector);
    if (other) throw new EtlError('upme-duplicate-book', `Los libros «${other}» y «${book.name}» son ambos del sector ${demandSectorLabels[sector]}; el zip debe tener uno por sector`);
    bySector.set(sector, book.name);
  }

  // The Agregada workbook says where the edition's projection starts; a workbook that cannot tell
  // (GNL has no scenarios sheet) uses it.
  const aggregateStart = identified.find((b) => b.sector === 'total')?.ownStart ?? null;
  const editionStart = aggregateStart ?? identified.find((b) => b.ownStart)?.ownStart ?? null;
  const checkedBooks: CheckedBook[] = identified.map(({ book, lines, ownStart, sector }) => {
    const label = demandSectorLabels[sector];
    if (!ownStart && editionStart) warnings.push(`${book.name}: no distingue histórico de proyección; se usa el inicio de la proyección de la edición (${editionStart})`);
    if (!ownStart && !editionStart) warnings.push(`${book.name}: nada distingue histórico de proyección; todos sus meses se cargan como escenario medio`);
    if (ownStart && aggregateStart && ownStart !== aggregateStart) {
      warnings.push(`${label}: la proyección empieza en ${ownStart}, la del libro Agregada en ${aggregateStart} (así lo publica la UPME)`);
    }
    return { book, lines, sector, projectionStart: ownStart ?? editionStart };
  });

  const names = opened.books.map((b) => b.entryName ?? b.name);
  const lastHistory = editionStart ? addMonths(editionStart, -1) : null;
  const { edition, warning } = editionOf(opened.scope === 'edition' ? names : [], file.fileName, lastHistory);
  if (warning) warnings.push(warning);

  const rows: DemandRow[] = [];
  const rejects: RejectToStore[] = opened.books.flatMap((b) => b.sheets.flatMap((s) => s.rejects));
  const checks: DemandCheck[] = [];
  const books: DemandBookSummary[] = [];
  const sectoralSheet = aggregate?.sheets.find((s) => s.role.kind === 'sectoral')?.sheet ?? null;
  for (const checked of checkedBooks) {
    const built = buildBookRows(checked);
    rows.push(...built.rows);
    rejects.push(...built.rejects);
    checks.push(...bookChecks(checked));
    if (sectoral && sectoralSheet && checked.sector !== 'total') {
      const check = bookVsSectoralCheck(checked, sectoral, sectoralSheet);
      if (check) checks.push(check);
    }
    books.push(summarise(checked, built.rows));
    warnings.push(...negativeValueWarnings(checked.book.name, built.rows));
  }
  if (rows.length === 0) {
    throw new EtlError('upme-empty', `«${file.fileName}» no tiene ninguna cifra de demanda que cargar (${rejects.length} celdas rechazadas)`);
  }
  for (const check of checks) {
    if (check.status === 'not-reconciled') warnings.push(`Verificación no cumplida — ${demandSectorLabels[check.book]}, hoja «${check.sheet}»: ${check.detail}`);
  }
  return { coverage: editionCoverage(edition), edition, scope: opened.scope, books, rows, checks, rejects, reconciliations: [], warnings };
}

function summarise(checked: CheckedBook, rows: readonly DemandRow[]): DemandBookSummary {
  const periods = rows.map((r) => r.period).sort();
  return {
    book: checked.sector,
    entryName: checked.book.entryName,
    projectionStart: checked.projectionStart,
    firstPeriod: (periods[0] as Period | undefined) ?? null,
    lastPeriod: (periods.at(-1) as Period | undefined) ?? null,
    rows: rows.length,
  };
}

/** UPME publishes a few small negative demands (TermoEléctrico, 2024): kept as published, but said. */
function negativeValueWarnings(bookName: string, rows: readonly DemandRow[]): string[] {
  const bySheet = new Map<string, DemandRow[]>();
  for (const row of rows) if (row.gbtud < 0) bySheet.set(row.sheet, [...(bySheet.get(row.sheet) ?? []), row]);
  return [...bySheet].map(([sheet, negatives]) => {
    const lowest = negatives.reduce((a, b) => (b.gbtud < a.gbtud ? b : a));
    return `${bookName}, hoja «${sheet}»: ${negatives.length} valores negativos (el menor, ${formatGbtud(lowest.gbtud)} GBTUD en ${lowest.cellRef}, ${lowest.period}); se conservan tal como los publica la UPME`;
  });
}
