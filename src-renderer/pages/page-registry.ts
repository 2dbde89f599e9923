import { balancePage } from '../balance/balance-page';
import { dataPage } from '../data/data-page';
import { demandPage } from '../demand/demand-page';
import { mapPage } from '../map/map-page';
import { productionPage } from '../production/production-page';
import { royaltiesPage } from '../royalties/royalties-page';
import { sourcesPage } from '../sources/sources-page';
import { summaryPage } from '../summary/summary-page';
import type { PageDefinition } from './page-definition';

/** The dashboard's pages in navigation order. One line per page; the first is the landing page. */
export const pages: readonly PageDefinition[] = [
  summaryPage,
  productionPage,
  royaltiesPage,
  demandPage,
  balancePage,
  mapPage,
  dataPage,
  sourcesPage,
];

export const landingPage: PageDefinition = summaryPage;

/** The page for a route segment; the landing page for an empty one, undefined for an unknown one. */
export function findPage(id: string): PageDefinition | undefined {
  if (id === '') return landingPage;
  return pages.find((page) => page.id === id);
}
