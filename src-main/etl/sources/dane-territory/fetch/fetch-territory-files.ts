import type { DownloadedFile, RefreshContext } from '../../../refresh/refreshable-source';
import type { RemoteFileRef } from '../../source-definition';
import { downloadArcgisLayer, isArcgisQuery } from './arcgis-layer';
import { downloadIfChanged, fileNameOf } from './download-if-changed';

/** The URL roles of the DANE territory source; settings and environment variables override each. */
export type TerritoryUrlRole = 'divipola' | 'departmentBoundaries' | 'municipalityBoundaries';

const files: ReadonlyArray<{ role: TerritoryUrlRole; fallbackName: string; title: string }> = [
  { role: 'divipola', fallbackName: 'divipola-departamentos-y-municipios.csv', title: 'DIVIPOLA: departamentos y municipios de Colombia (datos.gov.co)' },
  { role: 'departmentBoundaries', fallbackName: 'mgn-departamentos.geojson', title: 'Límites departamentales, Marco Geoestadístico Nacional (DANE)' },
  { role: 'municipalityBoundaries', fallbackName: 'mgn-municipios.geojson', title: 'Límites municipales, Marco Geoestadístico Nacional (DANE)' },
];

/**
 * Downloads the DIVIPOLA list and the boundary layers that changed since the last refresh. A role
 * whose URL is set to empty text is skipped (an analyst who imports boundaries by hand can switch the
 * download off). Any failure throws: the runner reports it for this source only.
 */
export async function fetchTerritoryFiles(ctx: RefreshContext): Promise<DownloadedFile[]> {
  const active = files.filter((f) => (ctx.urls[f.role] ?? '').trim() !== '');
  const downloaded: DownloadedFile[] = [];
  for (const [index, file] of active.entries()) {
    ctx.signal.throwIfAborted();
    const url = ctx.urls[file.role]!.trim();
    ctx.report('download', index, active.length, file.title);
    const ref: RemoteFileRef = { url, fileName: fileNameOf(url, file.fallbackName), coverage: null, title: file.title };
    const result = isArcgisQuery(url) ? await downloadArcgisLayer(ctx, ref) : await downloadIfChanged(ctx, ref);
    if (result) downloaded.push(result);
  }
  ctx.report('download', active.length, active.length);
  return downloaded;
}
