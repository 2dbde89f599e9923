import { EtlError } from '../../../etl-error';

/** Problems that make a whole ANH workbook unusable; row-level problems are rejects instead. */
export type AnhWorkbookErrorCode =
  | 'not-anh-production'
  | 'no-monthly-sheets'
  | 'missing-header-row'
  | 'missing-column'
  | 'unknown-period'
  | 'duplicate-month';

/** An `EtlError` with the sheet and column at fault, for the import log and the UI. */
export class AnhWorkbookError extends EtlError {
  declare readonly code: AnhWorkbookErrorCode;

  constructor(
    code: AnhWorkbookErrorCode,
    /** Spanish, names the sheet and what was expected. */
    message: string,
    readonly sheet: string | null = null,
    /** The column header we expected, for 'missing-column'. */
    readonly column: string | null = null,
  ) {
    super(code, message);
    this.name = 'AnhWorkbookError';
  }
}
