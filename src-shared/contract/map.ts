import { z } from 'zod';
import { defineCommand } from './define';
import { period } from './filters';

export const mapLevel = z.enum(['department', 'municipality']);
export type MapLevel = z.infer<typeof mapLevel>;

/** `[longitude, latitude]` in degrees (WGS84). */
const position = z.tuple([z.number(), z.number()]);
const polygonCoordinates = z.array(z.array(position));

export const boundaryGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygonCoordinates }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonCoordinates) }),
]);

const boundaryFeature = z.object({
  type: z.literal('Feature'),
  /** The DIVIPOLA code, so a map library can join values by it. */
  id: z.string(),
  properties: z.object({ code: z.string(), name: z.string() }),
  geometry: boundaryGeometry,
});

export const mapBoundaries = defineCommand({
  summary: 'Límites simplificados de departamentos o municipios (GeoJSON con código DIVIPOLA y nombre).',
  input: z.object({ level: mapLevel }),
  // A GeoJSON FeatureCollection; `level` and `source` are foreign members the format allows.
  output: z.object({
    type: z.literal('FeatureCollection'),
    level: mapLevel,
    /** Which loaded file the boundaries come from (lineage). */
    source: z.object({ fileId: z.number().int(), fileName: z.string(), coverage: z.string().nullable(), importedAt: z.string() }),
    features: z.array(boundaryFeature),
  }),
});

/**
 * Measures a map can paint: fiscalized production as a volume (MPC, summed) or as an average daily
 * rate (MPCD: volume ÷ days of the loaded months in the range), and royalties in COP or USD.
 */
export const mapMeasures = ['productionVolume', 'productionRate', 'royaltiesCop', 'royaltiesUsd'] as const;
export const mapMeasure = z.enum(mapMeasures);
export type MapMeasure = z.infer<typeof mapMeasure>;

export const mapUnit = z.enum(['MPC', 'MPCD', 'COP', 'USD']);

export const mapValues = defineCommand({
  summary: 'Un valor por código de departamento o municipio (producción MPC/MPCD o regalías) en un rango de periodos.',
  input: z.object({
    level: mapLevel,
    measure: mapMeasure.default('productionVolume'),
    from: period.optional(),
    to: period.optional(),
  }),
  output: z.object({
    level: mapLevel,
    measure: mapMeasure,
    unit: mapUnit,
    /** Range of loaded data the values cover (null when nothing is loaded in the range). */
    from: period.nullable(),
    to: period.nullable(),
    /** Territories with data, sorted by code. */
    values: z.array(z.object({ code: z.string(), name: z.string(), value: z.number() })),
    /**
     * What cannot be placed on this map: rows whose source gave no department, or a municipality that
     * matches no DIVIPOLA code. Shown beside the map so its total stays honest.
     */
    unplaced: z.object({ value: z.number(), rows: z.number().int() }),
  }),
});
