import { describe, expect, it } from 'vitest';
import { readPolygons, simplifyPolygons } from '../../../../../src-main/etl/sources/dane-territory/transform/simplify-geometry';
import type { Position } from '../../../../../src-main/etl/sources/dane-territory/types';

/** A square with `n` extra points along each side: all but the corners are redundant. */
function densSquare(x: number, y: number, size: number, n: number): Position[] {
  const ring: Position[] = [];
  const corners: Position[] = [[x, y], [x + size, y], [x + size, y + size], [x, y + size]];
  corners.forEach((from, i) => {
    const to = corners[(i + 1) % 4]!;
    for (let k = 0; k <= n; k++) ring.push([from[0] + ((to[0] - from[0]) * k) / (n + 1), from[1] + ((to[1] - from[1]) * k) / (n + 1)]);
  });
  ring.push([x, y]);
  return ring;
}

describe('simplifyPolygons', () => {
  it('drops points that lie on the outline within the tolerance and keeps the ring closed', () => {
    const geometry = simplifyPolygons([[densSquare(-72, 5, 1, 20)]], 0.01);
    expect(geometry).toEqual({ type: 'Polygon', coordinates: [[[-72, 5], [-71, 5], [-71, 6], [-72, 6], [-72, 5]]] });
  });

  it('keeps a bump larger than the tolerance and rounds to five decimals', () => {
    const ring: Position[] = [[-72, 5], [-71.5, 5.2000004], [-71, 5], [-71, 6], [-72, 6], [-72, 5]];
    expect(simplifyPolygons([[ring]], 0.01)).toEqual({ type: 'Polygon', coordinates: [[[-72, 5], [-71.5, 5.2], [-71, 5], [-71, 6], [-72, 6], [-72, 5]]] });
  });

  it('drops islands and holes that collapse, but never the whole territory', () => {
    const mainland = densSquare(-72, 5, 1, 3);
    const hole = densSquare(-71.6, 5.4, 0.001, 0);
    const islet = densSquare(-70, 5, 0.001, 0);
    expect(simplifyPolygons([[mainland, hole], [islet]], 0.01)).toEqual({ type: 'Polygon', coordinates: [[[-72, 5], [-71, 5], [-71, 6], [-72, 6], [-72, 5]]] });
    // A territory made only of tiny islets keeps the largest one as it is.
    const only = simplifyPolygons([[islet]], 0.01);
    expect(only.type).toBe('Polygon');
    expect(only.coordinates[0]).toHaveLength(5);
  });
});

describe('readPolygons', () => {
  it('accepts Polygon and MultiPolygon in degrees, and explains everything else', () => {
    expect(readPolygons({ type: 'MultiPolygon', coordinates: [[densSquare(0, 0, 1, 0)]] })).toMatchObject({ ok: true });
    expect(readPolygons({ type: 'LineString', coordinates: [] })).toEqual({ ok: false, reason: 'geometría de tipo "LineString"; se esperan polígonos' });
    expect(readPolygons({ type: 'Polygon', coordinates: [[['a', 1]]] })).toEqual({ ok: false, reason: 'coordenada no numérica' });
    expect(readPolygons(null)).toEqual({ ok: false, reason: 'el elemento no tiene geometría' });
  });
});
