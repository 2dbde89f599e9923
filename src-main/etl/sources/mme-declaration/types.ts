import type { DeclarationProductionType } from '../../../../src-shared/contract/declaration';
import type { ParsedFile } from '../source-definition';

/** A MinEnergía resolution as its title or a file name states it ("Resolución No. 00739 del 28 de mayo de 2025"). */
export interface ResolutionRef {
  /** Five digits as MinEnergía writes them ("00739", "31132"); numbers restart every year. */
  readonly number: string;
  /** Year of issue; null when neither a date nor a year was written next to the number. */
  readonly year: number | null;
  /** `YYYY-MM-DD`, when the day and month are written. */
  readonly issuedOn: string | null;
}

/** `2025-2034`: the ten years a declaration covers. */
export interface DeclarationPeriodRef {
  readonly firstYear: number;
  readonly lastYear: number;
}

/** One field sheet's header block (rows 5-8 of the soporte magnético). Names are trimmed, as written. */
export interface DeclarationFieldSheet {
  readonly sheet: string;
  readonly field: string;
  /** OPERADOR DEL CAMPO; null when the sheet has no such label. */
  readonly fieldOperator: string | null;
  readonly contract: string | null;
  /** PODER CALORIFICO (BTU/PC); null when blank or not a plausible number (a warning says which). */
  readonly heatingValueBtuPerCf: number | null;
  /** Where the heating value was read ("F8"), for lineage. */
  readonly heatingValueCell: string | null;
}

export interface DeclarationMonthlyValue {
  /** `YYYY-MM`. */
  readonly period: string;
  /** Declared average daily energy for the month. Only non-zero values are listed. */
  readonly gbtud: number;
}

/**
 * One data row of a field sheet: an operator (or the State's share taken from it) and a production type,
 * with its monthly GBTUD. It carries everything needed to read it on its own, lineage included.
 */
export interface DeclarationRow {
  readonly resolutionNumber: string;
  /** `2025-2034`. */
  readonly declarationPeriod: string;
  readonly sheet: string;
  /** 1-based Excel row. */
  readonly row: number;
  readonly field: string;
  /** The operator the row is declared for; for a State's share row, the operator it is taken from. */
  readonly operator: string;
  readonly contract: string | null;
  readonly heatingValueBtuPerCf: number | null;
  readonly productionType: DeclarationProductionType;
  /** The type as the sheet writes it ("PC- Exportaciones"). */
  readonly productionTypeText: string;
  /** Rows whose operator cell starts with ESTADO. */
  readonly isStateShare: boolean;
  readonly values: readonly DeclarationMonthlyValue[];
}

/** What a soporte magnético workbook says, read but not loaded. */
export interface DeclarationWorkbook extends ParsedFile {
  readonly fileName: string;
  readonly resolution: ResolutionRef & { readonly year: number };
  readonly declarationPeriod: DeclarationPeriodRef;
  readonly fieldSheets: readonly DeclarationFieldSheet[];
  readonly rows: readonly DeclarationRow[];
}

export function declarationPeriodLabel(period: DeclarationPeriodRef): string {
  return `${period.firstYear}-${period.lastYear}`;
}
