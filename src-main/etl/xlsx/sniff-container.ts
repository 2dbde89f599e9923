import { invalidWorkbookMessage, WorkbookReadError } from './workbook-read-error';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptedPackage" in UTF-16LE: the stream name Office uses for a password-protected .xlsx. */
const ENCRYPTED_PACKAGE = new Uint8Array([...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]));

/**
 * Looks at the first bytes before trying to unzip, so that the common wrong files get a useful message:
 * an empty download, a legacy .xls (OLE compound file) or a password-protected .xlsx (also OLE).
 */
export function sniffContainer(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookReadError('empty-file', 'El archivo está vacío (0 bytes): descárguelo de nuevo');
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (indexOfBytes(bytes, ENCRYPTED_PACKAGE) >= 0) {
      throw new WorkbookReadError(
        'encrypted',
        'El libro está protegido con contraseña: ábralo en Excel, quite la contraseña y guárdelo como .xlsx, luego impórtelo',
      );
    }
    throw new WorkbookReadError('legacy-xls', 'Formato .xls antiguo no soportado: ábralo en Excel y guárdelo como .xlsx, luego impórtelo');
  }
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new WorkbookReadError('not-a-zip', invalidWorkbookMessage, describeStart(bytes));
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first as number); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first as number, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** For the log: an HTML error page saved as .xlsx is the usual culprit. */
function describeStart(bytes: Uint8Array): string {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64)).replace(/\s+/g, ' ').trim();
  return /^<(!doctype|html)/i.test(head) ? 'parece una página HTML, no un libro de Excel' : `empieza por ${JSON.stringify(head.slice(0, 32))}`;
}
