import type { DepartmentCode } from '../../../../src-shared/domain/territory';
import type { ParsedFile } from '../source-definition';

export const ANH_ROYALTIES_SOURCE = 'anh-royalties';
export const ANH_ROYALTIES_PUBLISHER = 'Agencia Nacional de Hidrocarburos (ANH), vía datos.gov.co';

/**
 * One gas royalty settlement (field × month × regime …) as datos.gov.co publishes it, validated.
 * Names stay as written; linking them to dimension rows is the loader's job.
 */
export interface RoyaltyRow {
  /** 'json' for a JSON document, null for a CSV export. */
  readonly sheet: 'json' | null;
  /** 1-based position in the JSON array, or the CSV line. */
  readonly row: number;
  readonly year: number;
  readonly month: number;
  readonly department: string;
  /** Null when the source leaves the department empty or marks it undefined. */
  readonly departmentCode: DepartmentCode | null;
  readonly municipality: string;
  readonly field: string;
  readonly contract: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** `tipoprod` as published. */
  readonly productionType: string | null;
  /** `regimenreg` as published: rows that differ only here are distinct settlements. */
  readonly regime: string | null;
  /** Average exchange rate of the settlement, COP per USD. */
  readonly trmCopPerUsd: number | null;
  /** `preciohidrocarburousd`, in USD per the source's unit of volume. */
  readonly priceUsd: number | null;
  /** `porcregalia` as published (a percentage). */
  readonly royaltyPercent: number | null;
  /** `prodgravableblskpc` and `volumenregaliablskpc`: KPC (thousand cubic feet) for gas rows. */
  readonly taxableVolumeKpc: number | null;
  readonly royaltyVolumeKpc: number | null;
  readonly royaltiesCop: number;
}

export interface RoyaltiesParse extends ParsedFile {
  readonly rows: readonly RoyaltyRow[];
  /** Oil rows a hand export may include: not ours to load, only counted. */
  readonly oilRowsSkipped: number;
}
