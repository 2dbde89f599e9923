import type { ComponentType } from 'react';
import type { PeriodSource } from '../../src-shared/contract/catalog';
import type { FilterKey } from '../filters/dashboard-filters';
import type { Localized } from '../i18n/define-messages';

/**
 * A page of the dashboard. Adding one is writing its module (which exports its definition) and adding
 * one line to `page-registry.ts`: the navigation, the route, the filter bar and the empty states follow.
 */
export interface PageDefinition {
  /** Route segment, Spanish, no accents: `#/produccion`. */
  id: string;
  label: Localized;
  /** One sentence under the page title: the question the page answers. */
  summary: Localized;
  /**
   * The shared filters this page applies; the filter bar shows exactly these, in this order. A function
   * of the route params when they depend on what the page shows (the dataset on Datos).
   */
  filters: readonly FilterKey[] | ((params: Readonly<Record<string, string>>) => readonly FilterKey[]);
  /**
   * Whose months the period filter offers and opens on (see `defaultSourceRange`); production when
   * absent. A function of the route params when it depends on what the page shows (the dataset on Datos).
   */
  periodSource?: PeriodSource | ((params: Readonly<Record<string, string>>) => PeriodSource);
  /**
   * The datasets the page shows, any one of which makes it useful. Before one of them is loaded the page
   * gives way to the import help, which names what is loaded instead and where to see it. Empty for
   * pages that work on an empty database or explain their own empty states (Fuentes, Datos, Demanda,
   * Balance).
   */
  needsData: readonly PeriodSource[];
  Component: ComponentType;
  /**
   * Buttons beside the page title (the Excel/CSV exports of issue 6 go here). Rendered inside the
   * workspace, so they can read the page's filters (`usePageFilters`) and route like the page does.
   */
  Actions?: ComponentType;
}

export function definePage(page: PageDefinition): PageDefinition {
  return page;
}

/** The dataset whose months the page's period filter spans, for the given route params. */
export function pagePeriodSource(page: PageDefinition, params: Readonly<Record<string, string>>): PeriodSource {
  if (page.periodSource === undefined) return 'production';
  return typeof page.periodSource === 'function' ? page.periodSource(params) : page.periodSource;
}

/** The filters a page applies for the given route params. */
export function pageFilterKeys(page: PageDefinition, params: Readonly<Record<string, string>>): readonly FilterKey[] {
  return typeof page.filters === 'function' ? page.filters(params) : page.filters;
}
