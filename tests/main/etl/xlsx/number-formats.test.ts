import { describe, expect, it } from 'vitest';
import { isBuiltInDateFormat, isDateFormatCode } from '../../../../src-main/etl/xlsx/number-formats';

describe('date number formats', () => {
  it('knows the built-in date ids', () => {
    for (const id of [14, 15, 17, 22, 27, 36, 45, 47, 50, 58]) expect(isBuiltInDateFormat(id), String(id)).toBe(true);
    for (const id of [0, 1, 4, 9, 10, 11, 12, 23, 37, 44, 48, 49, 59]) expect(isBuiltInDateFormat(id), String(id)).toBe(false);
  });

  it('recognises custom date codes', () => {
    for (const code of ['mmm-yy', 'dd/mm/yyyy', 'd-mmm', 'h:mm AM/PM', '[$-es-CO]d "de" mmmm "de" yyyy', 'yyyy-mm-dd hh:mm:ss', 'MMM YYYY']) {
      expect(isDateFormatCode(code), code).toBe(true);
    }
  });

  it('does not mistake number formats with literals, colours or padding for dates', () => {
    for (const code of [
      'General',
      '#,##0.000',
      '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-',
      '0.00 "días"',
      '[Red]#,##0;[Blue]-#,##0',
      '#,##0\\ "MPC"',
      '0.00E+00',
      '* #,##0_d',
    ]) {
      expect(isDateFormatCode(code), code).toBe(false);
    }
  });
});
