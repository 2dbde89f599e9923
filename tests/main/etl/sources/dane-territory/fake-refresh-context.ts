import { createHash } from 'node:crypto';
import type { ConditionalBody, FetchedBody, GetOptions, HttpClient, HttpValidators } from '../../../../../src-main/etl/http/http-types';
import type { RefreshContext } from '../../../../../src-main/etl/refresh/refreshable-source';

/** What the fake server answers for a URL: a body (with validators) or a function of the request. */
export type FakeAnswer = { body: string; validators?: HttpValidators } | ((url: URL, options?: GetOptions) => { body: string; validators?: HttpValidators });

export interface FakeHttp extends HttpClient {
  /** Every URL asked, in order, with whether the GET was conditional. */
  readonly requests: Array<{ url: string; conditional: boolean }>;
}

const NO_VALIDATORS: HttpValidators = { etag: null, lastModified: null };

/**
 * An HttpClient that answers from a table keyed by URL without its query string (`origin + pathname`),
 * so a test sees exactly which pages a source asked for. 304 when the validators sent match.
 */
export function fakeHttp(answers: Readonly<Record<string, FakeAnswer>>): FakeHttp {
  const requests: FakeHttp['requests'] = [];
  const answer = (url: string, options?: GetOptions) => {
    const parsed = new URL(url);
    const entry = answers[parsed.origin + parsed.pathname];
    if (!entry) throw new Error(`fakeHttp: sin respuesta para ${url}`);
    return typeof entry === 'function' ? entry(parsed, options) : entry;
  };
  const fetched = (url: string, body: string, validators: HttpValidators): FetchedBody => ({
    url,
    finalUrl: url,
    bytes: new TextEncoder().encode(body),
    contentType: null,
    validators,
  });
  return {
    requests,
    async getBytes(url, options): Promise<ConditionalBody> {
      requests.push({ url, conditional: Boolean(options?.validators) });
      const a = answer(url, options);
      const validators = a.validators ?? NO_VALIDATORS;
      const sent = options?.validators;
      if (sent && ((sent.etag !== null && sent.etag === validators.etag) || (sent.lastModified !== null && sent.lastModified === validators.lastModified))) {
        return { kind: 'not-modified', url };
      }
      return { kind: 'fetched', ...fetched(url, a.body, validators) };
    },
    async getText(url, options) {
      requests.push({ url, conditional: false });
      const a = answer(url, options);
      return { ...fetched(url, a.body, a.validators ?? NO_VALIDATORS), text: a.body };
    },
    async getJson(url, options) {
      requests.push({ url, conditional: false });
      const a = answer(url, options);
      return { ...fetched(url, a.body, a.validators ?? NO_VALIDATORS), json: JSON.parse(a.body) as unknown };
    },
  };
}

export interface PreviousFetch {
  url: string;
  bytes?: Uint8Array;
  validators?: HttpValidators;
}

/** A RefreshContext over a fake HttpClient, with what "was fetched last time" given by the test. */
export function fakeRefreshContext(http: HttpClient, urls: Record<string, string>, previous: PreviousFetch[] = []): RefreshContext & { reports: string[] } {
  const reports: string[] = [];
  return {
    http,
    urls,
    signal: new AbortController().signal,
    previous(url) {
      const p = previous.find((entry) => entry.url === url);
      if (!p) return null;
      return { validators: p.validators ?? NO_VALIDATORS, sha256: createHash('sha256').update(p.bytes ?? new Uint8Array()).digest('hex') };
    },
    report(step, done, total, message) {
      reports.push(`${step} ${done}/${total ?? '?'}${message ? ` ${message}` : ''}`);
    },
    reports,
  };
}
