import type { SheetReconciliation } from '../../../../src-shared/contract/sources';
import type { MeasureVolumes } from '../../../../src-shared/domain/production-measures';

/**
 * What the ANH "producción fiscalizada de gas" yearly workbook says, read but not yet loaded: names are
 * raw (trimmed) as ANH wrote them; matching them to DIVIPOLA codes and entity ids is the loader's job.
 */

/** One field's monthly volumes from a month sheet (`enero-24` …). All measures in MPC. */
export interface AnhMonthlyRow {
  readonly sheet: string;
  /** 1-based Excel row, so an analyst can find the line in the original file. */
  readonly row: number;
  readonly year: number;
  /** 1–12. A row whose MES cell is empty belongs to the sheet's month. */
  readonly month: number;
  readonly field: string;
  readonly contract: string | null;
  /** EMPRESA / OPERADOR / OPERADORA column; empty when ANH left it blank. */
  readonly operator: string;
  readonly department: string;
  readonly municipality: string;
  /** MPC per measure; null where the cell is blank or the sheet has no such column. */
  readonly measures: MeasureVolumes;
}

/** One field's average daily rate for one month, from the summary sheet (`Campos Mpcpd`). */
export interface AnhSummaryRow {
  readonly sheet: string;
  readonly row: number;
  readonly field: string;
  readonly contract: string | null;
  readonly operator: string;
  readonly department: string;
  readonly municipality: string;
  readonly year: number;
  readonly month: number;
  /** MPCPDC: millions of cubic feet per calendar day, averaged over the month (never summed over time). */
  readonly rateMpcd: number;
}

export type AnhRejectReasonCode =
  | 'missing-field'
  | 'no-measures'
  | 'bad-number'
  | 'bad-year'
  | 'bad-month'
  | 'year-mismatch'
  | 'month-mismatch';

/** A row we could not take as data, kept with its cells so an analyst can judge it. */
export interface AnhReject {
  readonly sheet: string;
  readonly row: number;
  readonly reasonCode: AnhRejectReasonCode;
  /** Spanish, names the cell(s) at fault. */
  readonly reason: string;
  /** Header text (single-spaced) → cell value as read; dates as ISO text. */
  readonly raw: Readonly<Record<string, string | number | boolean | null>>;
}

export interface AnhWorkbookParse {
  /** The year the workbook covers (the AÑO most of its monthly sheets carry). */
  readonly year: number;
  readonly monthlyRows: readonly AnhMonthlyRow[];
  readonly summaryRows: readonly AnhSummaryRow[];
  readonly rejects: readonly AnhReject[];
  /** One 'monthly-total' per monthly sheet, then one 'summary-vs-monthly' per month of the summary. */
  readonly reconciliations: readonly SheetReconciliation[];
  /** Spanish notes about the file that are not row problems (renamed sheets, skipped sheets, checks). */
  readonly warnings: readonly string[];
}
