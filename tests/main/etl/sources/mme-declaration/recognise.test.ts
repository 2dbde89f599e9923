import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EtlError } from '../../../../../src-main/etl/etl-error';
import { detectSource } from '../../../../../src-main/etl/import/detect-source';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { mmeDeclarationSource } from '../../../../../src-main/etl/sources/mme-declaration';
import { buildSoporteWorkbook, declining, legacyXlsBytes } from './fixtures/soporte-workbook';

const XLS_NAME = 'Resolución 31289 del 2015-06-03 - Declaración 2015-2024 - Res_31_289_del_3Jun2015_DPGN_2015-2024.xls';

describe('mme-declaration source: recognise and legacy .xls', () => {
  it('claims a soporte magnético by content, whatever its name, even behind instruction sheets', async () => {
    const bytes = await buildSoporteWorkbook([
      { kind: 'other', name: 'Instrucciones', cells: [['A1', 'Una hoja por campo']] },
      { kind: 'field', name: 'VIGIA SUR - 1', layout: 'below', firstYear: 2025, rows: [{ operator: 'X', type: 'PTDV', value: declining(1) }] },
    ]);
    expect(mmeDeclarationSource.recognise(probeFile('descarga (3).xlsx', bytes))).toBe(true);
    expect(detectSource(probeFile('descarga (3).xlsx', bytes), [mmeDeclarationSource])).toMatchObject({ kind: 'recognised', source: mmeDeclarationSource });
  });

  it('leaves alone other workbooks, summaries without a heating value, and files that are not workbooks', async () => {
    const other = new ExcelJS.Workbook();
    const sheet = other.addWorksheet('Campos Mpcpd');
    sheet.getCell('A7').value = 'CAMPO';
    sheet.getCell('B7').value = 'ENERO';
    const otherBytes = new Uint8Array((await other.xlsx.writeBuffer()) as ArrayBuffer);
    expect(mmeDeclarationSource.recognise(probeFile('anh.xlsx', otherBytes))).toBe(false);

    const summary = await buildSoporteWorkbook([{ kind: 'other', name: 'RESUMEN', cells: [['E9', '2025 - Año 1 (GBTUD)'], ['E10', 'Ene'], ['C11', 'TOTAL']] }]);
    expect(mmeDeclarationSource.recognise(probeFile('resumen.xlsx', summary))).toBe(false);

    expect(mmeDeclarationSource.recognise(probeFile('a.csv', new TextEncoder().encode('a,b\n1,2\n')))).toBe(false);
    expect(mmeDeclarationSource.recognise(probeFile(XLS_NAME, legacyXlsBytes()))).toBe(false);
  });

  it('explains, for that file only, that a legacy .xls must be converted, keeping its name', () => {
    let error: unknown;
    try {
      mmeDeclarationSource.transform(probeFile(XLS_NAME, legacyXlsBytes()));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EtlError);
    expect((error as EtlError).code).toBe('unsupported-xls');
    expect((error as EtlError).message).toBe(
      'Formato .xls no soportado: conviértalo a .xlsx e impórtelo (ábralo en Excel y guárdelo como .xlsx conservando el nombre ' +
        '«Resolución 31289 del 2015-06-03 - Declaración 2015-2024 - Res_31_289_del_3Jun2015_DPGN_2015-2024», que indica su resolución)',
    );
  });

  it('reports a damaged workbook with the reader message as an EtlError', () => {
    const html = new TextEncoder().encode('<!DOCTYPE html><html><body>Error 503</body></html>');
    expect(() => mmeDeclarationSource.transform(probeFile('Resolución 00739 de 2025.xlsx', html))).toThrow(EtlError);
    expect(() => mmeDeclarationSource.transform(probeFile('Resolución 00739 de 2025.xlsx', html))).toThrow(/no es un libro de Excel válido/);
  });
});
