import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';

/** The parts every .xlsx needs, around one sheet part whose bytes the caller provides. */
const PACKAGE_PARTS: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="enero-24" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

/**
 * Writes a zip whose entries are produced chunk by chunk (never whole in memory): each entry is a
 * generator of text chunks, deflated at the highest level.
 */
function streamedZip(entries: Record<string, () => Iterable<string>>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, produce] of Object.entries(entries)) {
    const entry = new ZipDeflate(name, { level: 9 });
    zip.add(entry);
    for (const text of produce()) entry.push(strToU8(text));
    entry.push(new Uint8Array(0), true);
  }
  zip.end();
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

function* repeated(text: string, bytes: number): Iterable<string> {
  const block = text.repeat(Math.max(1, Math.floor(1_048_576 / text.length)));
  for (let written = 0; written < bytes; written += block.length) yield block;
}

function* sheetXml(rows: number): Iterable<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  for (let start = 1; start <= rows; start += 10_000) {
    let block = '';
    for (let r = start; r < Math.min(start + 10_000, rows + 1); r++) {
      block += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>CAMPO ${r % 97}</t></is></c><c r="B${r}"><v>${r}</v></c><c r="C${r}"><v>${(r % 1000) / 7}</v></c><c r="D${r}"><v>2024</v></c></row>`;
    }
    yield block;
  }
  yield '</sheetData></worksheet>';
}

/** A classic zip bomb dressed as a workbook: its one sheet inflates to `bytes` of one repeated character. */
export function workbookBomb(bytes: number): Uint8Array {
  return streamedZip({ ...Object.fromEntries(Object.entries(PACKAGE_PARTS).map(([name, text]) => [name, () => [text]])), 'xl/worksheets/sheet1.xml': () => repeated('0', bytes) });
}

/** A real workbook with one sheet of `rows` ordinary rows (about 150 bytes of XML each). */
export function hugeSheetWorkbook(rows: number): Uint8Array {
  return streamedZip({ ...Object.fromEntries(Object.entries(PACKAGE_PARTS).map(([name, text]) => [name, () => [text]])), 'xl/worksheets/sheet1.xml': () => sheetXml(rows) });
}

/** An annex zip (as UPME's) whose one workbook entry is a bomb: `bytes` of zeros inside the outer zip. */
export function annexBomb(bytes: number): Uint8Array {
  return streamedZip({ 'UPME_Series_2024_Gas_Natural_Agregada.xlsx': () => repeated('\u0000', bytes) });
}

/** An annex zip with the given entries (names as given, traversal included). */
export function annexWith(entries: Record<string, Uint8Array>): Uint8Array {
  return zipSync(entries);
}
