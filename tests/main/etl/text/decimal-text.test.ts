import { describe, expect, it } from 'vitest';
import { parseDecimalText } from '../../../../src-main/etl/text/decimal-text';

describe('parseDecimalText', () => {
  it('reads a dot or a comma as the decimal mark, and tells absent from malformed', () => {
    expect(parseDecimalText('4.6097')).toBe(4.6097);
    expect(parseDecimalText('-74,08')).toBe(-74.08);
    expect(parseDecimalText(3)).toBe(3);
    expect(parseDecimalText('  ')).toBeNull();
    expect(parseDecimalText(null)).toBeNull();
    expect(parseDecimalText('1.234,5')).toBeNaN();
    expect(parseDecimalText('norte')).toBeNaN();
  });
});
