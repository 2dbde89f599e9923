import { EtlError } from '../../../etl-error';
import type { FileProbe } from '../../file-probe';
import { readWorkbook } from '../../../xlsx/read-workbook';
import { WorkbookReadError } from '../../../xlsx/workbook-read-error';
import { isUpmeDemandWorkbook, readBook, type BookRead } from './read-book';
import { zipWorkbookEntries, zipWorkbookNames } from './zip-entries';

const NOT_UPME = 'no contiene las series de la proyección de demanda de gas natural de la UPME (hojas «Esc Alto, Medio y Bajo», «Esc Med Regional», «Esc Med Nodal»…)';

/** Whether the file is UPME's gas demand zip or one of its workbooks, judged by content only. */
export function recogniseUpmeDemand(file: FileProbe): boolean {
  if (file.kind !== 'zip') return false;
  if (file.isWorkbook()) return isUpmeDemandWorkbook(file.workbook());
  const names = zipWorkbookNames(file.zipEntryNames());
  if (names.length === 0 || names.length > 50) return false;
  return zipWorkbookEntries(file.bytes).entries.some((entry) => {
    try {
      return isUpmeDemandWorkbook(readWorkbook(entry.bytes));
    } catch {
      return false; // a damaged entry is reported by the transform, with its name
    }
  });
}

/**
 * The workbooks to read: the imported workbook itself (scope `book`: it replaces only its own part of
 * the edition), or every UPME workbook of a zip (scope `edition`: the zip is the whole edition).
 */
export function openBooks(file: FileProbe): { books: BookRead[]; scope: 'edition' | 'book'; warnings: string[] } {
  if (file.kind === 'zip' && file.isWorkbook()) {
    const workbook = file.workbook();
    if (!isUpmeDemandWorkbook(workbook)) throw new EtlError('not-upme-demand', `El libro «${file.fileName}» ${NOT_UPME}`);
    return { books: [readBook(workbook, file.fileName, null)], scope: 'book', warnings: [] };
  }
  if (file.kind !== 'zip') throw new EtlError('not-upme-demand', `«${file.fileName}» no es un .zip ni un libro de Excel (.xlsx) de la UPME`);

  const { entries, skipped } = zipWorkbookEntries(file.bytes);
  const warnings = skipped.map((name) => `Se omite «${name}» del zip: no es un libro .xlsx`);
  const books: BookRead[] = [];
  for (const entry of entries) {
    let workbook;
    try {
      workbook = readWorkbook(entry.bytes);
    } catch (error) {
      if (error instanceof WorkbookReadError) throw new EtlError('upme-bad-entry', `${entry.name} (dentro del zip): ${error.message}`, { cause: error });
      throw error;
    }
    if (!isUpmeDemandWorkbook(workbook)) {
      warnings.push(`Se omite «${entry.name}» del zip: ${NOT_UPME}`);
      continue;
    }
    books.push(readBook(workbook, entry.name.split('/').pop() ?? entry.name, entry.name));
  }
  if (books.length === 0) throw new EtlError('not-upme-demand', `El zip «${file.fileName}» ${NOT_UPME}`);
  return { books, scope: 'edition', warnings };
}
