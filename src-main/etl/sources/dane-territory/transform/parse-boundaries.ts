import { isDepartmentCode } from '../../../../../src-shared/domain/territory';
import { EtlError } from '../../../etl-error';
import type { RejectToStore } from '../../../load/lineage';
import type { BoundariesParse, BoundaryFeature, BoundaryLayer, BoundaryLevel, Position } from '../types';
import { detectLevel, featureCode, featureName, layerYear } from './boundary-properties';
import type { RawFeature, RawLayer } from './geo-layers';
import { readPolygons, simplifyPolygons, simplifyTolerance } from './simplify-geometry';

const levelLabel: Record<BoundaryLevel, string> = { department: 'departamentales', municipality: 'municipales' };

/**
 * GeoJSON/TopoJSON layers → simplified boundaries per department or municipality code. Several
 * features with one code (islands published apart) become one MultiPolygon. Features without a valid
 * code or polygon geometry are rejected with their properties (never the geometry: it is too big).
 */
export function parseBoundaries(layers: readonly RawLayer[]): BoundariesParse {
  const parsed: BoundaryLayer[] = [];
  const rejects: RejectToStore[] = [];
  const warnings: string[] = [];
  const coverage: string[] = [];
  const seenLevels = new Set<BoundaryLevel>();

  for (const layer of layers) {
    const level = detectLevel(layer);
    const sheet = layer.name;
    if (level === null) {
      warnings.push(`La capa ${sheet ? `"${sheet}" ` : ''}no tiene códigos DIVIPOLA de departamento ni de municipio; se omite.`);
      continue;
    }
    if (seenLevels.has(level)) {
      warnings.push(`El archivo trae más de una capa de límites ${levelLabel[level]}; se usa la primera y se omite "${sheet ?? ''}".`);
      continue;
    }
    seenLevels.add(level);
    const polygonsByCode = new Map<string, { featureIndex: number; name: string; polygons: Position[][][] }>();
    for (const feature of layer.features) {
      const reject = (reasonCode: string, reason: string) => rejects.push({ sheet, row: feature.index + 1, reasonCode, reason, raw: { ...feature.properties } });
      const code = featureCode(feature, level);
      if (code === null || !isDepartmentCode(code.slice(0, 2))) {
        reject('bad-code', `El elemento ${feature.index + 1} no tiene un código DIVIPOLA ${level === 'department' ? 'de departamento' : 'de municipio'} válido`);
        continue;
      }
      const geometry = readPolygons(feature.geometry);
      if (!geometry.ok) {
        reject('bad-geometry', `Límite ${code}: ${geometry.reason}`);
        continue;
      }
      const existing = polygonsByCode.get(code);
      if (existing) existing.polygons.push(...geometry.polygons);
      else polygonsByCode.set(code, { featureIndex: feature.index + 1, name: nameOf(feature, level, code), polygons: geometry.polygons });
    }
    const features: BoundaryFeature[] = [...polygonsByCode.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, f]) => ({ featureIndex: f.featureIndex, code, name: f.name, geometry: simplifyPolygons(f.polygons, simplifyTolerance[level]) }));
    if (features.length === 0) {
      warnings.push(`La capa de límites ${levelLabel[level]} no trae ningún elemento válido; se omite.`);
      continue;
    }
    parsed.push({ level, features });
    const year = layerYear(layer, level);
    coverage.push(`Límites ${levelLabel[level]}${year ? ` MGN ${year}` : ''} (${features.length.toLocaleString('es-CO')})`);
  }

  if (parsed.length === 0) {
    throw new EtlError('no-boundaries', 'El archivo no trae límites de departamentos ni de municipios con códigos DIVIPOLA válidos; no se reemplazan los límites cargados');
  }
  return { kind: 'boundaries', coverage: coverage.join(' y '), layers: parsed, rejects, reconciliations: [], warnings };
}

function nameOf(feature: RawFeature, level: BoundaryLevel, code: string): string {
  const name = featureName(feature, level);
  return name === '' ? code : name;
}
