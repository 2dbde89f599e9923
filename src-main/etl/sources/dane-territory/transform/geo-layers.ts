import { topologyLayers } from './topojson';

/** A feature as read from GeoJSON or decoded from TopoJSON, before validation. */
export interface RawFeature {
  readonly index: number;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly geometry: unknown;
}

export interface RawLayer {
  /** The TopoJSON object name, or null for a GeoJSON FeatureCollection. */
  readonly name: string | null;
  readonly features: readonly RawFeature[];
}

/** The layers of a GeoJSON FeatureCollection or a TopoJSON Topology; null when the JSON is neither. */
export function geoLayers(json: unknown): RawLayer[] | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const document = json as Record<string, unknown>;
  if (document['type'] === 'Topology') return topologyLayers(document);
  if (document['type'] !== 'FeatureCollection' || !Array.isArray(document['features'])) return null;
  const features = (document['features'] as unknown[]).map((feature, index): RawFeature => {
    const f = (feature ?? {}) as { properties?: unknown; geometry?: unknown; id?: unknown };
    const properties = f.properties !== null && typeof f.properties === 'object' ? (f.properties as Record<string, unknown>) : {};
    return { index, properties, geometry: f.geometry ?? null };
  });
  return [{ name: null, features }];
}
