import { sql, type Kysely } from 'kysely';
import { CaudalError, type CommandOutput, type ParsedInput } from '../../../src-shared/contract';
import { demandScenarioIds, type DemandScenario, type DemandSeriesPoint } from '../../../src-shared/contract/demand';
import type { Database } from '../database-types';
import { resolveDemandEdition } from './demand-edition';

type SeriesInput = ParsedInput<'demand.series'>;
type SeriesOutput = CommandOutput<'demand.series'>;

interface MonthlyFigure {
  period: string;
  scenario: DemandScenario;
  gbtud: number;
}

/**
 * UPME's projected (and historical) gas demand in GBTUD. Regions or nodes of one month add up; a year is
 * the average of its months, never their sum (GBTUD is a daily rate). History is one series shared by
 * every scenario: in a year where the projection starts, each scenario's yearly figure averages the
 * history months with its own projected months, as UPME's yearly tables do.
 */
export async function demandSeries(db: Kysely<Database>, input: SeriesInput): Promise<SeriesOutput> {
  const edition = await resolveDemandEdition(db, input.edition);
  const area = input.nodes ? 'nodes' : input.regions ? 'regions' : 'national';
  const empty: SeriesOutput = { edition, sector: input.sector, area, granularity: input.granularity, unit: 'GBTUD', projectionStart: null, points: [] };
  if (edition === null) return empty;
  if (input.nodes) await requireKnownNodes(db, input.nodes);

  let query = db
    .selectFrom('demand_monthly as d')
    .select(['d.period', 'd.scenario', sql<number>`sum(d.gbtud)`.as('gbtud')])
    .where('d.edition', '=', edition)
    .where('d.sector', '=', input.sector)
    .where('d.scenario', 'in', input.scenarios)
    .where('d.area_kind', '=', area === 'nodes' ? 'node' : area === 'regions' ? 'region' : 'national')
    // A sector's own workbook, when loaded, is its source; the Agregada's sectoral sheet only fills in
    // the sectors that have no workbook (residencial, terciario…). Both hold the same figures in 2024.
    .where(({ and, eb, exists, selectFrom, not }) =>
      not(
        and([
          eb('d.sheet_kind', '=', 'sectoral'),
          exists(
            selectFrom('demand_monthly as o')
              .select('o.id')
              .whereRef('o.edition', '=', 'd.edition')
              .whereRef('o.sector', '=', 'd.sector')
              .where('o.area_kind', '=', 'national')
              .where('o.sheet_kind', '<>', 'sectoral'),
          ),
        ]),
      ),
    );
  if (input.regions) query = query.where('d.region', 'in', input.regions);
  if (input.nodes) query = query.where('d.node_key', 'in', input.nodes);
  if (input.from) query = query.where('d.period', '>=', input.from);
  if (input.to) query = query.where('d.period', '<=', input.to);
  const rows = await query.groupBy(['d.period', 'd.scenario']).orderBy('d.period').execute();
  const monthly: MonthlyFigure[] = rows.map((r) => ({ period: r.period, scenario: r.scenario, gbtud: Number(r.gbtud) }));

  const points = input.granularity === 'month' ? monthly.map(monthPoint) : yearlyPoints(monthly, input.scenarios);
  return { ...empty, projectionStart: await projectionStartOf(db, edition, input.sector), points: points.sort(byPeriodThenScenario) };
}

function monthPoint(m: MonthlyFigure): DemandSeriesPoint {
  const history = m.scenario === 'historico';
  return { period: m.period, scenario: m.scenario, history, gbtud: m.gbtud, months: 1, historyMonths: history ? 1 : 0 };
}

function yearlyPoints(monthly: readonly MonthlyFigure[], scenarios: readonly DemandScenario[]): DemandSeriesPoint[] {
  const includeHistory = scenarios.includes('historico');
  const projections = scenarios.filter((s): s is Exclude<DemandScenario, 'historico'> => s !== 'historico');
  const years = new Map<string, Map<DemandScenario, number[]>>();
  for (const m of monthly) {
    const year = years.get(m.period.slice(0, 4)) ?? years.set(m.period.slice(0, 4), new Map()).get(m.period.slice(0, 4))!;
    year.set(m.scenario, [...(year.get(m.scenario) ?? []), m.gbtud]);
  }
  const points: DemandSeriesPoint[] = [];
  for (const [year, byScenario] of years) {
    const history = includeHistory ? (byScenario.get('historico') ?? []) : [];
    const projected = projections.filter((s) => (byScenario.get(s) ?? []).length > 0);
    if (projected.length === 0) {
      if (history.length > 0) points.push({ period: year, scenario: 'historico', history: true, gbtud: average(history), months: history.length, historyMonths: history.length });
      continue;
    }
    for (const scenario of projected) {
      const months = [...history, ...byScenario.get(scenario)!];
      points.push({ period: year, scenario, history: false, gbtud: average(months), months: months.length, historyMonths: history.length });
    }
  }
  return points;
}

function average(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function byPeriodThenScenario(a: DemandSeriesPoint, b: DemandSeriesPoint): number {
  return a.period.localeCompare(b.period) || demandScenarioIds.indexOf(a.scenario) - demandScenarioIds.indexOf(b.scenario);
}

/** The first projected month of the workbook that supplies the sector (its own, else the Agregada). */
async function projectionStartOf(db: Kysely<Database>, edition: string, sector: SeriesInput['sector']): Promise<string | null> {
  const books = await db.selectFrom('demand_book').select(['book', 'projection_start']).where('edition', '=', edition).where('book', 'in', [sector, 'total']).execute();
  const own = books.find((b) => b.book === sector) ?? books.find((b) => b.book === 'total');
  return own?.projection_start ?? null;
}

async function requireKnownNodes(db: Kysely<Database>, nodes: readonly string[]): Promise<void> {
  const known = new Set((await db.selectFrom('demand_node').select('key').where('key', 'in', nodes).execute()).map((r) => r.key));
  const unknown = nodes.filter((node) => !known.has(node));
  if (unknown.length > 0) throw new CaudalError('not-found', `Nodo desconocido: ${unknown.slice(0, 5).join(', ')} (consulte demand.dimensions)`);
}
