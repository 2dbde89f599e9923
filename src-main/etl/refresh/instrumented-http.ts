import { sha256Hex } from '../archive/archive-file';
import type { FetchedBody, GetOptions, HttpClient, HttpValidators } from '../http/http-types';
import type { SourceProgress } from './source-progress';

/** A 200 answer seen during a source's refresh: enough to remember its validators afterwards. */
export interface FetchedRecord {
  readonly url: string;
  readonly sha256: string;
  readonly validators: HttpValidators;
}

export interface InstrumentedHttp {
  readonly http: HttpClient;
  /** Every 200 answer so far, in order. */
  readonly fetched: readonly FetchedRecord[];
  /** Body bytes received so far (pages, API answers and files). */
  bytesReceived(): number;
}

/**
 * The HttpClient a source gets during a refresh: the runner's client with the source's cancel signal on
 * every request (sources need not pass it), byte progress for the download step, and a record of what
 * came back, so sources stay simple and every one of them reports the same way.
 */
export function instrumentHttp(inner: HttpClient, signal: AbortSignal, progress: SourceProgress): InstrumentedHttp {
  const fetched: FetchedRecord[] = [];
  let bytes = 0;

  const wrap = <O extends GetOptions>(url: string, options: O | undefined): O => {
    const label = fileLabel(url);
    let counted = 0;
    return {
      ...(options ?? ({} as O)),
      signal: options?.signal ? AbortSignal.any([options.signal, signal]) : signal,
      onProgress: (p) => {
        // A retry starts again from zero: count every byte that arrives, once.
        if (p.receivedBytes < counted) counted = 0;
        bytes += p.receivedBytes - counted;
        counted = p.receivedBytes;
        progress.bytes(label, p.receivedBytes, p.totalBytes);
        options?.onProgress?.(p);
      },
    };
  };
  const remember = (body: FetchedBody) => fetched.push({ url: body.url, sha256: sha256Hex(body.bytes), validators: body.validators });

  return {
    fetched,
    bytesReceived: () => bytes,
    http: {
      async getBytes(url, options) {
        const answer = await inner.getBytes(url, wrap(url, options));
        if (answer.kind === 'fetched') remember(answer);
        return answer;
      },
      async getText(url, options) {
        const answer = await inner.getText(url, wrap(url, options));
        remember(answer);
        return answer;
      },
      async getJson(url, options) {
        const answer = await inner.getJson(url, wrap(url, options));
        remember(answer);
        return answer;
      },
    },
  };
}

/** What the progress line calls a download: the file name in the URL, else its host. */
function fileLabel(url: string): string {
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').filter(Boolean).at(-1);
    return last ? decodeURIComponent(last) : parsed.host;
  } catch {
    return url;
  }
}
