import type { BoundaryGeometry, BoundaryLevel, Position, Ring } from '../types';

/**
 * Tolerance in degrees for each level (1° ≈ 111 km at the equator): enough detail for a choropleth at
 * the zoom each level is shown, small enough that the municipal map stays a few MB.
 */
export const simplifyTolerance: Record<BoundaryLevel, number> = {
  department: 0.01,
  municipality: 0.002,
};

/** Five decimals of a degree is about one metre: finer digits only make the text longer. */
const DECIMALS = 1e5;

export type GeometryReading = { ok: true; polygons: Position[][][] } | { ok: false; reason: string };

/** Validates a GeoJSON Polygon/MultiPolygon in longitude/latitude degrees and returns its polygons. */
export function readPolygons(raw: unknown): GeometryReading {
  if (raw === null || typeof raw !== 'object') return { ok: false, reason: 'el elemento no tiene geometría' };
  const { type, coordinates } = raw as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') return { ok: false, reason: `geometría de tipo "${String(type)}"; se esperan polígonos` };
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  if (!Array.isArray(polygons)) return { ok: false, reason: 'coordenadas ausentes' };
  const out: Position[][][] = [];
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return { ok: false, reason: 'polígono sin anillos' };
    const rings: Position[][] = [];
    for (const ring of polygon) {
      if (!Array.isArray(ring)) return { ok: false, reason: 'anillo inválido' };
      const positions: Position[] = [];
      for (const p of ring) {
        if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
          return { ok: false, reason: 'coordenada no numérica' };
        }
        if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
          return { ok: false, reason: `coordenada (${p[0]}, ${p[1]}) fuera de longitud/latitud: el archivo parece estar en coordenadas proyectadas (metros); expórtelo en WGS84 (EPSG:4326)` };
        }
        positions.push([p[0], p[1]]);
      }
      rings.push(positions);
    }
    out.push(rings);
  }
  return { ok: true, polygons: out };
}

/**
 * Douglas–Peucker simplification of every ring, coordinates rounded to ~1 m. Holes and islands that
 * collapse below a triangle are dropped; a territory whose every polygon would vanish keeps its
 * largest one unsimplified, so no territory disappears from the map.
 */
export function simplifyPolygons(polygons: readonly (readonly Ring[])[], tolerance: number): BoundaryGeometry {
  const kept: Position[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    if (!outer) continue;
    const simplifiedOuter = simplifyRing(outer, tolerance);
    if (!simplifiedOuter) continue;
    const simplifiedHoles = holes.map((h) => simplifyRing(h, tolerance)).filter((h): h is Position[] => h !== null);
    kept.push([simplifiedOuter, ...simplifiedHoles]);
  }
  if (kept.length === 0) {
    const largest = [...polygons].sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0))[0];
    if (largest) kept.push(largest.map((ring) => closeRing(dedupe(ring.map(round)))));
  }
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

function simplifyRing(ring: Ring, tolerance: number): Position[] | null {
  const open = dedupe(ring.map(round));
  if (open.length > 1 && samePosition(open[0]!, open[open.length - 1]!)) open.pop();
  if (open.length < 3) return null;
  // A closed ring has no natural end points: split it at the point farthest from the first one.
  let far = 0;
  let farDistance = -1;
  for (let i = 1; i < open.length; i++) {
    const d = squaredDistance(open[0]!, open[i]!);
    if (d > farDistance) {
      farDistance = d;
      far = i;
    }
  }
  const closed = [...open, open[0]!];
  const keep = new Uint8Array(closed.length);
  keep[0] = keep[far] = keep[closed.length - 1] = 1;
  markKept(closed, 0, far, tolerance * tolerance, keep);
  markKept(closed, far, closed.length - 1, tolerance * tolerance, keep);
  const simplified = closed.filter((_, i) => keep[i] === 1);
  return simplified.length >= 4 ? simplified : null;
}

/** Iterative Douglas–Peucker: marks the points between `first` and `last` that must stay. */
function markKept(points: readonly Position[], first: number, last: number, squaredTolerance: number, keep: Uint8Array): void {
  const stack: Array<[number, number]> = [[first, last]];
  while (stack.length > 0) {
    const [start, end] = stack.pop()!;
    let index = -1;
    let maxDistance = squaredTolerance;
    for (let i = start + 1; i < end; i++) {
      const d = squaredSegmentDistance(points[i]!, points[start]!, points[end]!);
      if (d > maxDistance) {
        maxDistance = d;
        index = i;
      }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([start, index], [index, end]);
    }
  }
}

function squaredSegmentDistance(p: Position, a: Position, b: Position): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

function squaredDistance(a: Position, b: Position): number {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
}

function round(p: Position): Position {
  return [Math.round(p[0] * DECIMALS) / DECIMALS, Math.round(p[1] * DECIMALS) / DECIMALS];
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function dedupe(positions: Position[]): Position[] {
  return positions.filter((p, i) => i === 0 || !samePosition(p, positions[i - 1]!));
}

function closeRing(ring: Position[]): Position[] {
  return ring.length > 0 && !samePosition(ring[0]!, ring[ring.length - 1]!) ? [...ring, ring[0]!] : ring;
}
