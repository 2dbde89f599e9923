import type { DownloadedFile, RefreshContext } from '../../refresh/refreshable-source';
import { fetchListedFiles } from '../fetch-listed-files';
import type { RemoteFileRef } from '../source-definition';
import { discoverDeclarations } from './discover/discover-declarations';
import { declarationSoporteRefs } from './discover/soporte-refs';

/**
 * MinEnergía, hidrocarburos → gas natural: the page that lists every declaration, its resolutions and
 * their soportes magnéticos. Settings or CAUDAL_URL_MME_DECLARATION_INDEX replace it. The site answers
 * only browser-like requests; the HTTP client sends a browser User-Agent.
 */
export const DEFAULT_DECLARATION_PAGE_URL = 'https://www.minenergia.gov.co/es/misional/hidrocarburos/funcionamiento-del-sector/gas-natural/';

/** Pure: the page → the soportes to fetch, oldest declaration and resolution first. */
export function discoverDeclarationFiles(html: string, pageUrl: string): RemoteFileRef[] {
  return declarationSoporteRefs(discoverDeclarations(html, pageUrl));
}

/**
 * The soportes that are new or changed since the last refresh (conditional GET, then sha256). A legacy
 * .xls is downloaded like the others: its transform then explains, for that file only, that it must be
 * converted, and the other resolutions still load.
 */
export function fetchNewDeclarations(ctx: RefreshContext): Promise<DownloadedFile[]> {
  return fetchListedFiles(ctx, discoverDeclarationFiles);
}
