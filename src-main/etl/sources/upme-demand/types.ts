import type { DemandCheck, DemandRegionId, DemandScenario, DemandSector } from '../../../../src-shared/contract/demand';
import type { Period } from '../../../../src-shared/domain/period';
import type { ParsedFile } from '../source-definition';

export const UPME_DEMAND_SOURCE = 'upme-demand';
export const UPME_PUBLISHER = 'Unidad de Planeación Minero-Energética (UPME)';

/** How UPME lays a sheet out: one national column per scenario, regions, sectors, or nodes. */
export type DemandSheetKind = 'scenarios' | 'regional' | 'sectoral' | 'nodal';
/** A projection scenario column or sheet (history is told apart later, by the history boundary). */
export type ProjectionScenario = Exclude<DemandScenario, 'historico'>;

export type DemandArea =
  | { readonly kind: 'national' }
  | { readonly kind: 'region'; readonly region: DemandRegionId }
  | { readonly kind: 'node'; readonly region: DemandRegionId; readonly nodeKey: string; readonly nodeName: string };

/** One monthly GBTUD figure ready to load, with the cell it came from. */
export interface DemandRow {
  readonly book: DemandSector;
  readonly sheet: string;
  readonly sheetKind: DemandSheetKind;
  readonly row: number;
  readonly cellRef: string;
  readonly sector: DemandSector;
  readonly scenario: DemandScenario;
  readonly area: DemandArea;
  readonly period: Period;
  readonly gbtud: number;
}

/** A workbook of the edition (Agregada, Industrial …) as loaded. */
export interface DemandBookSummary {
  readonly book: DemandSector;
  /** Name of the workbook inside the zip; null when the workbook itself was imported. */
  readonly entryName: string | null;
  /** First projected month; null when the workbook does not say (then everything is read as medio). */
  readonly projectionStart: Period | null;
  readonly firstPeriod: Period | null;
  readonly lastPeriod: Period | null;
  readonly rows: number;
}

export interface UpmeDemandParse extends ParsedFile {
  /** UPME's exercise, by base year ("2024"). */
  readonly edition: string;
  /** A zip replaces the whole edition; a single workbook replaces only its own part of it. */
  readonly scope: 'edition' | 'book';
  readonly books: readonly DemandBookSummary[];
  readonly rows: readonly DemandRow[];
  readonly checks: readonly DemandCheck[];
}

export function editionCoverage(edition: string): string {
  return `Edición ${edition}`;
}
