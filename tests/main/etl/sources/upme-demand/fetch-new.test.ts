import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ConditionalBody, GetOptions, HttpClient, HttpValidators } from '../../../../../src-main/etl/http/http-types';
import { SourceHttpError } from '../../../../../src-main/etl/http/source-http-error';
import type { RefreshContext } from '../../../../../src-main/etl/refresh/refreshable-source';
import { fetchNewUpmeDemand, upmeDemandSource } from '../../../../../src-main/etl/sources/upme-demand';
import { UPME_DOCS, upmeProjectionPage, upmeZipNames } from '../../../../support/publishers/upme-demand';

const PAGE = 'https://www.upme.gov.co/simec/planeacion-energetica/proyeccion_de_demanda/';
const DOCS = 'https://docs.upme.gov.co';
const zipUrl = (edition: string) => `${DOCS}${UPME_DOCS}${upmeZipNames[edition]}`;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Served {
  bytes: Uint8Array;
  etag: string;
}

/** A publisher in memory: the page, and each zip with an ETag that answers 304 when it matches. */
function fakeHttp(files: Map<string, Served>, page = upmeProjectionPage(DOCS)): HttpClient & { requests: { url: string; options?: GetOptions }[] } {
  const requests: { url: string; options?: GetOptions }[] = [];
  return {
    requests,
    async getText(url, options) {
      requests.push({ url, options });
      return { url, finalUrl: url, bytes: new TextEncoder().encode(page), contentType: 'text/html', validators: { etag: null, lastModified: null }, text: page };
    },
    async getBytes(url, options): Promise<ConditionalBody> {
      requests.push({ url, options });
      const file = files.get(url);
      if (!file) throw new SourceHttpError('http-status', 'La UPME respondió HTTP 404', { url, host: 'docs.upme.gov.co', status: 404 });
      if (options?.validators?.etag === file.etag) return { kind: 'not-modified', url };
      return { kind: 'fetched', url, finalUrl: url, bytes: file.bytes, contentType: 'application/zip', validators: { etag: file.etag, lastModified: null } };
    },
    async getJson() {
      throw new Error('la UPME no publica JSON');
    },
  };
}

function context(http: HttpClient, previous: Record<string, { validators: HttpValidators; sha256: string }> = {}): RefreshContext & { reports: string[] } {
  const reports: string[] = [];
  return {
    http,
    urls: { index: PAGE },
    signal: new AbortController().signal,
    previous: (url) => previous[url] ?? null,
    report: (step, done, total, message) => reports.push(`${step} ${done}/${total ?? '?'} ${message ?? ''}`.trim()),
    reports,
  };
}

describe('UPME demand fetchNew', () => {
  const zip2024 = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
  const zip2023 = new Uint8Array([80, 75, 3, 4, 9, 9, 9]);
  const files = () =>
    new Map<string, Served>([
      [zipUrl('2024'), { bytes: zip2024, etag: '"a2024"' }],
      [zipUrl('2023'), { bytes: zip2023, etag: '"a2023"' }],
    ]);

  it('downloads every edition’s zip the page lists, and nothing else', async () => {
    const http = fakeHttp(files());
    const ctx = context(http);
    const downloaded = await fetchNewUpmeDemand(ctx);
    expect(downloaded.map((d) => [d.ref.coverage, d.ref.fileName, d.bytes, d.validators.etag])).toEqual([
      ['Edición 2024', 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip', zip2024, '"a2024"'],
      ['Edición 2023', 'Anexo_proyeccion_demanda_gas_natural_rev_dic_2023.zip', zip2023, '"a2023"'],
    ]);
    expect(http.requests.map((r) => r.url)).toEqual([PAGE, zipUrl('2024'), zipUrl('2023')]);
    expect(http.requests.every((r) => r.options?.signal === ctx.signal)).toBe(true);
    expect(ctx.reports).toContain('discover 1/1 2 archivos publicados');
  });

  it('asks conditionally and returns nothing when the zips did not change (304 or same bytes)', async () => {
    const http = fakeHttp(files());
    const previous = {
      [zipUrl('2024')]: { validators: { etag: '"a2024"', lastModified: null }, sha256: 'x' }, // answers 304
      [zipUrl('2023')]: { validators: { etag: '"old"', lastModified: null }, sha256: sha(zip2023) }, // new ETag, same bytes
    };
    expect(await fetchNewUpmeDemand(context(http, previous))).toEqual([]);
    expect(http.requests[1]!.options?.validators).toEqual({ etag: '"a2024"', lastModified: null });
  });

  it('returns only the edition whose zip changed', async () => {
    const served = files();
    const changed = new Uint8Array([80, 75, 3, 4, 7, 7]);
    served.set(zipUrl('2024'), { bytes: changed, etag: '"b2024"' });
    const previous = {
      [zipUrl('2024')]: { validators: { etag: '"a2024"', lastModified: null }, sha256: sha(zip2024) },
      [zipUrl('2023')]: { validators: { etag: '"a2023"', lastModified: null }, sha256: sha(zip2023) },
    };
    const downloaded = await fetchNewUpmeDemand(context(fakeHttp(served), previous));
    expect(downloaded.map((d) => [d.ref.coverage, d.bytes])).toEqual([['Edición 2024', changed]]);
  });

  it('lets a download failure through, for the runner to report for UPME only', async () => {
    const served = files();
    served.delete(zipUrl('2023'));
    await expect(fetchNewUpmeDemand(context(fakeHttp(served)))).rejects.toMatchObject({ code: 'http-status', message: 'La UPME respondió HTTP 404' });
  });

  it('is a refreshable source with its official page as the default URL', () => {
    expect(upmeDemandSource.id).toBe('upme-demand');
    expect(upmeDemandSource.defaultUrls).toEqual({ index: PAGE });
    expect(upmeDemandSource.officialUrl).toBe(PAGE);
  });
});
