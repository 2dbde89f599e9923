import type { CommandOutput } from '../../src-shared/contract';
import { echarts } from '../charts/echarts-setup';
import { echartsGeoJson } from './boundary-geometry';

type Boundaries = CommandOutput<'map.boundaries'>;

export interface RegisteredBoundaries {
  /** The name ECharts knows the boundaries by (the map series' `map`). */
  mapName: string;
  /** Official names by code, in the boundaries' order. */
  names: ReadonlyMap<string, string>;
}

/** Everything registered this session, by map name: ECharts keeps the shapes, this keeps the names. */
const registered = new Map<string, RegisteredBoundaries>();

/** The name of one loaded boundaries file: a re-import gets a new one, so ECharts never draws stale shapes. */
export function boundariesMapName(boundaries: Pick<Boundaries, 'level' | 'source'>): string {
  return `caudal-${boundaries.level}-${boundaries.source.fileId}-${boundaries.source.importedAt}`;
}

/**
 * Registers a boundaries file with ECharts once per session. ECharts parses a registered map's GeoJSON
 * on first use and keeps the parsed regions with the registration, so registering again on every visit
 * to the page (or every filter change) would throw that work away and redo it: 1,122 municipalities,
 * each with its label point computed here first.
 */
export function registerBoundaries(boundaries: Boundaries): RegisteredBoundaries {
  const mapName = boundariesMapName(boundaries);
  const known = registered.get(mapName);
  if (known) return known;
  echarts.registerMap(mapName, echartsGeoJson(boundaries) as unknown as Parameters<typeof echarts.registerMap>[1]);
  const entry: RegisteredBoundaries = { mapName, names: new Map(boundaries.features.map((feature) => [feature.properties.code, feature.properties.name])) };
  registered.set(mapName, entry);
  return entry;
}
