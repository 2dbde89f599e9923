import type { DataView } from '../data/data-route';
import { dataRowsInput, type DataRowsFilters } from '../data/data-rows-input';
import type { DemandView } from '../demand/demand-route';
import type { PageFilters } from '../filters/use-page-filters';
import type { ProductionView } from '../production/production-route';
import type { RoyaltiesView } from '../royalties/royalties-route';
import type { PageExport } from './export-flow';

/**
 * What each page exports, built from the same filters and view its own queries use, so the workbook's
 * "Resumen" carries the very request the screen answered (its totals are the screen's).
 */
export function productionExport(page: Pick<PageFilters, 'facts' | 'rateUnit' | 'volumeUnit'>, view: Pick<ProductionView, 'measure' | 'magnitude'>): PageExport {
  return {
    dataset: 'production',
    filters: page.facts,
    unit: view.magnitude === 'rate' ? page.rateUnit : page.volumeUnit,
    summary: { command: 'production.series', input: { ...page.facts, measure: view.measure, rateUnit: page.rateUnit, volumeUnit: page.volumeUnit } },
  };
}

export function royaltiesExport(page: Pick<PageFilters, 'facts' | 'volumeUnit'>, view: Pick<RoyaltiesView, 'granularity'>): PageExport {
  // The royalties dataset has no operator (the page does not offer that filter).
  const { operators: _operators, ...filters } = page.facts;
  return {
    dataset: 'royalties',
    filters,
    unit: page.volumeUnit,
    summary: { command: 'royalties.series', input: { ...filters, granularity: view.granularity, volumeUnit: page.volumeUnit } },
  };
}

/** The sector and area on screen, history and every scenario; the summary is the dataset's monthly series. */
export function demandExport(page: Pick<PageFilters, 'facts' | 'edition' | 'regions'>, view: Pick<DemandView, 'sector' | 'nodes'>): PageExport {
  return {
    dataset: 'demand',
    filters: {
      ...(page.facts.from ? { from: page.facts.from } : {}),
      ...(page.facts.to ? { to: page.facts.to } : {}),
      ...(page.edition ? { edition: page.edition } : {}),
      sectors: [view.sector],
      // Nodes refine regions, as on the page's chart.
      ...(view.nodes.length > 0 ? { nodes: [...view.nodes].sort() } : page.regions.length > 0 ? { regions: [...page.regions].sort() } : {}),
    },
  };
}

/** Every row the table would page through: its filters, search, order and unit, without the paging. */
export function dataExport(view: DataView, filters: DataRowsFilters): PageExport {
  const { offset: _offset, limit: _limit, ...rows } = dataRowsInput(view, filters);
  return rows;
}
