import type { CommandOutput } from '../../src-shared/contract';

type Boundaries = CommandOutput<'map.boundaries'>;
type Feature = Boundaries['features'][number];
export type Position = readonly [number, number];

/** Shoelace area of a ring, in squared degrees (only compared with other rings). */
export function ringArea(ring: readonly Position[]): number {
  let twice = 0;
  for (let index = 0; index < ring.length; index += 1) {
    const [x1, y1] = ring[index] as Position;
    const [x2, y2] = ring[(index + 1) % ring.length] as Position;
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice) / 2;
}

/**
 * A point certainly inside a ring: the middle of the widest stretch of inside along a few horizontal
 * lines. ECharts would place a territory's label and centre at its ring's centroid, which for a bent
 * municipality can fall in the neighbour; this one cannot.
 */
export function interiorPoint(ring: readonly Position[]): Position | null {
  if (ring.length < 3) return null;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [, y] of ring) {
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  let best: { x: number; y: number; width: number } | null = null;
  for (const fraction of [0.5, 0.35, 0.65, 0.2, 0.8]) {
    const y = minY + (maxY - minY) * fraction;
    const crossings: number[] = [];
    for (let index = 0; index < ring.length; index += 1) {
      const [ax, ay] = ring[index] as Position;
      const [bx, by] = ring[(index + 1) % ring.length] as Position;
      if (ay > y !== by > y) crossings.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
    }
    crossings.sort((a, b) => a - b);
    for (let index = 0; index + 1 < crossings.length; index += 2) {
      const left = crossings[index] as number;
      const width = (crossings[index + 1] as number) - left;
      if (best === null || width > best.width) best = { x: left + width / 2, y, width };
    }
  }
  return best ? [best.x, best.y] : null;
}

/** The outer ring of a feature's largest polygon. */
export function largestRing(feature: Feature): readonly Position[] {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let largest: readonly Position[] = [];
  let largestArea = -1;
  for (const polygon of polygons) {
    const outer = (polygon[0] ?? []) as readonly Position[];
    const area = ringArea(outer);
    if (area > largestArea) {
      largest = outer;
      largestArea = area;
    }
  }
  return largest;
}

/**
 * The boundaries as ECharts registers them: each feature keeps its code and name and gains `cp`, the
 * point ECharts uses as the territory's centre (labels, `convertToPixel` by name).
 */
export function echartsGeoJson(boundaries: Boundaries): { type: 'FeatureCollection'; features: unknown[] } {
  return {
    type: 'FeatureCollection',
    features: boundaries.features.map((feature) => {
      const cp = interiorPoint(largestRing(feature));
      return { type: 'Feature', id: feature.id, geometry: feature.geometry, properties: { ...feature.properties, ...(cp ? { cp: [...cp] } : {}) } };
    }),
  };
}
