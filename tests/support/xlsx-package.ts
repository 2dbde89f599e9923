import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Builds small .xlsx packages from hand-written XML, for reader tests that need exact control over the
 * parts (rich text runs, inline strings, error cells, 1904 dates, odd part names) that a writer library
 * would normalise away. Everything here is synthetic: no real agency data.
 */
export interface FixtureSheet {
  readonly name: string;
  /** The `<sheetData>` body (rows), or a whole worksheet document when it starts with "<?xml" or "<worksheet". */
  readonly xml: string;
  /** Zip path of the part; default xl/worksheets/sheet{n}.xml. */
  readonly partPath?: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** Extra XML after </sheetData>, e.g. <mergeCells>. */
  readonly afterSheetData?: string;
}

export interface FixtureWorkbook {
  readonly sheets: readonly FixtureSheet[];
  /** `<si>` bodies (e.g. "<t>Hola</t>" or rich runs); omitted → no sharedStrings part. */
  readonly sharedStrings?: readonly string[];
  /** numFmt definitions and the cellXfs numFmtIds, index = style index. */
  readonly styles?: { readonly numFmts?: Readonly<Record<number, string>>; readonly cellXfNumFmtIds: readonly number[] };
  readonly date1904?: boolean;
  /** Extra or replacement parts, by path (raw strings or bytes). */
  readonly extraParts?: Readonly<Record<string, string | Uint8Array>>;
  /** Parts to leave out, by path (to build broken packages). */
  readonly omitParts?: readonly string[];
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function buildXlsxPackage(workbook: FixtureWorkbook): Uint8Array {
  const parts: Record<string, string | Uint8Array> = {};
  const sheetPaths = workbook.sheets.map((sheet, i) => sheet.partPath ?? `xl/worksheets/sheet${i + 1}.xml`);

  parts['[Content_Types].xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
  parts['_rels/.rels'] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

  const sheetEntries = workbook.sheets
    .map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rIdS${i + 1}"/>`)
    .join('');
  parts['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `${workbook.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheetEntries}</sheets></workbook>`;

  const rels = sheetPaths.map((p, i) => `<Relationship Id="rIdS${i + 1}" Type="${REL_NS}/worksheet" Target="${p.replace(/^xl\//, '')}"/>`);
  if (workbook.sharedStrings) rels.push(`<Relationship Id="rIdSST" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (workbook.styles) rels.push(`<Relationship Id="rIdSty" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  parts['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">${rels.join('')}</Relationships>`;

  workbook.sheets.forEach((sheet, i) => {
    const isDocument = /^\s*<(\?xml|worksheet)/.test(sheet.xml);
    parts[sheetPaths[i] as string] = isDocument
      ? sheet.xml
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${sheet.xml}</sheetData>${sheet.afterSheetData ?? ''}</worksheet>`;
  });

  if (workbook.sharedStrings) {
    const items = workbook.sharedStrings.map((body) => `<si>${body}</si>`).join('');
    parts['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="${workbook.sharedStrings.length}">${items}</sst>`;
  }
  if (workbook.styles) {
    const numFmts = Object.entries(workbook.styles.numFmts ?? {})
      .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
      .join('');
    const xfs = workbook.styles.cellXfNumFmtIds.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join('');
    parts['xl/styles.xml'] =
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}">${numFmts ? `<numFmts>${numFmts}</numFmts>` : ''}` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`;
  }

  Object.assign(parts, workbook.extraParts ?? {});
  for (const omitted of workbook.omitParts ?? []) delete parts[omitted];

  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(parts)) zippable[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(zippable);
}

/** A `<c>` element: `cellXml('B2', '<v>1</v>', 't="s"')`. */
export function cellXml(ref: string, body: string, attributes = ''): string {
  return `<c r="${ref}"${attributes ? ` ${attributes}` : ''}>${body}</c>`;
}

export function rowXml(rowNumber: number, cells: readonly string[]): string {
  return `<row r="${rowNumber}">${cells.join('')}</row>`;
}

/**
 * Rewrites the uncompressed size that a zip's central directory declares for one entry, to build the
 * forged archives a zip bomb uses (tiny on disk, huge once inflated) or a damaged download.
 */
export function forgeDeclaredSize(zip: Uint8Array, entryName: string, declaredSize: number): Uint8Array {
  const forged = zip.slice();
  const view = new DataView(forged.buffer);
  const nameBytes = strToU8(entryName);
  for (let offset = 0; offset + 46 <= forged.length; offset++) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(offset + 28, true);
    const name = forged.subarray(offset + 46, offset + 46 + nameLength);
    if (nameLength === nameBytes.length && name.every((byte, i) => byte === nameBytes[i])) {
      view.setUint32(offset + 24, declaredSize, true);
      return forged;
    }
  }
  throw new Error(`No hay una entrada ${entryName} en el zip`);
}
