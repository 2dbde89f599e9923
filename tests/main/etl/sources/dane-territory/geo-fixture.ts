/** Small boundary files written for the tests: squares in longitude/latitude degrees near Colombia. */
export type Properties = Record<string, unknown>;

export function square(x: number, y: number, size = 0.5): number[][][] {
  return [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]];
}

export function feature(properties: Properties, geometry: unknown): unknown {
  return { type: 'Feature', properties, geometry };
}

export function featureCollection(features: unknown[]): { type: 'FeatureCollection'; features: unknown[] } {
  return { type: 'FeatureCollection', features };
}

/** Casanare (85) and Meta (50) as MGN 2018 writes its department layer. */
export function departmentsGeoJson(): unknown {
  return featureCollection([
    feature({ DPTO_CCDGO: '85', DPTO_CNMBR: 'CASANARE', DPTO_NANO: 2018 }, { type: 'Polygon', coordinates: square(-72, 5) }),
    feature({ DPTO_CCDGO: '50', DPTO_CNMBR: 'META', DPTO_NANO: 2018 }, { type: 'Polygon', coordinates: square(-73, 3.5) }),
  ]);
}

/** Three Casanare municipalities as MGN 2018 writes its municipal layer (MGN names, upper case). */
export function municipalitiesGeoJson(): unknown {
  const mpio = (code: string, name: string, x: number) =>
    feature({ DPTO_CCDGO: code.slice(0, 2), MPIO_CCDGO: code.slice(2), MPIO_CNMBR: name, MPIO_CCNCT: code, MPIO_NANO: 2018 }, { type: 'Polygon', coordinates: square(x, 5, 0.2) });
  return featureCollection([mpio('85001', 'YOPAL', -72.4), mpio('85410', 'TAURAMENA', -72.8), mpio('85325', 'SAN LUIS DE PALENQUE', -71.9)]);
}

/**
 * A quantized TopoJSON with a department layer (two squares sharing an edge, the second using the
 * shared arc reversed) and a municipal layer, as a TopoJSON re-export of the MGN would hold them.
 */
export function topology(): unknown {
  return {
    type: 'Topology',
    transform: { scale: [0.5, 0.5], translate: [-75, 4] },
    arcs: [
      [[1, 0], [0, 1]],
      [[1, 1], [-1, 0], [0, -1], [1, 0]],
      [[1, 0], [1, 0], [0, 1], [-1, 0]],
    ],
    objects: {
      MGN_DPTO_POLITICO: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: { DPTO_CCDGO: '85', DPTO_CNMBR: 'CASANARE' } },
          { type: 'Polygon', arcs: [[2, ~0]], properties: { DPTO_CCDGO: '50', DPTO_CNMBR: 'META' } },
        ],
      },
      MGN_MPIO_POLITICO: {
        type: 'GeometryCollection',
        geometries: [{ type: 'MultiPolygon', arcs: [[[0, 1]]], properties: { MPIO_CCNCT: '85001', MPIO_CNMBR: 'YOPAL' } }],
      },
    },
  };
}
