/**
 * Index-based helpers for the hot path (one call per cell): they read the XML string in place instead of
 * slicing or running a regular expression per element, which keeps a 300,000-cell workbook fast.
 */

/** Index of `<name` followed by whitespace, `>` or `/` (so `<c` does not match `<col`), or -1 before `limit`. */
export function findTag(xml: string, tagOpen: string, from: number, limit: number): number {
  let index = xml.indexOf(tagOpen, from);
  while (index >= 0 && index < limit) {
    const next = xml.charCodeAt(index + tagOpen.length);
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) return index;
    index = xml.indexOf(tagOpen, index + tagOpen.length);
  }
  return -1;
}

/**
 * Reads `name="value"` pairs of the start tag spanning [start, end) (from just after the element name
 * to just before `>`), calling `onAttribute` with the raw (still entity-encoded) value.
 */
export function scanAttributes(xml: string, start: number, end: number, onAttribute: (name: string, rawValue: string) => void): void {
  let i = start;
  while (i < end) {
    let code = xml.charCodeAt(i);
    while (i < end && (code === 32 || code === 9 || code === 10 || code === 13 || code === 47)) code = xml.charCodeAt(++i);
    if (i >= end) return;
    const equals = xml.indexOf('=', i);
    if (equals < 0 || equals >= end) return;
    const name = xml.slice(i, equals).trim();
    let q = equals + 1;
    while (q < end && xml.charCodeAt(q) !== 34 && xml.charCodeAt(q) !== 39) q++;
    if (q >= end) return;
    const close = xml.indexOf(xml[q] as string, q + 1);
    if (close < 0 || close > end) return;
    onAttribute(name, xml.slice(q + 1, close));
    i = close + 1;
  }
}

/** Position of the `>` closing a start tag that begins at `tagStart`, and whether it is `/>`. */
export function endOfStartTag(xml: string, tagStart: number): { end: number; selfClosing: boolean } | null {
  const end = xml.indexOf('>', tagStart);
  if (end < 0) return null;
  return { end, selfClosing: xml.charCodeAt(end - 1) === 47 };
}

/**
 * The element `<name …>inner</name>` found in [from, limit): its attribute span and inner span, with
 * `innerStart === innerEnd` for an empty or self-closing element; null when absent.
 */
export function findElement(
  xml: string,
  qualifiedName: string,
  from: number,
  limit: number,
): { attributesStart: number; attributesEnd: number; innerStart: number; innerEnd: number } | null {
  const tagOpen = `<${qualifiedName}`;
  const start = findTag(xml, tagOpen, from, limit);
  if (start < 0) return null;
  const tag = endOfStartTag(xml, start);
  if (!tag || tag.end >= limit) return null;
  const attributesStart = start + tagOpen.length;
  if (tag.selfClosing) return { attributesStart, attributesEnd: tag.end - 1, innerStart: tag.end, innerEnd: tag.end };
  const close = xml.indexOf(`</${qualifiedName}>`, tag.end);
  const innerEnd = close < 0 || close > limit ? limit : close;
  return { attributesStart, attributesEnd: tag.end, innerStart: tag.end + 1, innerEnd };
}
