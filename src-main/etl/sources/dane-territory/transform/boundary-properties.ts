import { parseDepartmentCode } from '../../../../../src-shared/domain/territory';
import type { BoundaryLevel } from '../types';
import { headerKey } from '../../../text/header-key';
import { parseMunicipalityCode } from './divipola-code';
import type { RawFeature, RawLayer } from './geo-layers';

/**
 * Property names of DANE's Marco Geoestadístico Nacional layers: MGN 2018 (`MPIO_CCNCT`, `MPIO_CNMBR`),
 * MGN 2025 services (`MPIO_CDPMP`, `MPIO_CNMBRE`, often lower-case) and common re-exports. Compared
 * through headerKey, so case and underscores do not matter.
 */
const spellings = {
  municipalityCode: ['MPIO_CCNCT', 'MPIO_CDPMP', 'COD_MPIO', 'CODIGO_MUNICIPIO'],
  /** The 3-digit part of the municipality code, beside the department code. */
  municipalityPart: ['MPIO_CCDGO'],
  departmentCode: ['DPTO_CCDGO', 'COD_DPTO', 'CODIGO_DEPARTAMENTO'],
  municipalityName: ['MPIO_CNMBR', 'MPIO_CNMBRE', 'NOM_MPIO', 'NOMBRE_MUNICIPIO', 'MUNICIPIO'],
  departmentName: ['DPTO_CNMBR', 'DPTO_CNMBRE', 'NOM_DPTO', 'NOMBRE_DEPARTAMENTO', 'DEPARTAMENTO'],
  municipalityYear: ['MPIO_NANO'],
  departmentYear: ['DPTO_NANO'],
} as const;

type Property = keyof typeof spellings;

const keysOf = Object.fromEntries(
  Object.entries(spellings).map(([property, names]) => [property, (names as readonly string[]).map(headerKey)]),
) as unknown as Record<Property, readonly string[]>;

/**
 * A property by its known spellings: an exact (case-insensitive) name first, so `DPTO_NANO` is not
 * confused with MGN 2018's `DPTO_NANO_` (the year of the creating act), then a folded one.
 */
function property(feature: RawFeature, name: Property): unknown {
  const entries = Object.entries(feature.properties).filter(([, value]) => value !== null && value !== undefined && value !== '');
  const exact = entries.find(([key]) => (spellings[name] as readonly string[]).includes(key.toUpperCase()));
  if (exact) return exact[1];
  return entries.find(([key]) => keysOf[name].includes(headerKey(key)))?.[1];
}

/** The 5-digit or 2-digit DIVIPOLA code of a feature at a level, or null when it has none readable. */
export function featureCode(feature: RawFeature, level: BoundaryLevel): string | null {
  const department = property(feature, 'departmentCode');
  const departmentCode = department === undefined ? null : parseDepartmentCode(typeof department === 'number' ? department : String(department));
  switch (level) {
    case 'department':
      return departmentCode;
    case 'municipality': {
      const full = property(feature, 'municipalityCode');
      if (full !== undefined) return parseMunicipalityCode(typeof full === 'number' ? full : String(full));
      const part = String(property(feature, 'municipalityPart') ?? '').trim();
      return departmentCode !== null && /^\d{1,3}$/.test(part) ? departmentCode + part.padStart(3, '0') : null;
    }
  }
}

export function featureName(feature: RawFeature, level: BoundaryLevel): string {
  const value = property(feature, level === 'department' ? 'departmentName' : 'municipalityName');
  return value === undefined ? '' : String(value).trim();
}

/**
 * The MGN edition year most features carry (`MPIO_NANO` 2018; two municipalities of MGN 2018 say 2019,
 * the year they were created), or null when there is no clear majority.
 */
export function layerYear(layer: RawLayer, level: BoundaryLevel): number | null {
  const counts = new Map<number, number>();
  for (const feature of layer.features) {
    const year = Number(property(feature, level === 'department' ? 'departmentYear' : 'municipalityYear'));
    if (Number.isInteger(year) && year > 1900 && year < 2200) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= layer.features.length * 0.9 ? best[0] : null;
}

/**
 * A layer is municipal when most features carry a municipality code, departmental when they carry
 * only a department code; null when it holds neither (another kind of map).
 */
export function detectLevel(layer: RawLayer): BoundaryLevel | null {
  const count = layer.features.length;
  if (count === 0) return null;
  const withMunicipality = layer.features.filter((f) => property(f, 'municipalityCode') !== undefined || property(f, 'municipalityPart') !== undefined).length;
  if (withMunicipality * 2 >= count) return 'municipality';
  const withDepartment = layer.features.filter((f) => property(f, 'departmentCode') !== undefined).length;
  return withDepartment * 2 >= count ? 'department' : null;
}
