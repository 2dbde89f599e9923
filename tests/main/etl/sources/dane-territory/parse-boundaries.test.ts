import { describe, expect, it } from 'vitest';
import { departments } from '../../../../../src-shared/domain/territory';
import { daneTerritorySource } from '../../../../../src-main/etl/sources/dane-territory';
import { transformTerritoryFile } from '../../../../../src-main/etl/sources/dane-territory/transform/transform-territory-file';
import type { BoundariesParse, BoundaryGeometry } from '../../../../../src-main/etl/sources/dane-territory/types';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { describeWithSamples, readSample } from '../../../../support/samples';
import { departmentsGeoJson, feature, featureCollection, municipalitiesGeoJson, square, topology } from './geo-fixture';

const probeJson = (value: unknown, name = 'limites.geojson') => probeFile(name, new TextEncoder().encode(JSON.stringify(value)));
const parse = (value: unknown) => transformTerritoryFile(probeJson(value)) as BoundariesParse;

function rings(geometry: BoundaryGeometry): ReadonlyArray<ReadonlyArray<readonly [number, number]>> {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

describe('boundaries (GeoJSON)', () => {
  it('reads a department layer: code, name and polygon, with the MGN edition in the coverage', () => {
    const parsed = parse(departmentsGeoJson());
    expect(parsed.kind).toBe('boundaries');
    expect(parsed.coverage).toBe('Límites departamentales MGN 2018 (2)');
    expect(parsed.layers).toHaveLength(1);
    const [layer] = parsed.layers;
    expect(layer!.level).toBe('department');
    expect(layer!.features.map((f) => [f.code, f.name, f.featureIndex])).toEqual([
      ['50', 'META', 2],
      ['85', 'CASANARE', 1],
    ]);
    expect(layer!.features[1]!.geometry).toEqual({ type: 'Polygon', coordinates: square(-72, 5) });
  });

  it('reads a municipal layer by its 5-digit code, also with MGN 2025 lower-case names, or from department + 3-digit part', () => {
    expect(parse(municipalitiesGeoJson()).layers[0]!.features.map((f) => f.code)).toEqual(['85001', '85325', '85410']);
    const mgn2025 = featureCollection([feature({ dpto_ccdgo: '85', mpio_cdpmp: '85440', mpio_cnmbre: 'VILLANUEVA' }, { type: 'Polygon', coordinates: square(-72.6, 4.6, 0.1) })]);
    expect(parse(mgn2025).layers[0]!.features.map((f) => [f.code, f.name])).toEqual([['85440', 'VILLANUEVA']]);
    const parts = featureCollection([feature({ DPTO_CCDGO: '5', MPIO_CCDGO: '1', MPIO_CNMBR: 'MEDELLÍN' }, { type: 'Polygon', coordinates: square(-75.6, 6.2, 0.1) })]);
    expect(parse(parts).layers[0]!.features.map((f) => f.code)).toEqual(['05001']);
  });

  it('joins features that share a code (islands published apart) into one MultiPolygon', () => {
    const islands = featureCollection([
      feature({ DPTO_CCDGO: '88', DPTO_CNMBR: 'SAN ANDRÉS' }, { type: 'Polygon', coordinates: square(-81.7, 12.5, 0.1) }),
      feature({ DPTO_CCDGO: '88', DPTO_CNMBR: 'SAN ANDRÉS' }, { type: 'Polygon', coordinates: square(-81.4, 13.3, 0.1) }),
    ]);
    const [f] = parse(islands).layers[0]!.features;
    expect(f!.geometry.type).toBe('MultiPolygon');
    expect(f!.geometry.coordinates).toHaveLength(2);
    expect(f!.featureIndex).toBe(1);
  });

  it('rejects features without a valid code or a polygon, keeping their properties; projected files are explained', () => {
    const parsed = parse(
      featureCollection([
        feature({ DPTO_CCDGO: '85', DPTO_CNMBR: 'CASANARE' }, { type: 'Polygon', coordinates: square(-72, 5) }),
        feature({ DPTO_CCDGO: '00', DPTO_CNMBR: 'NINGUNO' }, { type: 'Polygon', coordinates: square(-72, 5) }),
        feature({ DPTO_CCDGO: '50', DPTO_CNMBR: 'META' }, { type: 'Point', coordinates: [-73, 4] }),
        feature({ DPTO_CCDGO: '81', DPTO_CNMBR: 'ARAUCA' }, { type: 'Polygon', coordinates: [[[1_200_000, 1_300_000], [1_250_000, 1_300_000], [1_250_000, 1_350_000], [1_200_000, 1_300_000]]] }),
        feature({ DPTO_CCDGO: '91', DPTO_CNMBR: 'AMAZONAS' }, null),
      ]),
    );
    expect(parsed.layers[0]!.features.map((f) => f.code)).toEqual(['85']);
    expect(parsed.rejects.map((r) => [r.row, r.reasonCode])).toEqual([
      [2, 'bad-code'],
      [3, 'bad-geometry'],
      [4, 'bad-geometry'],
      [5, 'bad-geometry'],
    ]);
    expect(parsed.rejects[1]!.reason).toBe('Límite 50: geometría de tipo "Point"; se esperan polígonos');
    expect(parsed.rejects[2]!.reason).toContain('coordenadas proyectadas (metros); expórtelo en WGS84 (EPSG:4326)');
    expect(parsed.rejects[0]!.raw).toEqual({ DPTO_CCDGO: '00', DPTO_CNMBR: 'NINGUNO' });
  });

  it('is recognised only when its features carry DIVIPOLA codes', () => {
    expect(daneTerritorySource.recognise(probeJson(departmentsGeoJson(), 'mapa.json'))).toBe(true);
    expect(daneTerritorySource.recognise(probeJson(featureCollection([feature({ name: 'río' }, { type: 'Polygon', coordinates: square(0, 0) })])))).toBe(false);
    expect(() => parse(featureCollection([feature({ DPTO_CCDGO: 'xx' }, null)]))).toThrow(
      'El archivo no trae límites de departamentos ni de municipios con códigos DIVIPOLA válidos; no se reemplazan los límites cargados',
    );
  });
});

describe('boundaries (TopoJSON)', () => {
  it('decodes quantized, delta-encoded arcs, shared and reversed, into one layer per level', () => {
    const parsed = parse(topology());
    expect(parsed.coverage).toBe('Límites departamentales (2) y Límites municipales (1)');
    const [departmentLayer, municipalityLayer] = parsed.layers;
    expect(departmentLayer!.level).toBe('department');
    const meta = departmentLayer!.features.find((f) => f.code === '50')!;
    expect(meta.geometry).toEqual({ type: 'Polygon', coordinates: [[[-74.5, 4], [-74, 4], [-74, 4.5], [-74.5, 4.5], [-74.5, 4]]] });
    const casanare = departmentLayer!.features.find((f) => f.code === '85')!;
    expect(casanare.geometry).toEqual({ type: 'Polygon', coordinates: [[[-74.5, 4], [-74.5, 4.5], [-75, 4.5], [-75, 4], [-74.5, 4]]] });
    expect(municipalityLayer).toMatchObject({ level: 'municipality', features: [{ code: '85001', name: 'YOPAL' }] });
    expect(municipalityLayer!.features[0]!.geometry).toEqual(casanare.geometry);
  });

  it('explains a damaged topology instead of calling it unknown', () => {
    const damaged = topology() as { objects: { MGN_DPTO_POLITICO: { geometries: Array<{ arcs: number[][] }> } } };
    damaged.objects.MGN_DPTO_POLITICO.geometries[0]!.arcs = [[7]];
    expect(daneTerritorySource.recognise(probeJson(damaged))).toBe(true);
    expect(() => parse(damaged)).toThrow('El archivo TopoJSON está dañado: el arco 7 no existe');
  });
});

describeWithSamples('boundaries — real DANE MGN 2018 GeoJSON', () => {
  it('reads the 33 departments with their DIVIPOLA codes, simplified to a light map', () => {
    const parsed = transformTerritoryFile(probeFile('d.geojson', readSample('geo', 'co_2018_MGN_DPTO_POLITICO.geojson'))) as BoundariesParse;
    expect(parsed.coverage).toBe('Límites departamentales MGN 2018 (33)');
    expect(parsed.rejects).toEqual([]);
    const features = parsed.layers[0]!.features;
    expect(features.map((f) => f.code)).toEqual(departments.map((d) => d.code));
    for (const f of features) for (const ring of rings(f.geometry)) expect(ring.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(features.map((f) => f.geometry)).length).toBeLessThan(200_000);
  });

  it('reads the 1,122 municipalities with 5-digit codes, every ring closed and inside Colombia', () => {
    const parsed = transformTerritoryFile(probeFile('m.geojson', readSample('geo', 'co_2018_MGN_MPIO_POLITICO.geojson'))) as BoundariesParse;
    expect(parsed.coverage).toBe('Límites municipales MGN 2018 (1.122)');
    expect(parsed.rejects).toEqual([]);
    const features = parsed.layers[0]!.features;
    expect(features).toHaveLength(1122);
    expect(features.find((f) => f.code === '85325')?.name).toBe('SAN LUIS DE PALENQUE');
    for (const f of features) {
      expect(f.code).toMatch(/^\d{5}$/);
      for (const ring of rings(f.geometry)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring.at(-1));
        for (const [lon, lat] of ring) {
          expect(lon).toBeGreaterThan(-82);
          expect(lon).toBeLessThan(-66);
          expect(lat).toBeGreaterThan(-4.3);
          expect(lat).toBeLessThan(16);
        }
      }
    }
    expect(JSON.stringify(features.map((f) => f.geometry)).length).toBeLessThan(1_500_000);
  });
});
