import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src-main/etl/text/csv-table';
import { cellText, cellValue, tabularFromCsv, tabularFromJsonArray } from '../../../../src-main/etl/text/tabular-records';

describe('tabular records', () => {
  it('gives a CSV line and a JSON object the same shape, with the row lineage records', () => {
    const csv = tabularFromCsv(parseCsv('CAMPO,AÑO\nCUSIANA,2024\n\nAPIAY\n'));
    expect(csv).toEqual({
      format: 'csv',
      headers: ['CAMPO', 'AÑO'],
      records: [
        { row: 2, cells: { CAMPO: 'CUSIANA', AÑO: '2024' } },
        // A short line reads as empty cells, never as undefined.
        { row: 4, cells: { CAMPO: 'APIAY', AÑO: '' } },
      ],
    });
    // Socrata leaves null fields out of an object: the headers are the union of every object's keys.
    const json = tabularFromJsonArray([{ campo: 'CUSIANA', a_o: '2024' }, { campo: 'APIAY', contrato: 'APIAY' }]);
    expect(json?.headers).toEqual(['campo', 'a_o', 'contrato']);
    expect(json?.records.map((r) => r.row)).toEqual([1, 2]);
  });

  it('is not a table when the JSON is not a list of flat objects', () => {
    expect(tabularFromJsonArray({ rows: [] })).toBeNull();
    expect(tabularFromJsonArray([{ a: 1 }, [1, 2]])).toBeNull();
    expect(tabularFromJsonArray([{ a: 1 }, null])).toBeNull();
  });

  it('reads cells as values or trimmed text, empty for missing columns and nulls', () => {
    const record = { row: 1, cells: { campo: '  CUSIANA ', valor: 12.5, nada: null } };
    expect(cellText(record, 'campo')).toBe('CUSIANA');
    expect(cellText(record, 'valor')).toBe('12.5');
    expect(cellText(record, 'nada')).toBe('');
    expect(cellText(record, undefined)).toBe('');
    expect(cellValue(record, 'valor')).toBe(12.5);
    expect(cellValue(record, undefined)).toBeUndefined();
  });
});
