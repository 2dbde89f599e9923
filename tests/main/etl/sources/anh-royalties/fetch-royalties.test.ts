import { describe, expect, it } from 'vitest';
import { fetchRoyalties } from '../../../../../src-main/etl/sources/anh-royalties/fetch-royalties';
import { readSocrataSnapshot } from '../../../../../src-main/etl/sources/anh-royalties/socrata-snapshot';
import { fakeHttp, fakeRefreshContext } from '../dane-territory/fake-refresh-context';
import { royaltyRow } from './royalty-fixture';

const METADATA = 'https://datos.example/api/views/j7js-yk74.json';
const DATA = 'https://datos.example/resource/j7js-yk74.json';
const urls = { metadata: METADATA, data: DATA };
const ROWS_UPDATED_AT = 1_761_900_000;

/** Five gas rows served in pages of `$limit` from `$offset`, as Socrata does. */
function socrata(rows = [1, 2, 3, 4, 5].map((n) => royaltyRow({ mes: String(n) })), rowsUpdatedAt: () => number = () => ROWS_UPDATED_AT) {
  return fakeHttp({
    [METADATA]: () => ({ body: JSON.stringify({ id: 'j7js-yk74', name: 'Regalías', rowsUpdatedAt: rowsUpdatedAt() }) }),
    [DATA]: (url) => {
      const limit = Number(url.searchParams.get('$limit'));
      const offset = Number(url.searchParams.get('$offset'));
      return { body: JSON.stringify(rows.slice(offset, offset + limit)) };
    },
  });
}

describe('fetchRoyalties', () => {
  it('pages with $limit/$offset, a gas filter and a stable order until a short page, into one snapshot', async () => {
    const http = socrata();
    const files = await fetchRoyalties(fakeRefreshContext(http, urls), { pageSize: 2 });
    const pages = http.requests.filter((r) => r.url.startsWith(DATA)).map((r) => new URL(r.url).searchParams);
    expect(pages.map((p) => [p.get('$offset'), p.get('$limit')])).toEqual([
      ['0', '2'],
      ['2', '2'],
      ['4', '2'],
    ]);
    expect(pages.every((p) => p.get('$where') === "tipohidrocarburo='G'" && p.get('$order') === ':id')).toBe(true);
    expect(files).toHaveLength(1);
    const file = files[0]!;
    expect(file.ref.url).toBe(DATA);
    expect(file.ref.coverage).toBe('datos.gov.co actualizado 2025-10-31');
    expect(file.validators).toEqual({ etag: null, lastModified: new Date(ROWS_UPDATED_AT * 1000).toUTCString() });
    const snapshot = readSocrataSnapshot(JSON.parse(new TextDecoder().decode(file.bytes)));
    expect(snapshot?.rowsUpdatedAt).toBe(ROWS_UPDATED_AT);
    expect(snapshot?.rows.map((r) => (r as { mes: string }).mes)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('asks one more page when the last full page ends exactly at the total', async () => {
    const http = socrata([1, 2, 3, 4].map((n) => royaltyRow({ mes: String(n) })));
    const [file] = await fetchRoyalties(fakeRefreshContext(http, urls), { pageSize: 2 });
    expect(http.requests.filter((r) => r.url.startsWith(DATA))).toHaveLength(3);
    expect(readSocrataSnapshot(JSON.parse(new TextDecoder().decode(file!.bytes)))?.rows).toHaveLength(4);
  });

  it('returns [] (sin cambios) without downloading rows when rowsUpdatedAt is what the last snapshot says', async () => {
    const http = socrata();
    const previous = [{ url: DATA, validators: { etag: null, lastModified: new Date(ROWS_UPDATED_AT * 1000).toUTCString() } }];
    const ctx = fakeRefreshContext(http, urls, previous);
    expect(await fetchRoyalties(ctx, { pageSize: 2 })).toEqual([]);
    expect(http.requests.map((r) => r.url)).toEqual([METADATA]);
    expect(ctx.reports.at(-1)).toBe('discover 1/1 Sin cambios desde 2025-10-31');
  });

  it('downloads again when the dataset was updated after the last snapshot', async () => {
    const http = socrata();
    const previous = [{ url: DATA, validators: { etag: null, lastModified: new Date((ROWS_UPDATED_AT - 86_400) * 1000).toUTCString() } }];
    expect(await fetchRoyalties(fakeRefreshContext(http, urls, previous), { pageSize: 10 })).toHaveLength(1);
  });

  it('fails clearly when the publisher updates the data while the pages are read', async () => {
    let calls = 0;
    const http = socrata(undefined, () => ROWS_UPDATED_AT + (calls++ > 0 ? 60 : 0));
    await expect(fetchRoyalties(fakeRefreshContext(http, urls), { pageSize: 2 })).rejects.toThrow(/actualizó las regalías mientras se descargaban/);
  });

  it('fails clearly when a page is not a list of rows (the API changed)', async () => {
    const http = fakeHttp({
      [METADATA]: { body: JSON.stringify({ rowsUpdatedAt: ROWS_UPDATED_AT }) },
      [DATA]: { body: JSON.stringify({ error: true, message: 'query.soql.no-such-column' }) },
    });
    await expect(fetchRoyalties(fakeRefreshContext(http, urls))).rejects.toThrow(/no respondió una lista de filas de regalías \(página 1\)/);
  });

  it('without rowsUpdatedAt in the metadata still downloads (equal bytes then mean "sin cambios")', async () => {
    const http = fakeHttp({
      [METADATA]: { body: JSON.stringify({ name: 'sin fecha' }) },
      [DATA]: { body: JSON.stringify([royaltyRow()]) },
    });
    const [file] = await fetchRoyalties(fakeRefreshContext(http, urls));
    expect(file?.validators.lastModified).toBeNull();
    expect(file?.ref.coverage).toBeNull();
  });
});
