import type { CommandInput, CommandOutput } from '../../../src-shared/contract';
import type { DemandScenario, DemandSeriesPoint } from '../../../src-shared/contract/demand';

/**
 * A small UPME projection: history to 2024-09, then three scenarios from 2024-10, national or for the
 * Centro region (a fifth of it), in the editions a test loads. The older edition projected 10 % above
 * what the newest records as history.
 */
const history: Record<string, number> = { '2024-06': 930, '2024-07': 960, '2024-08': 1000, '2024-09': 1200 };
const projection: Record<string, { bajo: number; medio: number; alto: number }> = {
  '2024-10': { bajo: 1380, medio: 1370, alto: 1390 },
  '2024-11': { bajo: 940, medio: 1150, alto: 1380 },
  '2024-12': { bajo: 930, medio: 1424.7297, alto: 1660 },
};

function scale(input: CommandInput<'demand.series'>): number {
  return input.regions ? 0.2 : input.nodes ? 0.01 * input.nodes.length : 1;
}

export function demandSeriesAnswer(input: CommandInput<'demand.series'>, editions: readonly string[] = ['2024']): CommandOutput<'demand.series'> {
  const edition = input.edition ?? editions[editions.length - 1] ?? null;
  const scenarios = input.scenarios ?? ['historico', 'bajo', 'medio', 'alto'];
  const factor = scale(input);
  const points: DemandSeriesPoint[] = [];
  const older = edition !== null && edition !== editions[editions.length - 1];
  if (edition !== null) {
    if (older) {
      // The older edition: history ended in 2024-05, it projected June to December.
      for (const [period, value] of Object.entries(history)) if (scenarios.includes('medio')) points.push(point(period, 'medio', value * 1.1 * factor));
    } else {
      for (const [period, value] of Object.entries(history)) if (scenarios.includes('historico')) points.push(point(period, 'historico', value * factor));
    }
    for (const [period, values] of Object.entries(projection)) {
      for (const scenario of ['bajo', 'medio', 'alto'] as const) if (scenarios.includes(scenario)) points.push(point(period, scenario, values[scenario] * factor));
    }
  }
  return {
    edition,
    sector: input.sector ?? 'total',
    area: input.regions ? 'regions' : input.nodes ? 'nodes' : 'national',
    granularity: input.granularity ?? 'month',
    unit: 'GBTUD',
    projectionStart: edition === null ? null : older ? '2024-06' : '2024-10',
    // Within the month window asked for, as the service answers.
    points: points.filter((entry) => (!input.from || entry.period >= input.from) && (!input.to || entry.period <= input.to)).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)),
  };
}

function point(period: string, scenario: DemandScenario, gbtud: number): DemandSeriesPoint {
  const isHistory = scenario === 'historico';
  return { period, scenario, history: isHistory, gbtud, months: 1, historyMonths: isHistory ? 1 : 0 };
}

export function demandEditionsAnswer(editions: readonly string[]): CommandOutput<'demand.editions'> {
  return {
    defaultEdition: editions[editions.length - 1] ?? null,
    editions: editions.map((edition) => ({ edition, label: `Edición ${edition}`, loadedAt: '2025-11-19T13:00:00.000Z', books: [], checks: [] })),
  };
}

export const demandDimensionsAnswer: CommandOutput<'demand.dimensions'> = {
  edition: '2024',
  sectors: [
    { sector: 'total', label: 'Demanda agregada (sin GNL)', scenarios: ['historico', 'bajo', 'medio', 'alto'], hasRegions: true, hasNodes: true },
    { sector: 'residencial', label: 'Residencial', scenarios: ['historico', 'medio'], hasRegions: false, hasNodes: false },
    { sector: 'industrial', label: 'Industrial', scenarios: ['historico', 'bajo', 'medio', 'alto'], hasRegions: true, hasNodes: true },
  ],
  regions: [
    { region: 'centro', label: 'Centro' },
    { region: 'costa-atlantica', label: 'Costa Atlántica' },
  ],
  nodes: [
    { key: 'centro:AGUAZUL', name: 'AGUAZUL', region: 'centro' },
    { key: 'centro:YOPAL', name: 'YOPAL', region: 'centro' },
    { key: 'costa-atlantica:BALLENA', name: 'BALLENA', region: 'costa-atlantica' },
  ],
};
