import type { DownloadedFile, RefreshContext } from '../../refresh/refreshable-source';
import { fetchListedFiles } from '../fetch-listed-files';
import { discoverAnhGasWorkbooks } from './discover';

/**
 * The ANH page that lists the yearly "producción fiscalizada" workbooks (operaciones y regalías →
 * sistemas integrados de operaciones → estadísticas de producción). Settings or
 * CAUDAL_URL_ANH_PRODUCTION_INDEX replace it.
 */
export const anhProductionDefaultUrls = {
  index: 'https://www.anh.gov.co/es/operaciones-y-regal%C3%ADas/sistemas-integrados-de-operaciones/estad%C3%ADsticas-de-producci%C3%B3n/',
} as const satisfies Record<string, string>;

export const anhProductionOfficialUrl = anhProductionDefaultUrls.index;

/** The yearly gas workbooks that are new or changed since the last refresh. */
export function fetchNewAnhWorkbooks(ctx: RefreshContext): Promise<DownloadedFile[]> {
  return fetchListedFiles(ctx, discoverAnhGasWorkbooks);
}
