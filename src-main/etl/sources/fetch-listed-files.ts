import { sha256Hex } from '../archive/archive-file';
import { EtlError } from '../etl-error';
import type { DownloadedFile, RefreshContext } from '../refresh/refreshable-source';
import type { RemoteFileRef } from './source-definition';

/** Reads a publisher's listing page: pure, HTML and its final URL in, files out; throws EtlError('layout-changed'). */
export type DiscoverFiles = (html: string, pageUrl: string) => RemoteFileRef[];

export interface ListedFilesOptions {
  /** Which of the source's URLs is the listing page; `index` by default. */
  readonly indexRole?: string;
  /** Overrides the client's maximum size for each file. */
  readonly maxBytes?: number;
}

/**
 * The refresh of a source that publishes files on a page (ANH, MinEnergía, UPME): fetch the page, find
 * its files, and download each with a conditional GET. A file that answers 304, or whose bytes equal
 * what was last fetched from its URL, is skipped: only new or changed files come back.
 */
export async function fetchListedFiles(ctx: RefreshContext, discover: DiscoverFiles, options: ListedFilesOptions = {}): Promise<DownloadedFile[]> {
  const role = options.indexRole ?? 'index';
  const indexUrl = ctx.urls[role];
  if (!indexUrl) throw new EtlError('missing-url', `No hay URL configurada para la página de la fuente (${role})`);

  ctx.report('discover', 0, null, 'Buscando archivos publicados');
  const page = await ctx.http.getText(indexUrl, { signal: ctx.signal });
  const listed = discover(page.text, page.finalUrl);
  ctx.report('discover', 1, 1, `${listed.length} ${listed.length === 1 ? 'archivo publicado' : 'archivos publicados'}`);

  const downloaded: DownloadedFile[] = [];
  for (const [index, ref] of listed.entries()) {
    ctx.signal.throwIfAborted();
    const previous = ctx.previous(ref.url);
    ctx.report('download', index, listed.length, ref.fileName);
    const answer = await ctx.http.getBytes(ref.url, { validators: previous?.validators, maxBytes: options.maxBytes, signal: ctx.signal });
    if (answer.kind === 'not-modified') continue;
    if (previous && sha256Hex(answer.bytes) === previous.sha256) continue;
    downloaded.push({ ref, bytes: answer.bytes, validators: answer.validators });
  }
  ctx.report('download', listed.length, listed.length, `${downloaded.length} ${downloaded.length === 1 ? 'archivo nuevo o modificado' : 'archivos nuevos o modificados'}`);
  return downloaded;
}
