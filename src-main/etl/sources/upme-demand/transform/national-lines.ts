import { parsePeriod, toPeriod, type Period } from '../../../../../src-shared/domain/period';
import type { ProjectionScenario } from '../types';
import type { BookRead } from './read-book';

/** A book's national figure per scenario, month by month, as its own sheets give it. */
export interface NationalLines {
  /** Scenario → month → GBTUD. For months before the projection the medio line holds history. */
  readonly byScenario: ReadonlyMap<ProjectionScenario, ReadonlyMap<Period, number>>;
  /** An explicit "Histórico" column, when the workbook has one. */
  readonly history: ReadonlyMap<Period, number> | null;
  /** Where the lines come from: the scenarios sheet, or (without one) the regional sheets. */
  readonly source: 'scenarios' | 'regional' | null;
}

/**
 * The national lines: from the scenarios sheet when there is one; otherwise from each one-scenario
 * regional sheet, using its "Nacional" column or, lacking it, the sum of its regions.
 */
export function nationalLinesOf(book: BookRead): NationalLines {
  const scenarioSheet = book.sheets.find((s) => s.role.kind === 'scenarios');
  const byScenario = new Map<ProjectionScenario, Map<Period, number>>();
  const line = (scenario: ProjectionScenario) => byScenario.get(scenario) ?? byScenario.set(scenario, new Map()).get(scenario)!;
  if (scenarioSheet) {
    let history: Map<Period, number> | null = null;
    for (const o of scenarioSheet.observations) {
      if (o.meaning.kind === 'scenario') line(o.meaning.scenario).set(o.period, o.value);
      else if (o.meaning.kind === 'history') (history ??= new Map()).set(o.period, o.value);
    }
    return { byScenario, history, source: 'scenarios' };
  }
  const regional = book.sheets.filter((s) => s.role.kind === 'regional' && s.role.scenario !== null);
  for (const sheet of regional) {
    const target = line(sheet.role.scenario!);
    const national = sheet.observations.filter((o) => o.meaning.kind === 'national');
    if (national.length > 0) {
      for (const o of national) target.set(o.period, o.value);
    } else {
      for (const o of sheet.observations) if (o.meaning.kind === 'region') target.set(o.period, (target.get(o.period) ?? 0) + o.value);
    }
  }
  return { byScenario, history: null, source: regional.length > 0 ? 'regional' : null };
}

/** Copies of the medio figure, not a projection of their own: equal to the last bit that matters. */
function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/**
 * The first projected month. UPME says it two ways: the Agregada workbook leaves low and high empty
 * before the projection; the sector workbooks copy the history into all three columns. So history is
 * the leading run of months where low and high are empty or equal to medio; an explicit "Histórico"
 * column, when present, says it directly. Null when nothing tells history from projection.
 */
export function projectionStartOf(lines: NationalLines): Period | null {
  if (lines.history && lines.history.size > 0) return addMonths([...lines.history.keys()].sort().at(-1)!, 1);
  const medio = lines.byScenario.get('medio');
  const others = (['bajo', 'alto'] as const).map((s) => lines.byScenario.get(s)).filter((l): l is ReadonlyMap<Period, number> => l !== undefined && l.size > 0);
  if (!medio || others.length === 0) return null;
  for (const period of [...medio.keys()].sort()) {
    const value = medio.get(period)!;
    const isHistory = others.every((other) => {
      const figure = other.get(period);
      return figure === undefined || sameFigure(figure, value);
    });
    if (!isHistory) return period;
  }
  return null;
}

export function addMonths(period: Period, months: number): Period {
  const { year, month } = parsePeriod(period);
  const index = year * 12 + (month - 1) + months;
  return toPeriod(Math.floor(index / 12), (index % 12) + 1);
}

/**
 * The national line of one scenario including history (what UPME's "Histórico / Esc. Medio" column
 * means): the scenario's own figure, or before the projection the history.
 */
export function scenarioLine(lines: NationalLines, scenario: ProjectionScenario, projectionStart: Period | null): Map<Period, number> {
  const result = new Map<Period, number>();
  const history = lines.history ?? (projectionStart ? filterBefore(lines.byScenario.get('medio'), projectionStart) : null);
  for (const [period, value] of history ?? []) result.set(period, value);
  for (const [period, value] of lines.byScenario.get(scenario) ?? []) result.set(period, value);
  return result;
}

function filterBefore(line: ReadonlyMap<Period, number> | undefined, start: Period): Map<Period, number> {
  return new Map([...(line ?? [])].filter(([period]) => period < start));
}
