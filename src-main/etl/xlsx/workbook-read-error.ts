import { EtlError } from '../etl-error';

/**
 * Why a workbook could not be opened. The code is for programs (tests, the import log); the message is
 * Spanish and written for the analyst who picked the file.
 */
export type WorkbookReadErrorCode =
  | 'empty-file'
  | 'not-a-zip'
  | 'truncated'
  | 'legacy-xls'
  | 'encrypted'
  | 'unsupported-format'
  | 'missing-part'
  | 'corrupt-part'
  | 'part-too-large'
  | 'sheet-not-found';

/** The message the analyst sees for a file that is not a readable .xlsx/.xlsm. */
export const invalidWorkbookMessage = 'El archivo no es un libro de Excel válido (.xlsx/.xlsm) o está incompleto';

/** A file that cannot be opened as a workbook; an `EtlError`, so imports report it like any bad file. */
export class WorkbookReadError extends EtlError {
  declare readonly code: WorkbookReadErrorCode;

  constructor(
    code: WorkbookReadErrorCode,
    message: string,
    /** Technical detail for logs (zip entry, inflate error…); never shown instead of the message. */
    readonly detail: string | null = null,
  ) {
    super(code, message);
    this.name = 'WorkbookReadError';
  }
}
