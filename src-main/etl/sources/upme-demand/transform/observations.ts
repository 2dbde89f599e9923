import type { DemandRegionId, DemandSector } from '../../../../../src-shared/contract/demand';
import type { Period } from '../../../../../src-shared/domain/period';
import type { RejectToStore } from '../../../load/lineage';
import type { SheetRole } from './sheet-names';
import type { ProjectionScenario } from '../types';

/** What a value column stands for, read from its header. */
export type ColumnMeaning =
  /** A scenario column of the scenarios sheet; `withHistory` when its header says so ("Histórico / Esc. Medio"). */
  | { readonly kind: 'scenario'; readonly scenario: ProjectionScenario; readonly withHistory: boolean }
  /** A column of history only ("Histórico"). */
  | { readonly kind: 'history' }
  | { readonly kind: 'region'; readonly region: DemandRegionId }
  /** The national figure next to regions or nodes: a cross-check, or the national series when nothing else gives it. */
  | { readonly kind: 'national' }
  | { readonly kind: 'node'; readonly region: DemandRegionId; readonly nodeKey: string; readonly nodeName: string }
  | { readonly kind: 'sector'; readonly sector: Exclude<DemandSector, 'total'> }
  /** The sectoral sheet's "Total" and "Total Sin TermoEléctrico": cross-checks only. */
  | { readonly kind: 'sector-total' }
  | { readonly kind: 'sector-total-sin-termoelectrico' };

/** One numeric cell of a monthly table. */
export interface Observation {
  readonly row: number;
  readonly cellRef: string;
  readonly period: Period;
  readonly meaning: ColumnMeaning;
  readonly value: number;
}

/** UPME's own yearly averages beside the monthly scenarios (sector workbooks): a cross-check. */
export interface YearlyAverage {
  readonly scenario: ProjectionScenario;
  readonly year: number;
  readonly value: number;
  readonly cellRef: string;
}

export interface SheetRead {
  readonly sheet: string;
  readonly role: SheetRole;
  readonly observations: readonly Observation[];
  readonly yearly: readonly YearlyAverage[];
  readonly rejects: readonly RejectToStore[];
  readonly warnings: readonly string[];
}
