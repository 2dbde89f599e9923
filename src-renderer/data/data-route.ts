import { datasetIds, type DatasetId, type SortKey } from '../../src-shared/contract/data';
import type { FilterKey } from '../filters/dashboard-filters';

export const dataPageSizes = [25, 50, 100] as const;
export type DataPageSize = (typeof dataPageSizes)[number];

/** What the Datos page shows, kept in the URL (`#/datos?conjunto=regalias&orden=periodo:desc&pagina=2`). */
export interface DataView {
  dataset: DatasetId;
  /** null: the dataset's default unit. */
  unit: string | null;
  sort: { column: string; direction: 'asc' | 'desc' } | null;
  search: string;
  page: number;
  pageSize: DataPageSize;
}

export const defaultDataView: DataView = { dataset: 'production', unit: null, sort: null, search: '', page: 1, pageSize: 25 };

/** Spanish dataset names in the URL. */
const datasetWords: Record<DatasetId, string> = { production: 'produccion', royalties: 'regalias', declaration: 'declaracion', demand: 'demanda' };

/**
 * The shared filters each dataset applies (the service lists the rest as ignored). The month window
 * is the one of loaded facts (`catalog.dimensions`), so the two projections, which run years past it,
 * are listed whole (their edition or resolution bounds them) rather than cut at today's last month.
 */
export const datasetFilterKeys: Readonly<Record<DatasetId, readonly FilterKey[]>> = {
  production: ['period', 'departments', 'municipalities', 'operators', 'fields', 'contracts'],
  royalties: ['period', 'departments', 'municipalities', 'fields', 'contracts'],
  declaration: ['operators', 'fields'],
  demand: ['edition', 'scenario', 'sectors', 'regions'],
};

export function parseDataView(params: Readonly<Record<string, string>>): DataView {
  const dataset = datasetIds.find((id) => datasetWords[id] === params['conjunto']) ?? defaultDataView.dataset;
  const sortMatch = /^([\w.-]{1,64}):(asc|desc)$/.exec(params['orden'] ?? '');
  const page = Number(params['pagina']);
  const pageSize = dataPageSizes.find((size) => String(size) === params['filas']) ?? defaultDataView.pageSize;
  return {
    dataset,
    unit: params['unidad'] || null,
    sort: sortMatch?.[1] && sortMatch[2] ? { column: sortMatch[1], direction: sortMatch[2] === 'desc' ? 'desc' : 'asc' } : null,
    search: (params['buscar'] ?? '').slice(0, 200),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize,
  };
}

export function dataViewParams(view: DataView): Record<string, string | null> {
  return {
    conjunto: view.dataset === defaultDataView.dataset ? null : datasetWords[view.dataset],
    unidad: view.unit,
    orden: view.sort ? `${view.sort.column}:${view.sort.direction}` : null,
    buscar: view.search.trim() === '' ? null : view.search,
    pagina: view.page === 1 ? null : String(view.page),
    filas: view.pageSize === defaultDataView.pageSize ? null : String(view.pageSize),
  };
}

/** Clicking a column header: ascending first, then descending, then back to the dataset's default order. */
export function nextSort(current: DataView['sort'], column: string): DataView['sort'] {
  if (current?.column !== column) return { column, direction: 'asc' };
  return current.direction === 'asc' ? { column, direction: 'desc' } : null;
}

export function sortKeys(view: DataView): SortKey[] | undefined {
  return view.sort ? [view.sort] : undefined;
}
