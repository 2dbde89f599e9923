import { demandRegionLabels, demandSectorLabels, type DemandCheck, type DemandRegionId, type DemandSector } from '../../../../../src-shared/contract/demand';
import type { Period } from '../../../../../src-shared/domain/period';
import type { SectoralSeries } from './book-identity';
import { checkOf, compareSeries, onCommonPeriods, sumByPeriod } from './compare-series';
import { scenarioLine, type NationalLines } from './national-lines';
import type { Observation, SheetRead } from './observations';
import type { BookRead } from './read-book';

export interface CheckedBook {
  readonly book: BookRead;
  readonly sector: DemandSector;
  readonly lines: NationalLines;
  readonly projectionStart: Period | null;
}

const valuesOf = (observations: readonly Observation[], kind: Observation['meaning']['kind']) =>
  sumByPeriod(observations.filter((o) => o.meaning.kind === kind).map((o) => ({ period: o.period, value: o.value })));

/**
 * The workbook's internal consistency, as UPME built it: regions add up to "Nacional", the national
 * series equals the regional sheet's total, sectors add up to "Total" and it equals the national
 * series, nodes add up to the national figure and to each region, and the yearly averages beside the
 * monthly table are the mean of its months. Every result is kept, failures with their numbers.
 */
export function bookChecks({ book, sector, lines, projectionStart }: CheckedBook): DemandCheck[] {
  const checks: DemandCheck[] = [];
  const base = (sheet: SheetRead, kind: DemandCheck['kind'], scope: string | null = null) => ({ book: sector, sheet: sheet.sheet, kind, scope });
  const lineOf = (sheet: SheetRead) => (lines.source ? scenarioLine(lines, sheet.role.scenario ?? 'medio', projectionStart) : null);
  const regionalOf = (sheet: SheetRead) => book.sheets.find((s) => s.role.kind === 'regional' && s.role.scenario === sheet.role.scenario);

  for (const sheet of book.sheets) {
    switch (sheet.role.kind) {
      case 'scenarios':
        checks.push(...yearlyChecks(sheet, sector, lines, projectionStart));
        break;
      case 'regional': {
        const national = valuesOf(sheet.observations, 'national');
        const regions = valuesOf(sheet.observations, 'region');
        if (national.size > 0) checks.push(checkOf(base(sheet, 'regions-vs-national'), 'Suma de las regiones frente a la columna Nacional', compareSeries(national, regions)));
        const line = lines.source === 'scenarios' ? lineOf(sheet) : null;
        if (line) {
          const total = national.size > 0 ? national : regions;
          checks.push(checkOf(base(sheet, 'national-vs-regional'), `Serie nacional (escenario ${sheet.role.scenario}) frente al total de la hoja regional`, compareSeries(onCommonPeriods(line, total), total)));
        }
        break;
      }
      case 'sectoral': {
        const total = valuesOf(sheet.observations, 'sector-total');
        if (total.size === 0) break;
        checks.push(checkOf(base(sheet, 'sectors-vs-total'), 'Suma de los sectores frente a la columna Total', compareSeries(total, valuesOf(sheet.observations, 'sector'))));
        const line = lineOf(sheet);
        if (line) checks.push(checkOf(base(sheet, 'sectoral-total-vs-national'), 'Total sectorial frente a la serie nacional (escenario medio)', compareSeries(onCommonPeriods(line, total), total)));
        break;
      }
      case 'nodal': {
        const nodes = sheet.observations.filter((o) => o.meaning.kind === 'node');
        if (nodes.length === 0) break;
        const nodeTotal = sumByPeriod(nodes.map((o) => ({ period: o.period, value: o.value })));
        const line = lineOf(sheet);
        if (line) checks.push(checkOf(base(sheet, 'nodes-vs-national'), 'Suma de los nodos frente a la serie nacional', compareSeries(onCommonPeriods(line, nodeTotal), nodeTotal)));
        const regional = regionalOf(sheet);
        if (regional) checks.push(...nodesVsRegions(sheet, nodes, regional, sector));
        break;
      }
    }
  }
  return checks;
}

function nodesVsRegions(sheet: SheetRead, nodes: readonly Observation[], regional: SheetRead, sector: DemandSector): DemandCheck[] {
  const regions = new Set(nodes.flatMap((o) => (o.meaning.kind === 'node' ? [o.meaning.region] : [])));
  return [...regions].map((region: DemandRegionId) => {
    const ofRegion = (o: Observation) => (o.meaning.kind === 'node' || o.meaning.kind === 'region') && o.meaning.region === region;
    const nodeSums = sumByPeriod(nodes.filter(ofRegion).map((o) => ({ period: o.period, value: o.value })));
    const regionValues = sumByPeriod(regional.observations.filter((o) => o.meaning.kind === 'region' && ofRegion(o)).map((o) => ({ period: o.period, value: o.value })));
    // Compared on the nodal sheet's months; a region without a value that month counts as zero.
    const expected = new Map([...nodeSums.keys()].map((period) => [period, regionValues.get(period) ?? 0]));
    const label = demandRegionLabels[region];
    return checkOf({ book: sector, sheet: sheet.sheet, kind: 'nodes-vs-region', scope: label }, `Suma de los nodos de ${label} frente a la hoja «${regional.sheet}»`, compareSeries(expected, nodeSums));
  });
}

function yearlyChecks(sheet: SheetRead, sector: DemandSector, lines: NationalLines, projectionStart: Period | null): DemandCheck[] {
  const scenarios = [...new Set(sheet.yearly.map((y) => y.scenario))];
  return scenarios.map((scenario) => {
    const line = scenarioLine(lines, scenario, projectionStart);
    const published = new Map(sheet.yearly.filter((y) => y.scenario === scenario).map((y) => [String(y.year), y.value]));
    const ours = new Map<string, number>();
    for (const year of published.keys()) {
      const months = [...line].filter(([period]) => period.startsWith(`${year}-`)).map(([, value]) => value);
      if (months.length > 0) ours.set(year, months.reduce((a, b) => a + b, 0) / months.length);
    }
    return checkOf(
      { book: sector, sheet: sheet.sheet, kind: 'yearly-average', scope: scenario },
      `Promedios anuales publicados por la UPME (escenario ${scenario}) frente al promedio de los meses`,
      compareSeries(onCommonPeriods(published, ours), ours),
      'años',
    );
  });
}

/** A sector workbook's medio line against its column in the Agregada's sectoral sheet (same edition). */
export function bookVsSectoralCheck(checked: CheckedBook, sectoral: SectoralSeries, sectoralSheet: string): DemandCheck | null {
  const column = sectoral.get(checked.sector);
  // The sheet the national line comes from: the scenarios sheet, or (2023 layout) the medio regional one.
  const lineSheet =
    checked.book.sheets.find((s) => s.role.kind === 'scenarios') ?? checked.book.sheets.find((s) => s.role.kind === 'regional' && s.role.scenario === 'medio');
  if (!column || !lineSheet || !checked.lines.source) return null;
  const line = scenarioLine(checked.lines, 'medio', checked.projectionStart);
  return checkOf(
    { book: checked.sector, sheet: lineSheet.sheet, kind: 'book-vs-sectoral', scope: demandSectorLabels[checked.sector] },
    `Escenario medio del libro ${demandSectorLabels[checked.sector]} frente a su columna de «${sectoralSheet}» (libro Agregada)`,
    compareSeries(onCommonPeriods(column, line), line),
  );
}
