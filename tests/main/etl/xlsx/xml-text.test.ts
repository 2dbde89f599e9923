import { describe, expect, it } from 'vitest';
import { decodeSpreadsheetText, decodeXmlEntities, decodeXmlText, localAttribute, readAttributes } from '../../../../src-main/etl/xlsx/xml-text';

describe('XML text helpers', () => {
  it('decodes named, decimal and hexadecimal entities', () => {
    expect(decodeXmlEntities('a &lt; b &amp;&amp; c &gt; d &quot;e&quot; &apos;f&apos;')).toBe('a < b && c > d "e" \'f\'');
    expect(decodeXmlEntities('BOYAC&#193; &#xD1;&#xf1; &#128512;')).toBe('BOYACÁ Ññ 😀');
    expect(decodeXmlEntities('&nbsp; &#xZZ; sin entidades')).toBe('&nbsp; &#xZZ; sin entidades');
  });

  it('normalises literal line breaks like an XML parser, but keeps an escaped carriage return', () => {
    expect(decodeXmlText('GAS\r\n LIFT')).toBe('GAS\n LIFT');
    expect(decodeXmlText('a\rb&#13;&#10;c')).toBe('a\nb\r\nc');
    expect(readAttributes('name="dos\r\nlíneas\tx"')).toEqual({ name: 'dos líneas x' });
  });

  it('keeps CDATA literally', () => {
    expect(decodeXmlText('x<![CDATA[<a&b>]]>&amp;y')).toBe('x<a&b>&y');
  });

  it("decodes OOXML's _xHHHH_ escapes in spreadsheet text", () => {
    expect(decodeSpreadsheetText('A_x000D__x000A_B')).toBe('A\r\nB');
    expect(decodeSpreadsheetText('literal _x005F_x000D_')).toBe('literal _x000D_');
  });

  it('reads attributes with either quote style and finds prefixed ones by local name', () => {
    const attributes = readAttributes(` name="Campos &amp; más" sheetId='3' r:id="rId1"`);
    expect(attributes).toEqual({ name: 'Campos & más', sheetId: '3', 'r:id': 'rId1' });
    expect(localAttribute(attributes, 'id')).toBe('rId1');
  });
});
