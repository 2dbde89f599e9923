import { EtlError } from '../../../etl-error';
import { WorkbookReadError } from '../../../xlsx/workbook-read-error';
import type { Workbook } from '../../../xlsx/types';
import type { FileProbe } from '../../file-probe';

/** What the analyst reads for a legacy soporte (MinEnergía published 2015's as .xls). */
export const LEGACY_XLS_MESSAGE = 'Formato .xls no soportado: conviértalo a .xlsx e impórtelo';

/**
 * Opens the soporte magnético, turning the reader's failures into EtlErrors with the reader's Spanish
 * message. A legacy .xls gets advice that keeps the resolution in the name, which is how it is found.
 */
export function openSoporteWorkbook(file: FileProbe): Workbook {
  try {
    return file.workbook();
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    if (error.code === 'legacy-xls') {
      throw new EtlError(
        'unsupported-xls',
        `${LEGACY_XLS_MESSAGE} (ábralo en Excel y guárdelo como .xlsx conservando el nombre «${baseName(file.fileName)}», que indica su resolución)`,
        { cause: error },
      );
    }
    throw new EtlError(error.code, error.message, { cause: error });
  }
}

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}
