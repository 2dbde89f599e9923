import { demandEdition, demandSectorIds, type DemandSector } from '../../src-shared/contract/demand';
import type { Granularity } from '../../src-shared/contract/filters';

export const demandGranularities = ['month', 'year'] as const satisfies readonly Granularity[];

/** How many nodes one chart sums at most (the contract's limit). */
export const MAX_NODES = 500;
/** Node keys hold spaces, dashes, colons and parentheses, never this. */
const NODE_SEPARATOR = '|';

/** The Demanda page's own choices, kept in the URL (`#/demanda?sector=industrial&comparar=2023`). */
export interface DemandView {
  sector: DemandSector;
  granularity: Granularity;
  /** Node keys (`región:NOMBRE`) summed instead of regions; empty: the regions filter applies. */
  nodes: string[];
  /** The older edition whose projection is compared with what happened; null: the newest older one. */
  compare: string | null;
}

export const defaultDemandView: DemandView = { sector: 'total', granularity: 'month', nodes: [], compare: null };

const granularityWords: Record<Granularity, string> = { month: 'mes', year: 'anio' };

/** Reads the view from route params; anything unknown falls back to its default. */
export function parseDemandView(params: Readonly<Record<string, string>>): DemandView {
  const nodes = (params['nodos'] ?? '')
    .split(NODE_SEPARATOR)
    .map((node) => node.trim())
    .filter((node) => node.length >= 3 && node.length <= 200);
  const compare = demandEdition.safeParse(params['comparar']);
  return {
    sector: demandSectorIds.find((sector) => sector === params['sector']) ?? defaultDemandView.sector,
    granularity: demandGranularitiesFrom(params['periodicidad']),
    nodes: [...new Set(nodes)].slice(0, MAX_NODES),
    compare: compare.success ? compare.data : null,
  };
}

function demandGranularitiesFrom(word: string | undefined): Granularity {
  return demandGranularities.find((granularity) => granularityWords[granularity] === word) ?? defaultDemandView.granularity;
}

/** Route params for a view; defaults are left out so the plain page keeps the plain URL. */
export function demandViewParams(view: DemandView): Record<string, string | null> {
  return {
    sector: view.sector === defaultDemandView.sector ? null : view.sector,
    periodicidad: view.granularity === defaultDemandView.granularity ? null : granularityWords[view.granularity],
    nodos: view.nodes.length === 0 ? null : [...view.nodes].sort().join(NODE_SEPARATOR),
    comparar: view.compare,
  };
}
