import type ExcelJS from 'exceljs';
import type { ChartPng } from '../chart-png';

/**
 * Puts a PNG on a sheet of exceljs's *streaming* writer, which only supports background images.
 * It adds what a picture needs in the package: the media file (exceljs's own `addImage`), a drawing
 * part with its relationship to the image, the sheet's relationship to the drawing, the `<drawing>`
 * element at its place in the sheet XML (just before `<picture>`, where exceljs writes backgrounds),
 * and the drawing's content type. Tests read it back with exceljs and convert it with LibreOffice.
 */
const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const EMU_PER_PIXEL = 9525;
/** Shown at most this wide (a 2× screenshot of a chart would otherwise cover the tables). */
const MAX_WIDTH_PX = 760;

interface WorkbookInternals {
  zip: { append(source: string | Buffer, options: { name: string }): unknown };
  addContentTypes(): Promise<void>;
}
interface WorksheetInternals {
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeBackground(): void;
  stream: { write(text: string): unknown };
}

export interface ChartAnchor {
  /** 0-based column and row of the top-left corner. */
  readonly column: number;
  readonly row: number;
  readonly description: string;
}

/** Drawings per workbook, to name each one's part uniquely. */
const drawingCounts = new WeakMap<object, number>();

export function embedChartImage(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExcelJS.Worksheet, png: ChartPng, anchor: ChartAnchor): void {
  const book = workbook as unknown as WorkbookInternals;
  const target = sheet as unknown as WorksheetInternals;
  const imageId = workbook.addImage({ buffer: png.bytes as unknown as ExcelJS.Buffer, extension: 'png' });
  const mediaName = `image${imageId}.png`;
  const drawingNumber = (drawingCounts.get(workbook) ?? 0) + 1;
  drawingCounts.set(workbook, drawingNumber);
  const drawingName = `drawing${drawingNumber}`;

  const scale = Math.min(1, MAX_WIDTH_PX / png.width);
  const cx = Math.round(png.width * scale * EMU_PER_PIXEL);
  const cy = Math.round(png.height * scale * EMU_PER_PIXEL);
  book.zip.append(drawingXml(anchor, cx, cy), { name: `xl/drawings/${drawingName}.xml` });
  book.zip.append(relationshipsXml('rId1', IMAGE_REL, `../media/${mediaName}`), { name: `xl/drawings/_rels/${drawingName}.xml.rels` });

  const writeBackground = target._writeBackground.bind(target);
  target._writeBackground = () => {
    const relId = target._sheetRelsWriter.addRelationship({ Type: DRAWING_REL, Target: `../drawings/${drawingName}.xml` });
    target.stream.write(`<drawing r:id="${relId}"/>`);
    writeBackground();
  };

  const addContentTypes = book.addContentTypes.bind(workbook);
  book.addContentTypes = () => {
    const append = book.zip.append.bind(book.zip);
    book.zip.append = (source, options) =>
      append(options.name === '[Content_Types].xml' ? String(source).replace('</Types>', `<Override PartName="/xl/drawings/${drawingName}.xml" ContentType="${DRAWING_CONTENT_TYPE}"/></Types>`) : source, options);
    return addContentTypes().finally(() => {
      book.zip.append = append;
    });
  };
}

function drawingXml(anchor: ChartAnchor, cx: number, cy: number): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<xdr:oneCellAnchor>' +
    `<xdr:from><xdr:col>${anchor.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${cx}" cy="${cy}"/>` +
    '<xdr:pic>' +
    `<xdr:nvPicPr><xdr:cNvPr id="2" name="Gráfico" descr="${escapeXml(anchor.description)}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    '<xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
    '</xdr:pic>' +
    '<xdr:clientData/>' +
    '</xdr:oneCellAnchor>' +
    '</xdr:wsDr>'
  );
}

function relationshipsXml(id: string, type: string, target: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`
  );
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
