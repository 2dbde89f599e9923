import type { PublishedFile, PublisherFixture, PublisherServer } from '../publisher-server';
import { readSample } from '../samples';

/**
 * The two publishers of the territory source: datos.gov.co serving the DIVIPOLA CSV export (a plain
 * file with validators), and DANE's geoportal serving the Marco Geoestadístico layers as an ArcGIS
 * FeatureServer `query` that pages its answer (`exceededTransferLimit`, `resultOffset`) like the real
 * service does above its maxRecordCount. Built from the real samples at test time by default.
 */
export const divipolaCsvPath = '/api/views/xdk5-pm3f/rows.csv';
export const departmentLayerPath = '/mparcgis/rest/services/MGN2018/Serv_CapasMGN_2018/FeatureServer/319/query';
export const municipalityLayerPath = '/mparcgis/rest/services/MGN2018/Serv_CapasMGN_2018/FeatureServer/317/query';

const QUERY = '?where=1%3D1&outFields=*&outSR=4326&f=geojson';
const GEOJSON = 'application/geo+json; charset=utf-8';

export interface DaneTerritoryPublisherOptions {
  readonly divipolaCsv?: () => Uint8Array;
  readonly departments?: () => unknown;
  readonly municipalities?: () => unknown;
  /** The service's maxRecordCount: answers hold at most this many features. */
  readonly maxRecordCount?: number;
}

export interface DaneTerritoryPublisher extends PublisherFixture {
  /** datos.gov.co publishes a new DIVIPOLA export (new bytes, new ETag). */
  republishDivipola(bytes: Uint8Array): void;
}

export function daneTerritoryPublisher(options: DaneTerritoryPublisherOptions = {}): DaneTerritoryPublisher {
  const readGeo = (name: string) => () => JSON.parse(new TextDecoder().decode(readSample('geo', name))) as unknown;
  const csv = options.divipolaCsv ?? (() => readSample('divipola', 'Departamentos_y_municipios_de_Colombia.csv'));
  const departments = (options.departments ?? readGeo('co_2018_MGN_DPTO_POLITICO.geojson'))();
  const municipalities = (options.municipalities ?? readGeo('co_2018_MGN_MPIO_POLITICO.geojson'))();
  const maxRecordCount = options.maxRecordCount ?? 500;
  let server: PublisherServer | null = null;
  const csvFile = (bytes: Uint8Array): PublishedFile => ({ body: bytes, contentType: 'text/csv; charset=utf-8', lastModified: null });

  return {
    sourceId: 'dane-territory',
    install(target) {
      server = target;
      target.publish(divipolaCsvPath, csvFile(csv()));
      target.route(departmentLayerPath, ({ url }) => layerPage(departments, url.searchParams, maxRecordCount));
      target.route(municipalityLayerPath, ({ url }) => layerPage(municipalities, url.searchParams, maxRecordCount));
      return {
        divipola: `${target.url(divipolaCsvPath)}?accessType=DOWNLOAD`,
        departmentBoundaries: target.url(departmentLayerPath) + QUERY,
        municipalityBoundaries: target.url(municipalityLayerPath) + QUERY,
      };
    },
    republishDivipola(bytes) {
      server?.publish(divipolaCsvPath, csvFile(bytes));
    },
  };
}

/** One page of an ArcGIS `f=geojson` answer: at most maxRecordCount features from `resultOffset`. */
function layerPage(layer: unknown, params: URLSearchParams, maxRecordCount: number): PublishedFile {
  const features = (layer as { features: unknown[] }).features;
  const offset = Number(params.get('resultOffset') ?? 0);
  const count = Math.min(Number(params.get('resultRecordCount') ?? maxRecordCount), maxRecordCount);
  const page = features.slice(offset, offset + count);
  const exceeded = offset + page.length < features.length;
  const body = { type: 'FeatureCollection', features: page, ...(exceeded ? { properties: { exceededTransferLimit: true } } : {}) };
  return { body: JSON.stringify(body), contentType: GEOJSON, etag: null, lastModified: null };
}
