import { EtlError } from '../../../etl-error';
import type { RawFeature, RawLayer } from './geo-layers';

type Point = [number, number];

interface TopologyObject {
  type?: unknown;
  arcs?: unknown;
  properties?: unknown;
  id?: unknown;
  geometries?: unknown;
}

/**
 * Decodes a TopoJSON topology into one layer of GeoJSON-like features per named object (a DANE
 * TopoJSON may hold `MGN_DPTO_POLITICO` and `MGN_MPIO_POLITICO` together). Handles quantized,
 * delta-encoded arcs (`transform`) and reversed arc references (`~i`).
 */
export function topologyLayers(topology: Record<string, unknown>): RawLayer[] {
  const arcs = decodeArcs(topology['arcs'], topology['transform']);
  const objects = topology['objects'];
  if (objects === null || typeof objects !== 'object') throw invalid('no tiene "objects"');
  return Object.entries(objects as Record<string, unknown>).map(([name, object]) => {
    const features: RawFeature[] = [];
    collectFeatures(object as TopologyObject, arcs, features);
    return { name, features };
  });
}

function collectFeatures(object: TopologyObject, arcs: Point[][], out: RawFeature[]): void {
  if (object?.type === 'GeometryCollection') {
    for (const child of Array.isArray(object.geometries) ? object.geometries : []) collectFeatures(child as TopologyObject, arcs, out);
    return;
  }
  const properties = object?.properties !== null && typeof object?.properties === 'object' ? (object.properties as Record<string, unknown>) : {};
  out.push({ index: out.length, properties: { ...(object?.id !== undefined ? { id: object.id } : {}), ...properties }, geometry: geometryOf(object, arcs) });
}

function geometryOf(object: TopologyObject, arcs: Point[][]): unknown {
  switch (object?.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: polygon(object.arcs, arcs) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: (Array.isArray(object.arcs) ? object.arcs : []).map((p) => polygon(p, arcs)) };
    default:
      // Points and lines are not boundaries: the caller rejects the feature and says why.
      return { type: String(object?.type ?? 'desconocido'), coordinates: [] };
  }
}

function polygon(rings: unknown, arcs: Point[][]): Point[][] {
  if (!Array.isArray(rings)) throw invalid('un polígono no tiene arcos');
  return rings.map((ring) => {
    if (!Array.isArray(ring)) throw invalid('un anillo no tiene arcos');
    const points: Point[] = [];
    for (const reference of ring) {
      if (typeof reference !== 'number' || !Number.isInteger(reference)) throw invalid('referencia de arco inválida');
      const arc = arcs[reference < 0 ? ~reference : reference];
      if (!arc) throw invalid(`el arco ${reference} no existe`);
      const ordered = reference < 0 ? [...arc].reverse() : arc;
      // Consecutive arcs share their joining point; keep it once.
      points.push(...(points.length > 0 ? ordered.slice(1) : ordered));
    }
    return points;
  });
}

function decodeArcs(rawArcs: unknown, rawTransform: unknown): Point[][] {
  if (!Array.isArray(rawArcs)) throw invalid('no tiene "arcs"');
  const transform = readTransform(rawTransform);
  return rawArcs.map((arc) => {
    if (!Array.isArray(arc)) throw invalid('un arco no es una lista de posiciones');
    let x = 0;
    let y = 0;
    return arc.map((position): Point => {
      if (!Array.isArray(position) || typeof position[0] !== 'number' || typeof position[1] !== 'number') throw invalid('posición de arco inválida');
      if (!transform) return [position[0], position[1]];
      x += position[0];
      y += position[1];
      return [x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]];
    });
  });
}

function readTransform(raw: unknown): { scale: Point; translate: Point } | null {
  if (raw === undefined || raw === null) return null;
  const t = raw as { scale?: unknown; translate?: unknown };
  const pair = (v: unknown): v is Point => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number');
  if (!pair(t.scale) || !pair(t.translate)) throw invalid('"transform" inválido');
  return { scale: t.scale, translate: t.translate };
}

function invalid(detail: string): EtlError {
  return new EtlError('bad-topojson', `El archivo TopoJSON está dañado: ${detail}`);
}
