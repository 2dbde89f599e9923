import { unzipSync } from 'fflate';
import { invalidWorkbookMessage, WorkbookReadError } from './workbook-read-error';

export interface ZipEntryInfo {
  readonly name: string;
  readonly compressedSize: number;
  /** Uncompressed size as declared by the central directory (checked again after inflating). */
  readonly declaredSize: number;
}

export interface ZipLimits {
  readonly maxPartBytes: number;
  readonly maxTotalBytes: number;
}

export interface ZipArchive {
  /** Entry names as stored, e.g. "xl/worksheets/sheet1.xml". */
  readonly entryNames: readonly string[];
  /** Finds an entry ignoring case and a leading "/" (OPC part names are case-insensitive). */
  find(partPath: string): ZipEntryInfo | undefined;
  /** Inflates one entry, enforcing the size limits before any memory is allocated for it. */
  read(entry: ZipEntryInfo): Uint8Array;
}

/**
 * Deflate cannot compress better than about 1032:1, so a declared ratio beyond this is a forged
 * header (a zip bomb announcing a small size, or a corrupt file), never a real spreadsheet.
 */
const MAX_DEFLATE_RATIO = 1100;

/**
 * Opens a zip held in memory without inflating anything: only the central directory is read, and each
 * part is inflated on demand by `read`, so a workbook's unused sheets cost nothing.
 */
export function openZipArchive(bytes: Uint8Array, limits: ZipLimits): ZipArchive {
  const entries = listEntries(bytes);
  const byKey = new Map<string, ZipEntryInfo>();
  for (const entry of entries) byKey.set(partKey(entry.name), entry);
  let bytesRead = 0;

  return {
    entryNames: entries.map((entry) => entry.name),
    find: (partPath) => byKey.get(partKey(partPath)),
    read(entry) {
      guardSize(entry, limits, bytesRead);
      bytesRead += entry.declaredSize;
      let inflated: Uint8Array | undefined;
      try {
        inflated = unzipSync(bytes, { filter: (file) => file.name === entry.name })[entry.name];
      } catch (error) {
        throw new WorkbookReadError('corrupt-part', invalidWorkbookMessage, `${entry.name}: ${errorText(error)}`);
      }
      // fflate inflates into a buffer of the declared size: a shorter result means a damaged stream.
      if (!inflated || inflated.length !== entry.declaredSize) {
        throw new WorkbookReadError('corrupt-part', invalidWorkbookMessage, `${entry.name}: tamaño descomprimido inesperado`);
      }
      return inflated;
    },
  };
}

function listEntries(bytes: Uint8Array): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter(file) {
        entries.push({ name: file.name, compressedSize: file.size, declaredSize: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    // A zip whose end is cut off still starts with a local file header ("PK\3\4").
    const startsLikeZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    throw new WorkbookReadError(startsLikeZip ? 'truncated' : 'not-a-zip', invalidWorkbookMessage, errorText(error));
  }
  return entries;
}

function guardSize(entry: ZipEntryInfo, limits: ZipLimits, bytesReadBefore: number): void {
  const megabytes = (n: number) => Math.ceil(n / 1_048_576);
  // First the forged header: its size is a lie, so "too large" would not be the real story.
  if (entry.compressedSize > 0 && entry.declaredSize / entry.compressedSize > MAX_DEFLATE_RATIO) {
    throw new WorkbookReadError(
      'part-too-large',
      `El libro contiene una parte con una compresión imposible (${entry.name}); parece un archivo manipulado. No se abre por seguridad.`,
    );
  }
  if (entry.declaredSize > limits.maxPartBytes) {
    throw new WorkbookReadError(
      'part-too-large',
      `El libro contiene una parte demasiado grande (${entry.name}: ${megabytes(entry.declaredSize)} MB sin comprimir; máximo ${megabytes(limits.maxPartBytes)} MB). No se abre por seguridad.`,
    );
  }
  if (bytesReadBefore + entry.declaredSize > limits.maxTotalBytes) {
    throw new WorkbookReadError(
      'part-too-large',
      `El libro ocupa demasiado sin comprimir (más de ${megabytes(limits.maxTotalBytes)} MB). No se abre por seguridad.`,
    );
  }
}

function partKey(path: string): string {
  return path.replace(/^\/+/, '').toLowerCase();
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
