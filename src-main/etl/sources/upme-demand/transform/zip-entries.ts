import { unzipSync } from 'fflate';
import { EtlError } from '../../../etl-error';

/**
 * UPME's zip holds four workbooks of about 2 MB each; anything far larger is not what we expect. The
 * workbooks are zips already, so inside the annex they barely compress: an entry announcing more than
 * 1,100 times its compressed size (deflate's ceiling is about 1,032:1) is a forged header or a bomb.
 */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
const MAX_DEFLATE_RATIO = 1100;
const WORKBOOK_ENTRY = /\.(xlsx|xlsm)$/i;

export interface ZipWorkbookEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

function isIgnorable(name: string): boolean {
  // Folders and the resource forks macOS adds when it zips a folder.
  return name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\._/.test(name) || /(^|\/)~\$/.test(name);
}

/**
 * The workbooks inside a zip, unpacked in memory; other entries (PDF notes, old .xls) are named so the
 * analyst knows they were not read. Sizes are checked from the directory before anything is inflated.
 */
export function zipWorkbookEntries(bytes: Uint8Array): { entries: ZipWorkbookEntry[]; skipped: string[] } {
  const skipped: string[] = [];
  let declaredTotal = 0;
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, {
      filter(file) {
        if (isIgnorable(file.name)) return false;
        if (!WORKBOOK_ENTRY.test(file.name)) {
          skipped.push(file.name);
          return false;
        }
        declaredTotal += file.originalSize;
        if (file.originalSize > MAX_ENTRY_BYTES || declaredTotal > MAX_TOTAL_BYTES) {
          throw new EtlError('upme-zip-too-large', `El zip es demasiado grande al descomprimirlo (${file.name}: ${Math.round(file.originalSize / 1048576)} MB); no parece el anexo de la UPME`);
        }
        if (file.size > 0 && file.originalSize / file.size > MAX_DEFLATE_RATIO) {
          throw new EtlError('upme-zip-too-large', `El zip contiene una entrada con una compresión imposible (${file.name}); parece un archivo manipulado. No se abre por seguridad.`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof EtlError) throw error;
    throw new EtlError('corrupt-zip', 'El archivo comprimido está dañado o incompleto; descárguelo de nuevo', { cause: error });
  }
  const entries = Object.entries(unpacked)
    .map(([name, content]) => ({ name, bytes: content }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { entries, skipped };
}

/** Names of the workbook entries, without inflating them (for recognition). */
export function zipWorkbookNames(names: readonly string[]): string[] {
  return names.filter((name) => !isIgnorable(name) && WORKBOOK_ENTRY.test(name));
}
