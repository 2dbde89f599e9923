import { sha256Hex } from '../../../archive/archive-file';
import { EtlError } from '../../../etl-error';
import type { DownloadedFile, RefreshContext } from '../../../refresh/refreshable-source';
import type { RemoteFileRef } from '../../source-definition';

/** Pages of an ArcGIS REST layer query are capped by the server (maxRecordCount, often 1000 or 2000). */
const MAX_PAGES = 50;

/** An ArcGIS REST `…/FeatureServer/<n>/query` URL: its answers come in pages. */
export function isArcgisQuery(url: string): boolean {
  return /\/(FeatureServer|MapServer)\/\d+\/query/i.test(url);
}

/**
 * Downloads every feature of an ArcGIS layer query (`f=geojson`), following `exceededTransferLimit`
 * with `resultOffset`, and joins the pages into one FeatureCollection: one archived file. Null when
 * the result is byte-for-byte what was archived last time (these services send no validators).
 */
export async function downloadArcgisLayer(ctx: RefreshContext, ref: RemoteFileRef): Promise<DownloadedFile | null> {
  const features: unknown[] = [];
  for (let page = 0; ; page++) {
    ctx.signal.throwIfAborted();
    if (page >= MAX_PAGES) throw new EtlError('too-many-pages', `El servicio de límites (${ref.url}) devolvió más de ${MAX_PAGES} páginas; revise la URL`);
    const url = page === 0 ? ref.url : withOffset(ref.url, features.length);
    const { json } = await ctx.http.getJson(url);
    const pageFeatures = readPage(json, ref.url);
    features.push(...pageFeatures);
    ctx.report('download', features.length, null, `${ref.fileName}: ${features.length} elementos`);
    if (!exceededTransferLimit(json) || pageFeatures.length === 0) break;
  }
  const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
  const previous = ctx.previous(ref.url);
  if (previous && previous.sha256 === sha256Hex(bytes)) return null;
  return { ref, bytes, validators: { etag: null, lastModified: null } };
}

function readPage(json: unknown, url: string): unknown[] {
  const answer = (json ?? {}) as { error?: { message?: unknown; details?: unknown }; features?: unknown };
  if (answer.error) {
    throw new EtlError('service-error', `El servicio de límites del DANE respondió con un error: ${String(answer.error.message ?? 'sin detalle')} (${url})`);
  }
  if (!Array.isArray(answer.features)) {
    throw new EtlError('layout-changed', `La respuesta del servicio de límites no es GeoJSON (sin "features"); revise la URL ${url}`);
  }
  return answer.features;
}

/** ArcGIS says so at the top level (`f=json`) or under `properties` (`f=geojson`). */
function exceededTransferLimit(json: unknown): boolean {
  const answer = (json ?? {}) as { exceededTransferLimit?: unknown; properties?: { exceededTransferLimit?: unknown } };
  return answer.exceededTransferLimit === true || answer.properties?.exceededTransferLimit === true;
}

function withOffset(url: string, offset: number): string {
  const parsed = new URL(url);
  parsed.searchParams.set('resultOffset', String(offset));
  return parsed.toString();
}
