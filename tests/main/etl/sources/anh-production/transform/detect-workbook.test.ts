import { describe, expect, it } from 'vitest';
import { looksLikeAnhProductionWorkbook } from '../../../../../../src-main/etl/sources/anh-production/transform';
import { readWorkbook } from '../../../../../../src-main/etl/xlsx';
import { buildAnhWorkbook, fieldRow } from '../../../../../support/anh-workbook-fixture';

const looksLike = async (...args: Parameters<typeof buildAnhWorkbook>) => looksLikeAnhProductionWorkbook(readWorkbook(await buildAnhWorkbook(...args)));

describe('looksLikeAnhProductionWorkbook', () => {
  it('recognises the workbook by its month sheet header, whatever the file or sheet is called', async () => {
    expect(await looksLike([{ kind: 'summary', name: 'Campos Mpcpd', year: 2024, months: ['Enero'], fields: [{ field: 'A', rates: [1] }] }, { kind: 'monthly', name: 'enero-24', year: 2024, month: 1, rows: [fieldRow('A', 31)] }])).toBe(true);
    expect(await looksLike([{ kind: 'monthly', name: 'Hoja1', year: 2013, month: 1, rows: [fieldRow('A', 31)] }])).toBe(true);
  });

  it('says no to other spreadsheets, including ANH crude-oil-like sheets', async () => {
    expect(await looksLike([{ kind: 'raw', name: 'Esc Med Regional', rows: [['[GBTUD]'], [], [], [null, 'Centro', 'Costa Atlántica'], [new Date(Date.UTC(2009, 0, 1)), 186.3, 254.5]] }])).toBe(false);
    expect(await looksLike([{ kind: 'raw', name: 'enero-24', rows: [['CAMPO', 'PRODUCCION FISCALIZADA (BPDC)'], ['RUBIALES', 100]] }])).toBe(false);
    expect(await looksLike([{ kind: 'raw', name: 'Hoja1', rows: [] }])).toBe(false);
  });
});
