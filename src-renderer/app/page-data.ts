import { periodSources, type PeriodSource } from '../../src-shared/contract/catalog';
import type { Catalog } from '../filters/dashboard-filters';

/** The datasets with at least one month loaded, in the catalog's order. */
export function loadedDatasets(catalog: Pick<Catalog, 'periodsBySource'>): PeriodSource[] {
  return periodSources.filter((source) => catalog.periodsBySource[source].last !== null);
}

export type PageDataState =
  | { kind: 'ready' }
  /** Nothing at all is loaded: a first launch, or a database emptied by hand. */
  | { kind: 'empty' }
  /** Some datasets are loaded, none of those the page shows: the help says which are, and where to see them. */
  | { kind: 'missing'; needs: readonly PeriodSource[]; loaded: readonly PeriodSource[] };

/**
 * Whether a page that shows `needs` (any one of them is enough) can open on the loaded data. The
 * catalog, which the workspace reads anyway, knows the loaded months of every dataset, so deciding
 * costs no request. A database with royalties or a demand projection but no production is not empty.
 */
export function pageDataState(needs: readonly PeriodSource[], catalog: Pick<Catalog, 'periodsBySource'>): PageDataState {
  if (needs.length === 0) return { kind: 'ready' };
  const loaded = loadedDatasets(catalog);
  if (needs.some((source) => loaded.includes(source))) return { kind: 'ready' };
  return loaded.length === 0 ? { kind: 'empty' } : { kind: 'missing', needs, loaded };
}
