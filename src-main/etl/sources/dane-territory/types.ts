import type { DepartmentCode } from '../../../../src-shared/domain/territory';
import type { ParsedFile } from '../source-definition';

export const DANE_TERRITORY_SOURCE = 'dane-territory';
export const DANE_PUBLISHER = 'Departamento Administrativo Nacional de Estadística (DANE)';

export type BoundaryLevel = 'department' | 'municipality';

/** One DIVIPOLA municipality as the list gives it, codes zero-padded. */
export interface DivipolaMunicipality {
  /** 1-based CSV line, or position in a JSON array. */
  readonly row: number;
  readonly code: string;
  readonly departmentCode: DepartmentCode;
  readonly name: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
}

/** GeoJSON geometry restricted to what a territory boundary can be; positions are [longitude, latitude]. */
export type Position = readonly [number, number];
export type Ring = readonly Position[];
export type BoundaryGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: readonly Ring[] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly Ring[])[] };

export interface BoundaryFeature {
  /** Position of the (first) feature in the file, for lineage. */
  readonly featureIndex: number;
  /** 2-digit department code or 5-digit municipality code. */
  readonly code: string;
  readonly name: string;
  /** Already simplified for the map. */
  readonly geometry: BoundaryGeometry;
}

export interface BoundaryLayer {
  readonly level: BoundaryLevel;
  readonly features: readonly BoundaryFeature[];
}

export interface DivipolaParse extends ParsedFile {
  readonly kind: 'divipola';
  readonly municipalities: readonly DivipolaMunicipality[];
}

export interface BoundariesParse extends ParsedFile {
  readonly kind: 'boundaries';
  /** One per level found (a TopoJSON file may hold departments and municipalities). */
  readonly layers: readonly BoundaryLayer[];
}

export type DaneTerritoryParse = DivipolaParse | BoundariesParse;
