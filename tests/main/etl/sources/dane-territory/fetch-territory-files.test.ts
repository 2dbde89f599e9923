import { describe, expect, it } from 'vitest';
import { fetchTerritoryFiles } from '../../../../../src-main/etl/sources/dane-territory/fetch/fetch-territory-files';
import { divipolaCsv } from './divipola-fixture';
import { fakeHttp, fakeRefreshContext } from './fake-refresh-context';
import { departmentsGeoJson, feature, square } from './geo-fixture';

const DIVIPOLA = 'https://datos.example/api/views/xdk5-pm3f/rows.csv';
const DEPARTMENTS = 'https://mapas.example/limites/departamentos.geojson';
const MUNICIPALITIES = 'https://geo.example/arcgis/rest/services/MGN/FeatureServer/317/query';
const urls = { divipola: `${DIVIPOLA}?accessType=DOWNLOAD`, departmentBoundaries: DEPARTMENTS, municipalityBoundaries: `${MUNICIPALITIES}?where=1%3D1&f=geojson` };
const ETAG = { etag: '"v1"', lastModified: null };

const town = (code: string) => feature({ MPIO_CDPMP: code, MPIO_CNMBRE: `M${code}` }, { type: 'Polygon', coordinates: square(-72, 5, 0.1) });

/** An ArcGIS layer of five municipalities answering at most two features per request. */
function arcgis(offsets: number[]) {
  const all = ['85001', '85010', '85015', '85125', '85136'].map(town);
  return (url: URL) => {
    const offset = Number(url.searchParams.get('resultOffset') ?? 0);
    offsets.push(offset);
    const features = all.slice(offset, offset + 2);
    const exceeded = offset + 2 < all.length;
    return { body: JSON.stringify({ type: 'FeatureCollection', features, ...(exceeded ? { properties: { exceededTransferLimit: true } } : {}) }) };
  };
}

describe('fetchTerritoryFiles', () => {
  it('downloads the DIVIPOLA list and both boundary layers, following ArcGIS pages into one GeoJSON', async () => {
    const offsets: number[] = [];
    const http = fakeHttp({
      [DIVIPOLA]: { body: divipolaCsv(), validators: ETAG },
      [DEPARTMENTS]: { body: JSON.stringify(departmentsGeoJson()) },
      [MUNICIPALITIES]: arcgis(offsets),
    });
    const files = await fetchTerritoryFiles(fakeRefreshContext(http, urls));
    expect(files.map((f) => [f.ref.url, f.ref.fileName])).toEqual([
      [urls.divipola, 'divipola-departamentos-y-municipios.csv'],
      [DEPARTMENTS, 'departamentos.geojson'],
      [urls.municipalityBoundaries, 'mgn-municipios.geojson'],
    ]);
    expect(files[0]!.validators).toEqual(ETAG);
    expect(offsets).toEqual([0, 2, 4]);
    const layer = JSON.parse(new TextDecoder().decode(files[2]!.bytes)) as { features: Array<{ properties: { MPIO_CDPMP: string } }> };
    expect(layer.features.map((f) => f.properties.MPIO_CDPMP)).toEqual(['85001', '85010', '85015', '85125', '85136']);
  });

  it('downloads nothing new when the server answers 304 or sends the same bytes as last time', async () => {
    const offsets: number[] = [];
    const answers = { [DIVIPOLA]: { body: divipolaCsv(), validators: ETAG }, [DEPARTMENTS]: { body: JSON.stringify(departmentsGeoJson()) }, [MUNICIPALITIES]: arcgis(offsets) };
    const first = await fetchTerritoryFiles(fakeRefreshContext(fakeHttp(answers), urls));
    const previous = first.map((f) => ({ url: f.ref.url, bytes: f.bytes, validators: f.validators }));
    const http = fakeHttp(answers);
    expect(await fetchTerritoryFiles(fakeRefreshContext(http, urls, previous))).toEqual([]);
    expect(http.requests.find((r) => r.url === urls.divipola)?.conditional).toBe(true);
  });

  it('skips a role whose URL is switched off (empty), e.g. boundaries imported by hand', async () => {
    const http = fakeHttp({ [DIVIPOLA]: { body: divipolaCsv() } });
    const files = await fetchTerritoryFiles(fakeRefreshContext(http, { ...urls, departmentBoundaries: '', municipalityBoundaries: '' }));
    expect(files.map((f) => f.ref.url)).toEqual([urls.divipola]);
    expect(http.requests).toHaveLength(1);
  });

  it('turns an ArcGIS error answer or a non-GeoJSON answer into a clear Spanish error', async () => {
    const failing = fakeHttp({ [DIVIPOLA]: { body: divipolaCsv() }, [DEPARTMENTS]: { body: '{}' }, [MUNICIPALITIES]: { body: JSON.stringify({ error: { code: 400, message: 'Invalid query parameters' } }) } });
    await expect(fetchTerritoryFiles(fakeRefreshContext(failing, urls))).rejects.toThrow('El servicio de límites del DANE respondió con un error: Invalid query parameters');
    const html = fakeHttp({ [DIVIPOLA]: { body: divipolaCsv() }, [DEPARTMENTS]: { body: '{}' }, [MUNICIPALITIES]: { body: JSON.stringify({ items: [] }) } });
    await expect(fetchTerritoryFiles(fakeRefreshContext(html, urls))).rejects.toThrow(/no es GeoJSON \(sin "features"\)/);
  });
});
