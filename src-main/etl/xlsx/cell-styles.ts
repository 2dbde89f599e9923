import { isBuiltInDateFormat, isDateFormatCode } from './number-formats';
import { elements, firstElementInner, readAttributes } from './xml-text';

/**
 * For each cell style index (`s` attribute of a cell, an index into `<cellXfs>`), whether its number
 * format shows a date. A format defined in `<numFmts>` overrides a built-in id.
 */
export function parseDateStyles(stylesXml: string): boolean[] {
  const customFormats = new Map<number, string>();
  const numFmts = firstElementInner(stylesXml, 'numFmts');
  if (numFmts !== null) {
    for (const element of elements(numFmts, 'numFmt')) {
      const attributes = readAttributes(element.attributes);
      const id = Number(attributes['numFmtId']);
      if (Number.isInteger(id)) customFormats.set(id, attributes['formatCode'] ?? '');
    }
  }

  const isDateFormat = (id: number): boolean => {
    const code = customFormats.get(id);
    return code !== undefined ? isDateFormatCode(code) : isBuiltInDateFormat(id);
  };

  const dateStyles: boolean[] = [];
  const cellXfs = firstElementInner(stylesXml, 'cellXfs');
  if (cellXfs === null) return dateStyles;
  for (const element of elements(cellXfs, 'xf')) {
    const id = Number(readAttributes(element.attributes)['numFmtId'] ?? 0);
    dateStyles.push(Number.isInteger(id) && isDateFormat(id));
  }
  return dateStyles;
}
