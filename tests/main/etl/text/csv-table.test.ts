import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src-main/etl/text/csv-table';

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, and numbers records by their first line', () => {
    const table = parseCsv('A,B,C\r\n1,"x, y",z\r\n2,"dice ""hola""","línea 1\nlínea 2"\r\n\r\n3,,\r\n');
    expect(table.header).toEqual(['A', 'B', 'C']);
    expect(table.records).toEqual([
      { line: 2, cells: ['1', 'x, y', 'z'] },
      { line: 3, cells: ['2', 'dice "hola"', 'línea 1\nlínea 2'] },
      { line: 6, cells: ['3', '', ''] },
    ]);
  });

  it('uses the delimiter of the header: semicolons when Excel saved it in Spanish', () => {
    const table = parseCsv('CODIGO;NOMBRE\n05001;Medellín\n');
    expect(table.delimiter).toBe(';');
    expect(table.records[0]!.cells).toEqual(['05001', 'Medellín']);
  });

  it('reads a last record without a final line break', () => {
    expect(parseCsv('A,B\n1,2').records).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });

  it('says the file is incomplete when a quote is never closed', () => {
    expect(() => parseCsv('A,B\n1,"abierto\n2,3\n')).toThrow('El CSV tiene comillas sin cerrar desde la fila 2; el archivo parece incompleto');
  });

  it('refuses a file with nothing in it', () => {
    expect(() => parseCsv('\n\n')).toThrow('El archivo CSV no tiene encabezado ni filas');
  });
});
