const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const LITERAL_CR = /\r\n?/g;
/** Attribute values: literal tabs and line breaks are read as spaces (XML 1.0 §3.3.3). */
const ATTRIBUTE_WHITESPACE = /\r\n|[\r\n\t]/g;
/** OOXML escapes characters XML cannot carry as `_xHHHH_` (`_x000D_` is a carriage return). */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Decodes the five XML entities and numeric references (`&#233;`, `&#xE9;`); unknown ones stay as written. */
export function decodeXmlEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.charCodeAt(0) === 35 /* # */) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/**
 * Text content of an element as an XML parser delivers it: literal line breaks normalised to "\n"
 * (XML 1.0 §2.11 — ANH's header cells hold a raw CR LF), CDATA kept literally, entities decoded
 * (so an escaped `&#13;` still yields a carriage return).
 */
export function decodeXmlText(raw: string): string {
  const text = raw.indexOf('\r') < 0 ? raw : raw.replace(LITERAL_CR, '\n');
  if (text.indexOf('<![CDATA[') < 0) return decodeXmlEntities(text);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(CDATA)) {
    out += decodeXmlEntities(text.slice(last, match.index)) + (match[1] ?? '');
    last = match.index + match[0].length;
  }
  return out + decodeXmlEntities(text.slice(last));
}

/** Text of a spreadsheet string (`<t>`): XML decoding plus OOXML's `_xHHHH_` escapes. */
export function decodeSpreadsheetText(raw: string): string {
  const text = decodeXmlText(raw);
  if (text.indexOf('_x') < 0) return text;
  return text.replace(OOXML_ESCAPE, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Attributes of one start tag (the text between the element name and `>`), entity-decoded. Namespace
 * prefixes are kept (`r:id`); use `localAttribute` to ignore them.
 */
export function readAttributes(tagText: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tagText.matchAll(ATTRIBUTE)) {
    const raw = match[2] ?? match[3] ?? '';
    attributes[match[1] as string] = decodeXmlEntities(/[\r\n\t]/.test(raw) ? raw.replace(ATTRIBUTE_WHITESPACE, ' ') : raw);
  }
  return attributes;
}

/** An attribute by local name whatever its prefix (`r:id`, `relationships:id`). */
export function localAttribute(attributes: Record<string, string>, localName: string): string | undefined {
  if (attributes[localName] !== undefined) return attributes[localName];
  for (const [name, value] of Object.entries(attributes)) {
    const colon = name.indexOf(':');
    if (colon >= 0 && name.slice(colon + 1) === localName) return value;
  }
  return undefined;
}

/**
 * Every `<name …>` start tag (with any namespace prefix) in `xml`, yielding its attribute text and, for
 * non-empty elements, its inner XML. Good for flat lists such as `<sheet/>`, `<xf/>`, `<si>…</si>`,
 * not for elements that nest inside themselves.
 */
export function* elements(xml: string, name: string): Generator<{ attributes: string; inner: string | null }> {
  const pattern = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?${name})(\\s[^>]*?)?(/?)>`, 'g');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(xml)) !== null) {
    const attributes = match[2] ?? '';
    if (match[3] === '/') {
      yield { attributes, inner: null };
      continue;
    }
    const close = `</${match[1]}>`;
    const end = xml.indexOf(close, pattern.lastIndex);
    const innerEnd = end < 0 ? xml.length : end;
    yield { attributes, inner: xml.slice(pattern.lastIndex, innerEnd) };
    pattern.lastIndex = end < 0 ? xml.length : end + close.length;
  }
}

/** The inner XML of the first `<name>` element, or null when absent or empty. */
export function firstElementInner(xml: string, name: string): string | null {
  for (const element of elements(xml, name)) return element.inner;
  return null;
}
