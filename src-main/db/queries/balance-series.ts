import type { Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import { balanceScenarioIds, type BalanceScenario } from '../../../src-shared/contract/balance';
import type { Database } from '../database-types';
import { declarationSeries } from './declaration-series';
import { demandSeries } from './demand-series';

type BalanceInput = ParsedInput<'balance.series'>;
type BalanceOutput = CommandOutput<'balance.series'>;
type ScenarioValues = Record<BalanceScenario, number | null>;

/**
 * Declared supply against projected demand, both as GBTUD daily rates over the same months (a year is
 * the average of its months on both sides, so the comparison stays like for like). Before a scenario's
 * projection starts, UPME's history stands for it, as UPME's own tables do.
 */
export async function balanceSeries(db: Kysely<Database>, input: BalanceInput): Promise<BalanceOutput> {
  const range = { from: input.from, to: input.to, granularity: input.granularity };
  const [supply, demand] = await Promise.all([
    declarationSeries(db, {
      declarationPeriod: input.declarationPeriod,
      resolution: input.resolution,
      productionTypes: input.productionTypes,
      includeStateShare: input.includeStateShare,
      unit: 'GBTUD',
      splitBy: 'none',
      ...range,
    }),
    demandSeries(db, { edition: input.edition, scenarios: [...input.scenarios, 'historico'], sector: 'total', ...range }),
  ]);

  const demandByPeriod = new Map<string, Partial<Record<string, number>>>();
  for (const point of demand.points) {
    const byScenario = demandByPeriod.get(point.period) ?? {};
    byScenario[point.scenario] = point.gbtud;
    demandByPeriod.set(point.period, byScenario);
  }
  const selected = new Set(input.scenarios);
  const points = supply.points.map((s) => {
    const byScenario = demandByPeriod.get(s.period) ?? {};
    const demandGbtud = scenarioRecord((scenario) => (selected.has(scenario) ? (byScenario[scenario] ?? byScenario['historico'] ?? null) : null));
    const gapGbtud = scenarioRecord((scenario) => {
      const d = demandGbtud[scenario];
      return d === null ? null : s.value - d;
    });
    return { period: s.period, supplyGbtud: s.value, demandGbtud, gapGbtud };
  });
  const firstDeficit = scenarioRecord((scenario) => points.find((p) => (p.gapGbtud[scenario] ?? 0) < 0)?.period ?? null);

  const notes = [...supply.notes];
  if (supply.declarationPeriod === null) notes.push('No hay declaraciones de producción cargadas: importe o actualice la fuente MinEnergía.');
  if (demand.edition === null) notes.push('No hay proyecciones de demanda de la UPME cargadas: importe o actualice la fuente UPME.');
  const uncovered = points.filter((p) => input.scenarios.some((scenario) => p.demandGbtud[scenario] === null)).length;
  if (supply.declarationPeriod !== null && demand.edition !== null && uncovered > 0) {
    notes.push(`${uncovered} periodos de la declaración quedan fuera de la edición ${demand.edition} de la UPME y no tienen demanda.`);
  }
  return {
    unit: 'GBTUD',
    granularity: input.granularity,
    declarationPeriod: supply.declarationPeriod,
    resolution: supply.resolution?.id ?? null,
    edition: demand.edition,
    scenarios: input.scenarios,
    points,
    firstDeficit,
    notes,
  };
}

function scenarioRecord(value: (scenario: BalanceScenario) => number | null): ScenarioValues;
function scenarioRecord(value: (scenario: BalanceScenario) => string | null): Record<BalanceScenario, string | null>;
function scenarioRecord<T>(value: (scenario: BalanceScenario) => T): Record<BalanceScenario, T> {
  return Object.fromEntries(balanceScenarioIds.map((scenario) => [scenario, value(scenario)])) as Record<BalanceScenario, T>;
}
