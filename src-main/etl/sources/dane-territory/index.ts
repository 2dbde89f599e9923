import type { RefreshableSource } from '../../refresh/refreshable-source';
import { defineFileSource } from '../source-definition';
import { fetchTerritoryFiles, type TerritoryUrlRole } from './fetch/fetch-territory-files';
import { loadBoundaries } from './load/load-boundaries';
import { loadDivipola } from './load/load-divipola';
import { recogniseTerritoryFile } from './transform/recognise-territory-file';
import { transformTerritoryFile } from './transform/transform-territory-file';
import { DANE_PUBLISHER, DANE_TERRITORY_SOURCE, type DaneTerritoryParse } from './types';

/**
 * Default URLs, each overridable by settings and environment:
 * - DIVIPOLA: CSV export of datos.gov.co "Departamentos y municipios de Colombia" (dataset xdk5-pm3f,
 *   the id its Socrata API answers under: /resource/xdk5-pm3f.json with fields c_digo_dane_del_…).
 * - Boundaries: DANE geoportal, Marco Geoestadístico Nacional 2025 feature service (layer 319
 *   departments, 317 municipalities), queried as GeoJSON in WGS84 with server-side generalisation.
 *   Taken from public code that uses the service; not checked against the live service from here.
 */
export const daneTerritoryDefaultUrls: Readonly<Record<TerritoryUrlRole, string>> = {
  divipola: 'https://www.datos.gov.co/api/views/xdk5-pm3f/rows.csv?accessType=DOWNLOAD',
  departmentBoundaries:
    'https://geoportal.dane.gov.co/mparcgis/rest/services/MGN2025/Serv_CapasMGN_2025/FeatureServer/319/query?where=1%3D1&outFields=*&returnGeometry=true&outSR=4326&maxAllowableOffset=0.005&geometryPrecision=5&f=geojson',
  municipalityBoundaries:
    'https://geoportal.dane.gov.co/mparcgis/rest/services/MGN2025/Serv_CapasMGN_2025/FeatureServer/317/query?where=1%3D1&outFields=*&returnGeometry=true&outSR=4326&maxAllowableOffset=0.001&geometryPrecision=5&f=geojson',
};

const fileSource = defineFileSource<DaneTerritoryParse>({
  id: DANE_TERRITORY_SOURCE,
  publisher: DANE_PUBLISHER,
  title: 'DANE DIVIPOLA y límites territoriales',
  recognise: (file) => recogniseTerritoryFile(file) !== null,
  transform: transformTerritoryFile,
  load(sqlite, file, parsed, runId, now) {
    switch (parsed.kind) {
      case 'divipola':
        return loadDivipola(sqlite, file, parsed, runId, now);
      case 'boundaries':
        return loadBoundaries(sqlite, file, parsed, runId, now);
      default:
        return parsed satisfies never;
    }
  },
});

export const daneTerritorySource: RefreshableSource = {
  ...fileSource,
  defaultUrls: daneTerritoryDefaultUrls,
  officialUrl: 'https://www.datos.gov.co/d/xdk5-pm3f',
  fetchNew: fetchTerritoryFiles,
};
