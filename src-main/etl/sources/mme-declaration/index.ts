import type { RefreshableSource } from '../../refresh/refreshable-source';
import { defineFileSource } from '../source-definition';
import { DEFAULT_DECLARATION_PAGE_URL, fetchNewDeclarations } from './fetch-new';
import { latestDeclarationResolution } from './latest-period';
import { loadDeclarationWorkbook, MME_DECLARATION_SOURCE, MME_PUBLISHER } from './load/load-declaration';
import { recogniseDeclarationWorkbook } from './recognise';
import { readDeclarationWorkbook } from './transform/read-declaration-workbook';

/**
 * MinEnergía "Declaración de Producción de Gas Natural": discover (the gas page's accordion), fetch (the
 * soportes magnéticos), transform (field sheets → GBTUD rows), load (one transaction per file; a newer
 * resolution supersedes the older, which stays queryable).
 */
export const mmeDeclarationSource: RefreshableSource = {
  ...defineFileSource({
    id: MME_DECLARATION_SOURCE,
    publisher: MME_PUBLISHER,
    title: 'MinEnergía declaración de producción de gas natural',
    recognise: recogniseDeclarationWorkbook,
    transform: readDeclarationWorkbook,
    load: loadDeclarationWorkbook,
  }),
  defaultUrls: { index: DEFAULT_DECLARATION_PAGE_URL },
  officialUrl: DEFAULT_DECLARATION_PAGE_URL,
  fetchNew: fetchNewDeclarations,
  latestPeriod: latestDeclarationResolution,
};

export { discoverDeclarations } from './discover/discover-declarations';
export { declarationSoporteRefs } from './discover/soporte-refs';
export { MME_DECLARATION_SOURCE } from './load/load-declaration';
