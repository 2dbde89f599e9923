import { Agent, request, type Dispatcher } from 'undici';
import { abortableSleep, backoffDelayMs, defaultRetryPolicy, type RetryPolicy, type Sleep } from './backoff';
import { browserHeaders } from './browser-headers';
import { decodeText } from './decode-text';
import { fromNetworkError, httpFailures, targetOf, type TimeoutSettings } from './http-failures';
import type { ConditionalBody, FetchedBody, GetOptions, HttpClient, HttpValidators } from './http-types';
import { declaredLength, readBody } from './read-body';
import { SourceHttpError } from './source-http-error';

export interface HttpClientOptions {
  /** Where requests go: tests pass a MockAgent; by default an Agent with the timeouts below. */
  readonly dispatcher?: Dispatcher;
  /** TCP + TLS connect (only for the default Agent: an injected dispatcher brings its own). */
  readonly connectTimeoutMs?: number;
  /** From sending the request to the answer's headers. */
  readonly headersTimeoutMs?: number;
  /** The longest pause between two chunks of a body. */
  readonly bodyTimeoutMs?: number;
  /** Default maximum size of a body; `GetOptions.maxBytes` overrides it per request. */
  readonly maxBytes?: number;
  readonly retry?: Partial<RetryPolicy>;
  /** Backoff waits; tests inject one that does not sleep. */
  readonly sleep?: Sleep;
  /** 0 ≤ x < 1, for the jitter of the backoff. */
  readonly random?: () => number;
  readonly maxRedirects?: number;
  /** Extra or replacement default headers (lower-case names). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ClosableHttpClient extends HttpClient {
  /** Closes the connections of the default Agent (an injected dispatcher is left to its owner). */
  close(): Promise<void>;
}

export const defaultHttpTimeouts = { connectTimeoutMs: 15_000, headersTimeoutMs: 30_000, bodyTimeoutMs: 60_000 } as const;
/** Far above any workbook or zip the publishers serve (a few MB), far below what would hurt a laptop. */
export const defaultMaxDownloadBytes = 200 * 1024 * 1024;

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * The HttpClient the sources use, on undici: browser-like headers, timeouts, bounded retries with
 * exponential backoff and jitter on network errors and 5xx (never on 4xx), a maximum size, truncation
 * checks, conditional GET and cancellation. Every failure is a SourceHttpError with a Spanish message.
 */
export function createHttpClient(options: HttpClientOptions = {}): ClosableHttpClient {
  const timeouts: TimeoutSettings = {
    headersTimeoutMs: options.headersTimeoutMs ?? defaultHttpTimeouts.headersTimeoutMs,
    bodyTimeoutMs: options.bodyTimeoutMs ?? defaultHttpTimeouts.bodyTimeoutMs,
  };
  const ownAgent = options.dispatcher
    ? null
    : new Agent({
        connect: { timeout: options.connectTimeoutMs ?? defaultHttpTimeouts.connectTimeoutMs },
        headersTimeout: timeouts.headersTimeoutMs,
        bodyTimeout: timeouts.bodyTimeoutMs,
      });
  const dispatcher: Dispatcher = options.dispatcher ?? (ownAgent as Agent);
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const maxRedirects = options.maxRedirects ?? 5;
  const defaultMaxBytes = options.maxBytes ?? defaultMaxDownloadBytes;
  const defaultHeaders = { ...browserHeaders, ...options.headers };

  async function withRetries<T>(url: string, signal: AbortSignal | undefined, attempt: () => Promise<T>): Promise<T> {
    for (let attemptNumber = 1; ; attemptNumber++) {
      try {
        return await attempt();
      } catch (error) {
        const failure = error instanceof SourceHttpError ? error : fromNetworkError(error, targetOf(url), 'request', timeouts);
        if (signal?.aborted) throw httpFailures.aborted(targetOf(url), error);
        if (!failure.retryable || attemptNumber >= policy.maxAttempts) throw failure.withAttempts(attemptNumber);
        try {
          await sleep(backoffDelayMs(attemptNumber, policy, random), signal);
        } catch (sleepError) {
          throw httpFailures.aborted(targetOf(url), sleepError);
        }
      }
    }
  }

  async function getOnce(url: string, get: GetOptions): Promise<ConditionalBody> {
    const conditional = Boolean(get.validators?.etag || get.validators?.lastModified);
    const headers: Record<string, string> = { ...defaultHeaders, ...lowerCaseKeys(get.headers ?? {}) };
    if (get.validators?.etag) headers['if-none-match'] = get.validators.etag;
    if (get.validators?.lastModified) headers['if-modified-since'] = get.validators.lastModified;

    let current = url;
    for (let redirects = 0; ; redirects++) {
      const target = targetOf(current);
      let response: Dispatcher.ResponseData;
      try {
        response = await request(current, {
          method: 'GET',
          dispatcher,
          headers,
          signal: get.signal,
          headersTimeout: timeouts.headersTimeoutMs,
          bodyTimeout: timeouts.bodyTimeoutMs,
        });
      } catch (error) {
        throw fromNetworkError(error, target, 'request', timeouts);
      }
      const { statusCode, body } = response;
      const location = header(response.headers, 'location');
      if (redirectStatuses.has(statusCode) && location) {
        await discard(body);
        if (redirects >= maxRedirects) throw httpFailures.badResponse(target, `redirige más de ${maxRedirects} veces`);
        const next = URL.parse(location, current);
        if (!next) throw httpFailures.badResponse(target, `redirige a una dirección inválida («${location.slice(0, 100)}»)`);
        current = next.href;
        continue;
      }
      if (statusCode === 304) {
        await discard(body);
        if (!conditional) throw httpFailures.badResponse(target, 'respondió HTTP 304 a una solicitud no condicional');
        return { kind: 'not-modified', url };
      }
      if (statusCode < 200 || statusCode >= 300) {
        await discard(body);
        throw httpFailures.status(target, statusCode);
      }
      const bytes = await readBody(
        body,
        target,
        { maxBytes: get.maxBytes ?? defaultMaxBytes, declaredBytes: declaredLength(response.headers['content-length']), onProgress: get.onProgress },
        timeouts,
      );
      return {
        kind: 'fetched',
        url,
        finalUrl: current,
        bytes,
        contentType: header(response.headers, 'content-type'),
        validators: validatorsOf(response.headers),
      };
    }
  }

  async function getFetched(url: string, getOptions: GetOptions): Promise<FetchedBody> {
    const result = await withRetries(url, getOptions.signal, () => getOnce(url, { ...getOptions, validators: undefined }));
    if (result.kind !== 'fetched') throw httpFailures.badResponse(targetOf(url), 'respondió HTTP 304 a una solicitud no condicional');
    const { kind: _kind, ...fetched } = result;
    return fetched;
  }

  return {
    getBytes: (url, getOptions = {}) => withRetries(url, getOptions.signal, () => getOnce(url, getOptions)),
    async getText(url, getOptions = {}) {
      const fetched = await getFetched(url, getOptions);
      return { ...fetched, text: decodeText(fetched.bytes, fetched.contentType) };
    },
    async getJson(url, getOptions = {}) {
      const fetched = await getFetched(url, { ...getOptions, headers: { accept: 'application/json', ...getOptions.headers } });
      const text = decodeText(fetched.bytes, fetched.contentType);
      try {
        return { ...fetched, text, json: JSON.parse(text) as unknown };
      } catch (error) {
        throw httpFailures.badResponse(targetOf(fetched.finalUrl), 'no es JSON', error);
      }
    },
    async close() {
      await ownAgent?.close();
    },
  };
}

type ResponseHeaders = Dispatcher.ResponseData['headers'];

function header(headers: ResponseHeaders, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function validatorsOf(headers: ResponseHeaders): HttpValidators {
  return { etag: header(headers, 'etag'), lastModified: header(headers, 'last-modified') };
}

function lowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/** Drops an unwanted body (error page, redirect) without reading it all; never fails the request. */
async function discard(body: Dispatcher.ResponseData['body']): Promise<void> {
  try {
    await body.dump({ limit: 64 * 1024 });
  } catch {
    // The connection is closed anyway; the status is what matters.
  }
}
