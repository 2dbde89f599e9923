import { describe, expect, it } from 'vitest';
import { parseMunicipalityCode } from '../../../../../src-main/etl/sources/dane-territory/transform/divipola-code';

describe('parseMunicipalityCode', () => {
  it.each([
    ['5002', '05002'],
    ['05002', '05002'],
    [' 85440 ', '85440'],
    // The Socrata API form: the code is a number rendered with thousands grouping.
    ['5.001', '05001'],
    ['5.03', '05030'],
    ['5.1', '05100'],
    ['5,001', '05001'],
    ['85.44', '85440'],
    [5001, '05001'],
    [85440, '85440'],
  ])('%j → %s', (raw, code) => {
    expect(parseMunicipalityCode(raw)).toBe(code);
  });

  it.each([['123'], ['123456'], ['5.0001'], ['5,01'], ['abc'], [''], [null], [-5001], [5.5001]])('rejects %j', (raw) => {
    expect(parseMunicipalityCode(raw)).toBeNull();
  });
});
