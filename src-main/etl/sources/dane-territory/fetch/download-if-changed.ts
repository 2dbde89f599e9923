import { sha256Hex } from '../../../archive/archive-file';
import type { DownloadedFile, RefreshContext } from '../../../refresh/refreshable-source';
import type { RemoteFileRef } from '../../source-definition';

/**
 * Conditional GET of one published file: null when the server answers 304 or sends the same bytes as
 * last time (datos.gov.co exports carry no validators, so equal sha256 is what says "sin cambios").
 */
export async function downloadIfChanged(ctx: RefreshContext, ref: RemoteFileRef): Promise<DownloadedFile | null> {
  const previous = ctx.previous(ref.url);
  const answer = await ctx.http.getBytes(ref.url, previous ? { validators: previous.validators } : {});
  if (answer.kind === 'not-modified') return null;
  if (previous && sha256Hex(answer.bytes) === previous.sha256) return null;
  return { ref, bytes: answer.bytes, validators: answer.validators };
}

/** The last path segment of a URL when it names a file (`…/rows.csv` → `rows.csv`), else the fallback. */
export function fileNameOf(url: string, fallback: string): string {
  try {
    const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    return /\.[a-z0-9]{2,8}$/i.test(last) && last !== 'rows.csv' ? last : fallback;
  } catch {
    return fallback;
  }
}
