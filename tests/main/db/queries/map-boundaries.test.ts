import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandOutput } from '../../../../src-shared/contract';
import { mapBoundaries } from '../../../../src-shared/contract/map';
import { openTempApp, query, type TempApp } from '../../../support/temp-app';
import { departmentsGeoJson, municipalitiesGeoJson, square } from '../../etl/sources/dane-territory/geo-fixture';
import { loadBoundaries, loadDivipolaFixture } from './royalties-queries';

type Boundaries = CommandOutput<'map.boundaries'>;

describe('map.boundaries', () => {
  let t: TempApp;
  beforeEach(async () => {
    t = await openTempApp();
  });
  afterEach(async () => t.close());

  it('says how to get boundaries when none are loaded', async () => {
    const result = await t.app.dispatcher.dispatch('map.boundaries', { level: 'municipality' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No hay límites de municipios cargados. Importe los límites (GeoJSON) o actualice la fuente DANE.' },
    });
  });

  it('returns a FeatureCollection keyed by DIVIPOLA code, with official department names and its source file', async () => {
    const fileId = loadBoundaries(t, departmentsGeoJson(), 'dptos.geojson');
    const result = await query<Boundaries>(t.app, 'map.boundaries', { level: 'department' });
    expect(mapBoundaries.output.parse(result)).toEqual(result);
    expect(result).toMatchObject({ type: 'FeatureCollection', level: 'department', source: { fileId, fileName: 'dptos.geojson', coverage: 'Límites departamentales MGN 2018 (2)' } });
    expect(result.features.map((f) => [f.id, f.properties])).toEqual([
      ['50', { code: '50', name: 'Meta' }],
      ['85', { code: '85', name: 'Casanare' }],
    ]);
    expect(result.features[1]!.geometry).toEqual({ type: 'Polygon', coordinates: square(-72, 5) });
  });

  it('names municipalities as the DIVIPOLA list does when it is loaded, else as the boundaries file', async () => {
    loadBoundaries(t, municipalitiesGeoJson(), 'mpios.geojson');
    const names = async () => (await query<Boundaries>(t.app, 'map.boundaries', { level: 'municipality' })).features.map((f) => f.properties.name);
    expect(await names()).toEqual(['YOPAL', 'SAN LUIS DE PALENQUE', 'TAURAMENA']);
    loadDivipolaFixture(t);
    expect(await names()).toEqual(['Yopal', 'San Luis de Gaceno', 'Tauramena']);
  });
});
