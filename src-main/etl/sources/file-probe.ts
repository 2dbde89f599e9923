import { unzipSync } from 'fflate';
import { EtlError } from '../etl-error';
import { readWorkbook } from '../xlsx/read-workbook';
import type { Workbook } from '../xlsx/types';

/**
 * One imported or downloaded file, with lazy views of its content so each source can recognise its own
 * files cheaply (the workbook is read once, however many sources look at it).
 */
export interface FileProbe {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly kind: 'zip' | 'ole' | 'text' | 'binary' | 'empty';
  /** The workbook, when the file is an .xlsx/.xlsm; throws WorkbookReadError when it is damaged. */
  workbook(): Workbook;
  /** UTF-8 text (BOM removed), for CSV, JSON and GeoJSON. */
  text(): string;
  /** Parsed JSON, or undefined when the text is not JSON. */
  json(): unknown;
  /** Names of the entries of a zip file (a workbook is a zip too). */
  zipEntryNames(): string[];
  /** True for an .xlsx/.xlsm: a zip with a workbook part. Cheap: reads no sheet. */
  isWorkbook(): boolean;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export function probeFile(fileName: string, bytes: Uint8Array): FileProbe {
  const kind = classify(bytes);
  let workbook: Workbook | undefined;
  let text: string | undefined;
  let json: { value: unknown } | undefined;
  let entries: string[] | undefined;
  return {
    fileName,
    bytes,
    kind,
    workbook: () => (workbook ??= readWorkbook(bytes)),
    text: () => (text ??= new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '')),
    json() {
      if (!json) {
        try {
          json = { value: JSON.parse(this.text()) };
        } catch {
          json = { value: undefined };
        }
      }
      return json.value;
    },
    isWorkbook() {
      return kind === 'zip' && this.zipEntryNames().some((name) => name === 'xl/workbook.xml' || name === 'xl/workbook.bin');
    },
    zipEntryNames() {
      if (kind !== 'zip') return [];
      // Only the central directory is needed; the filter keeps fflate from inflating any entry.
      entries ??= (() => {
        const names: string[] = [];
        try {
          unzipSync(bytes, { filter: (file) => (names.push(file.name), false) });
        } catch (error) {
          throw new EtlError('corrupt-zip', 'El archivo comprimido está dañado o incompleto; descárguelo de nuevo', { cause: error });
        }
        return names;
      })();
      return entries;
    },
  };
}

function classify(bytes: Uint8Array): FileProbe['kind'] {
  if (bytes.length === 0) return 'empty';
  if (ZIP.every((b, i) => bytes[i] === b)) return 'zip';
  if (OLE.every((b, i) => bytes[i] === b)) return 'ole';
  const head = bytes.subarray(0, 4096);
  // Text when the head has no NUL bytes and decodes as UTF-8 (CSV, JSON, GeoJSON exports).
  if (head.includes(0)) return 'binary';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, lastCompleteUtf8(head)));
    return 'text';
  } catch {
    return 'binary';
  }
}

/** Index where a UTF-8 sequence cut by the 4 KiB window would start, so the check does not fail on it. */
function lastCompleteUtf8(head: Uint8Array): number {
  const end = head.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = head[end - back]!;
    if ((byte & 0xc0) === 0xc0) return end - back; // a lead byte whose continuation may be missing
    if ((byte & 0xc0) !== 0x80) break;
  }
  return end;
}
