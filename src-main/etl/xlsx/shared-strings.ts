import { decodeSpreadsheetText, elements } from './xml-text';

const PHONETIC_RUN = /<(?:[A-Za-z_][\w.-]*:)?rPh\b[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?rPh>/g;
const TEXT = /<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?t>/g;

/**
 * The shared string table: item i is the text of `<si>` number i. Rich text is flattened by joining
 * its runs (`<r><t>…</t></r>`); phonetic guides (`<rPh>`, Japanese furigana) are not part of the
 * text. Whitespace is kept as written (Excel marks it with xml:space="preserve").
 */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const item of elements(xml, 'si')) strings.push(item.inner === null ? '' : stringItemText(item.inner));
  return strings;
}

/** The text of a `<si>` or `<is>` body: a plain `<t>` or the concatenation of rich-text runs. */
export function stringItemText(innerXml: string): string {
  const body = innerXml.indexOf('rPh') >= 0 ? innerXml.replace(PHONETIC_RUN, '') : innerXml;
  let text = '';
  for (const match of body.matchAll(TEXT)) text += decodeSpreadsheetText(match[1] ?? '');
  return text;
}
