/**
 * The HTTP side of a refresh, as sources see it. The implementation (undici: timeouts, bounded retries
 * with backoff on network errors and 5xx, a maximum download size, abort) lives beside this file; sources
 * only use this interface, so their tests can pass a fake or a local server.
 */
export interface HttpValidators {
  etag: string | null;
  lastModified: string | null;
}

export interface DownloadProgress {
  receivedBytes: number;
  /** From Content-Length, when the server sends it. */
  totalBytes: number | null;
}

export interface GetOptions {
  /** Previous validators: the request is conditional and may answer `not-modified`. */
  validators?: HttpValidators;
  /** Overrides the default maximum size for this request. */
  maxBytes?: number;
  onProgress?: (progress: DownloadProgress) => void;
  headers?: Record<string, string>;
  /** Cancels the request, its retries and its backoff waits: the call rejects with SourceHttpError('aborted'). */
  signal?: AbortSignal;
}

export interface FetchedBody {
  /** The URL asked for and the one that answered after redirects. */
  url: string;
  finalUrl: string;
  bytes: Uint8Array;
  contentType: string | null;
  validators: HttpValidators;
}

export type ConditionalBody = { kind: 'not-modified'; url: string } | ({ kind: 'fetched' } & FetchedBody);

export interface HttpClient {
  /** GET with validators; `not-modified` on 304. Throws SourceHttpError on failure. */
  getBytes(url: string, options?: GetOptions): Promise<ConditionalBody>;
  /** GET a page or API answer as UTF-8 text (never conditional). */
  getText(url: string, options?: Omit<GetOptions, 'validators'>): Promise<FetchedBody & { text: string }>;
  /** GET and parse JSON; a body that is not JSON is a SourceHttpError('bad-response'). */
  getJson(url: string, options?: Omit<GetOptions, 'validators'>): Promise<FetchedBody & { json: unknown }>;
}

export type SourceHttpErrorCode = 'unreachable' | 'offline' | 'timeout' | 'http-status' | 'too-large' | 'truncated' | 'bad-response' | 'aborted';
