import { EtlError } from '../../etl-error';
import type { HttpValidators } from '../../http/http-types';
import type { DownloadedFile, RefreshContext } from '../../refresh/refreshable-source';
import { bogotaDate, ROYALTIES_DATASET_ID, type SocrataSnapshot } from './socrata-snapshot';

export type RoyaltiesUrlRole = 'metadata' | 'data';

/** Socrata answers at most 50,000 rows per request; without `$limit` only 1,000. */
export const ROYALTIES_PAGE_SIZE = 50_000;
const GAS_ROWS = "tipohidrocarburo='G'";
/** `:id` is Socrata's row identifier: a total, stable order, so pages neither repeat nor skip rows. */
const STABLE_ORDER = ':id';
const MAX_PAGES = 2_000;

export interface FetchRoyaltiesOptions {
  pageSize?: number;
}

/**
 * Asks the dataset's metadata when its rows last changed; when that is what the last loaded snapshot
 * says, there is nothing to do ([] = "sin cambios"). Otherwise downloads every gas row page by page and
 * returns them as one JSON document: one archived file, one complete snapshot.
 */
export async function fetchRoyalties(ctx: RefreshContext, options: FetchRoyaltiesOptions = {}): Promise<DownloadedFile[]> {
  const pageSize = options.pageSize ?? ROYALTIES_PAGE_SIZE;
  const metadataUrl = requireUrl(ctx, 'metadata');
  const dataUrl = requireUrl(ctx, 'data');
  ctx.report('discover', 0, 1, 'Consultando la fecha de actualización en datos.gov.co');
  const rowsUpdatedAt = await readRowsUpdatedAt(ctx, metadataUrl);
  const validators: HttpValidators = { etag: null, lastModified: rowsUpdatedAt === null ? null : new Date(rowsUpdatedAt * 1000).toUTCString() };
  const previous = ctx.previous(dataUrl);
  if (validators.lastModified !== null && previous?.validators.lastModified === validators.lastModified) {
    ctx.report('discover', 1, 1, `Sin cambios desde ${bogotaDate(rowsUpdatedAt!)}`);
    return [];
  }
  ctx.report('discover', 1, 1);

  const rows: unknown[] = [];
  for (let page = 0; ; page++) {
    ctx.signal.throwIfAborted();
    if (page >= MAX_PAGES) throw new EtlError('too-many-pages', `datos.gov.co devolvió más de ${MAX_PAGES} páginas de regalías; la descarga se detuvo`);
    const { json } = await ctx.http.getJson(pageUrl(dataUrl, pageSize, page * pageSize));
    if (!Array.isArray(json)) {
      throw new EtlError('layout-changed', `datos.gov.co no respondió una lista de filas de regalías (página ${page + 1}); revise la URL ${dataUrl}`);
    }
    rows.push(...json);
    ctx.report('download', rows.length, null, `${rows.length.toLocaleString('es-CO')} filas de regalías`);
    if (json.length < pageSize) break;
  }

  // Pages read while the publisher was replacing the data could mix two publications.
  const after = await readRowsUpdatedAt(ctx, metadataUrl);
  if (after !== rowsUpdatedAt) {
    throw new EtlError('changed-during-download', 'datos.gov.co actualizó las regalías mientras se descargaban; actualice de nuevo en unos minutos');
  }
  const snapshot: SocrataSnapshot = { dataset: ROYALTIES_DATASET_ID, rowsUpdatedAt, query: `$where=${GAS_ROWS}&$order=${STABLE_ORDER}`, rows };
  const coverage = rowsUpdatedAt === null ? null : `datos.gov.co actualizado ${bogotaDate(rowsUpdatedAt)}`;
  return [
    {
      ref: { url: dataUrl, fileName: `regalias-gas-${ROYALTIES_DATASET_ID}.json`, coverage, title: 'Consolidación de liquidación de regalías por campo (gas)' },
      bytes: new TextEncoder().encode(JSON.stringify(snapshot)),
      validators,
    },
  ];
}

async function readRowsUpdatedAt(ctx: RefreshContext, metadataUrl: string): Promise<number | null> {
  const { json } = await ctx.http.getJson(metadataUrl);
  const value = (json as { rowsUpdatedAt?: unknown } | null)?.rowsUpdatedAt;
  // Without it the refresh still works; "sin cambios" then relies on equal bytes (sha256).
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function pageUrl(dataUrl: string, limit: number, offset: number): string {
  const url = new URL(dataUrl);
  url.searchParams.set('$where', GAS_ROWS);
  url.searchParams.set('$order', STABLE_ORDER);
  url.searchParams.set('$limit', String(limit));
  url.searchParams.set('$offset', String(offset));
  return url.toString();
}

function requireUrl(ctx: RefreshContext, role: RoyaltiesUrlRole): string {
  const url = ctx.urls[role]?.trim();
  if (!url) throw new EtlError('missing-url', `Falta la URL "${role}" de la fuente de regalías en la configuración`);
  return url;
}
