import { parseDateStyles } from './cell-styles';
import { parseSharedStrings } from './shared-strings';
import { sniffContainer } from './sniff-container';
import type { ReadWorkbookOptions, Workbook, Worksheet } from './types';
import { parseWorksheet, type WorksheetContext } from './parse-worksheet';
import { findWorkbookPath, parseWorkbookManifest } from './workbook-manifest';
import { invalidWorkbookMessage, WorkbookReadError } from './workbook-read-error';
import { openZipArchive, type ZipArchive } from './zip-archive';
import { buildWorksheet } from './worksheet-grid';

/**
 * Size limits on what a workbook may inflate to, checked from the zip directory before anything is
 * inflated. The agencies' largest part today is a 1.5 MB sheet (UPME's nodal sheet, ~34,000 cells) and
 * their largest workbook 2.3 MB uncompressed; a sheet at the limit (~32 MB of XML, ~700,000 cells)
 * parses in a few seconds within a few hundred MB. A 190 MB sheet, under the former 200 MB limit, took
 * ~10 s and ~1.2 GB from an 18 MB file: that is what these bounds prevent.
 */
export const DEFAULT_MAX_PART_BYTES = 32 * 1024 * 1024;
export const DEFAULT_MAX_TOTAL_BYTES = 128 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8');

/**
 * Opens an .xlsx/.xlsm held in memory. Only the zip directory, the workbook part and its relationships
 * are read here; shared strings and styles are read with the first sheet, and each sheet is parsed the
 * first time it is asked for. Throws `WorkbookReadError` with a Spanish message for files it cannot read.
 */
export function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions = {}): Workbook {
  sniffContainer(bytes);
  const archive = openZipArchive(bytes, {
    maxPartBytes: options.maxPartBytes ?? DEFAULT_MAX_PART_BYTES,
    maxTotalBytes: options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES,
  });
  rejectOtherFormats(archive);

  const readPart = (partPath: string): string | null => {
    const entry = archive.find(partPath);
    return entry ? utf8.decode(archive.read(entry)) : null;
  };
  const workbookPath = findWorkbookPath(readPart);
  const workbookXml = readPart(workbookPath);
  if (workbookXml === null) {
    throw new WorkbookReadError('missing-part', `${invalidWorkbookMessage}: no contiene la parte del libro (${workbookPath})`);
  }
  requireClosingTag(workbookXml, 'workbook', workbookPath);
  const manifest = parseWorkbookManifest(workbookXml, workbookPath, readPart);

  let context: WorksheetContext | null = null;
  const worksheetContext = (): WorksheetContext => {
    if (context) return context;
    const sharedStringsXml = readAuxiliaryPart(readPart, manifest.sharedStringsPath, siblingPath(workbookPath, 'sharedStrings.xml'));
    const stylesXml = readAuxiliaryPart(readPart, manifest.stylesPath, siblingPath(workbookPath, 'styles.xml'));
    if (sharedStringsXml !== null) requireClosingTag(sharedStringsXml, 'sst', 'sharedStrings');
    context = {
      sharedStrings: sharedStringsXml === null ? [] : parseSharedStrings(sharedStringsXml),
      dateStyles: stylesXml === null ? [] : parseDateStyles(stylesXml),
      date1904: manifest.date1904,
    };
    return context;
  };

  const parsed = new Map<string, Worksheet>();
  return {
    sheetNames: manifest.sheets.map((sheet) => sheet.name),
    sheets: manifest.sheets,
    date1904: manifest.date1904,
    sheet(name) {
      const cached = parsed.get(name);
      if (cached) return cached;
      const info = manifest.sheets.find((sheet) => sheet.name === name);
      if (!info) throw new WorkbookReadError('sheet-not-found', `El libro no tiene una hoja llamada «${name}»`);
      let worksheet: Worksheet;
      if (info.kind !== 'worksheet' || info.partPath === null) {
        worksheet = buildWorksheet(name, new Map(), []); // chart sheets and the like hold no cells
      } else {
        const xml = readPart(info.partPath);
        if (xml === null) {
          throw new WorkbookReadError('missing-part', `El libro de Excel está incompleto: falta la hoja «${name}» (${info.partPath})`);
        }
        requireClosingTag(xml, 'worksheet', info.partPath);
        worksheet = parseWorksheet(name, xml, worksheetContext());
      }
      parsed.set(name, worksheet);
      return worksheet;
    },
  };
}

/**
 * Shared strings and styles: a part the relationships name must exist (without it every text cell would
 * read as empty); when no relationship names one, the conventional path is tried, as some writers
 * forget the relationship.
 */
function readAuxiliaryPart(readPart: (path: string) => string | null, relatedPath: string | null, conventionalPath: string): string | null {
  if (relatedPath === null) return readPart(conventionalPath);
  const xml = readPart(relatedPath);
  if (xml === null) throw new WorkbookReadError('missing-part', `El libro de Excel está incompleto: falta la parte ${relatedPath}`);
  return xml;
}

function siblingPath(partPath: string, fileName: string): string {
  return `${partPath.slice(0, partPath.lastIndexOf('/') + 1)}${fileName}`;
}

/** Other zip-based office formats get a message that says what to do instead. */
function rejectOtherFormats(archive: ZipArchive): void {
  if (archive.find('xl/workbook.bin')) {
    throw new WorkbookReadError('unsupported-format', 'Formato .xlsb (libro binario) no soportado: ábralo en Excel y guárdelo como .xlsx, luego impórtelo');
  }
  if (archive.find('mimetype') && archive.find('content.xml')) {
    throw new WorkbookReadError('unsupported-format', 'Formato OpenDocument (.ods) no soportado: ábralo y guárdelo como .xlsx, luego impórtelo');
  }
}

/**
 * A part cut short (damaged download, or a zip entry announcing a smaller size than it holds) lacks its
 * root's closing tag; reading on would silently lose the rows at its end.
 */
function requireClosingTag(xml: string, root: string, partPath: string): void {
  const tail = xml.slice(-256).trimEnd();
  if (!new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${root}>$`).test(tail)) {
    throw new WorkbookReadError('corrupt-part', invalidWorkbookMessage, `${partPath}: falta </${root}>`);
  }
}
