import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../../src-main/etl/xlsx';
import { buildXlsxPackage, cellXml, rowXml } from '../../../support/xlsx-package';

describe('readWorkbook: values', () => {
  it('reads shared strings, rich text runs, xml:space and entities', () => {
    const bytes = buildXlsxPackage({
      sharedStrings: [
        '<t>Hola</t>',
        '<r><rPr><b/></rPr><t>PRODUCCION </t></r><r><t xml:space="preserve">FISCALIZADA  </t></r>',
        '<t xml:space="preserve">  con espacios </t>',
        '<t>A &amp; B &lt;C&gt; &#233;&#xF1; &quot;x&quot;</t>',
        '<t>L1_x000D_&#10;L2</t>',
        '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh>',
      ],
      sheets: [{ name: 'Hoja', xml: rowXml(1, [0, 1, 2, 3, 4, 5].map((i) => cellXml(`${'ABCDEF'[i]}1`, `<v>${i}</v>`, 't="s"'))) }],
    });
    const row = readWorkbook(bytes).sheet('Hoja').row(1);
    expect(row?.cells.map((cell) => cell.value)).toEqual([
      'Hola',
      'PRODUCCION FISCALIZADA  ',
      '  con espacios ',
      'A & B <C> éñ "x"',
      'L1\r\nL2',
      '漢字',
    ]);
  });

  it('reads inline strings (plain and rich), t="str" formula text, booleans and numbers', () => {
    const bytes = buildXlsxPackage({
      sheets: [
        {
          name: 'Hoja',
          xml: rowXml(2, [
            cellXml('A2', '<is><t>en línea</t></is>', 't="inlineStr"'),
            cellXml('B2', '<is><r><t>ri</t></r><r><t>co</t></r></is>', 't="inlineStr"'),
            cellXml('C2', '<f>A2&amp;"!"</f><v>en línea!</v>', 't="str"'),
            cellXml('D2', '<v>1</v>', 't="b"'),
            cellXml('E2', '<v>0</v>', 't="b"'),
            cellXml('F2', '<v>-1.5E-3</v>'),
            cellXml('G2', '<v>42</v>', 't="n"'),
          ]),
        },
      ],
    });
    const sheet = readWorkbook(bytes).sheet('Hoja');
    expect(sheet.row(2)?.cells.map((cell) => cell.value)).toEqual(['en línea', 'rico', 'en línea!', true, false, -0.0015, 42]);
    expect(sheet.cell('C2')?.formula).toBe('A2&"!"');
  });

  it('turns error cells into null values with an error marker', () => {
    const bytes = buildXlsxPackage({
      sheets: [
        {
          name: 'Hoja',
          xml: rowXml(1, [cellXml('A1', '<v>#N/A</v>', 't="e"'), cellXml('B1', '<f>1/0</f><v>#DIV/0!</v>', 't="e"'), cellXml('C1', '<v>#REF!</v>', 't="e"')]),
        },
      ],
    });
    const cells = readWorkbook(bytes).sheet('Hoja').row(1)?.cells ?? [];
    expect(cells.map((cell) => [cell.value, cell.error, cell.formula])).toEqual([
      [null, '#N/A', null],
      [null, '#DIV/0!', '1/0'],
      [null, '#REF!', null],
    ]);
  });

  it('converts serials to UTC dates by number format: built-in, custom, 1900 leap bug', () => {
    const bytes = buildXlsxPackage({
      styles: { numFmts: { 164: 'dd/mm/yyyy hh:mm', 165: '#,##0.00_-;"dias"', 166: '[$-es-CO]mmm-yy' }, cellXfNumFmtIds: [0, 14, 17, 164, 165, 166, 4] },
      sheets: [
        {
          name: 'Fechas',
          xml:
            rowXml(1, [cellXml('A1', '<v>45292</v>', 's="1"'), cellXml('B1', '<v>45292.75</v>', 's="3"'), cellXml('C1', '<v>45292</v>', 's="4"')]) +
            rowXml(2, [cellXml('A2', '<v>39814</v>', 's="2"'), cellXml('B2', '<v>45323</v>', 's="5"'), cellXml('C2', '<v>45292</v>', 's="6"')]) +
            rowXml(3, [cellXml('A3', '<v>1</v>', 's="1"'), cellXml('B3', '<v>59</v>', 's="1"'), cellXml('C3', '<v>61</v>', 's="1"')]) +
            rowXml(4, [cellXml('A4', '<v>45292</v>'), cellXml('B4', '<v>2024-02-29T06:00:00</v>', 't="d"')]),
        },
      ],
    });
    const sheet = readWorkbook(bytes).sheet('Fechas');
    const iso = (ref: string) => {
      const value = sheet.cell(ref)?.value;
      return value instanceof Date ? value.toISOString() : value;
    };
    expect(iso('A1')).toBe('2024-01-01T00:00:00.000Z');
    expect(iso('B1')).toBe('2024-01-01T18:00:00.000Z');
    expect(iso('C1')).toBe(45292); // a number format with a quoted "dias" is not a date
    expect(iso('A2')).toBe('2009-01-01T00:00:00.000Z'); // mmm-yy, as UPME writes its months
    expect(iso('B2')).toBe('2024-02-01T00:00:00.000Z');
    expect(iso('C2')).toBe(45292); // built-in 4 is #,##0.00
    expect(iso('A3')).toBe('1900-01-01T00:00:00.000Z');
    expect(iso('B3')).toBe('1900-02-28T00:00:00.000Z');
    expect(iso('C3')).toBe('1900-03-01T00:00:00.000Z');
    expect(iso('A4')).toBe(45292); // unstyled: a plain number
    expect(iso('B4')).toBe('2024-02-29T06:00:00.000Z');
  });

  it('honours the 1904 date system', () => {
    const bytes = buildXlsxPackage({
      date1904: true,
      styles: { cellXfNumFmtIds: [0, 14] },
      sheets: [{ name: 'Mac', xml: rowXml(1, [cellXml('A1', '<v>0</v>', 's="1"'), cellXml('B1', '<v>43830</v>', 's="1"')]) }],
    });
    const workbook = readWorkbook(bytes);
    expect(workbook.date1904).toBe(true);
    expect((workbook.sheet('Mac').cell('A1')?.value as Date).toISOString()).toBe('1904-01-01T00:00:00.000Z');
    expect((workbook.sheet('Mac').cell('B1')?.value as Date).toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });
});

describe('readWorkbook: structure', () => {
  it('lists sheets in tab order and finds their parts through the relationships', () => {
    const bytes = buildXlsxPackage({
      sheets: [
        { name: 'Resumen', xml: rowXml(1, [cellXml('A1', '<v>1</v>')]), partPath: 'xl/worksheets/sheet9.xml' },
        { name: 'enero-24', xml: rowXml(1, [cellXml('A1', '<v>2</v>')]), partPath: 'xl/hojas/otra.xml' },
        { name: 'Oculta & rara', xml: rowXml(1, [cellXml('A1', '<v>3</v>')]), partPath: 'xl/worksheets/sheet1.xml', state: 'hidden' },
      ],
    });
    const workbook = readWorkbook(bytes);
    expect(workbook.sheetNames).toEqual(['Resumen', 'enero-24', 'Oculta & rara']);
    expect(workbook.sheets.map((sheet) => [sheet.visibility, sheet.partPath])).toEqual([
      ['visible', 'xl/worksheets/sheet9.xml'],
      ['visible', 'xl/hojas/otra.xml'],
      ['hidden', 'xl/worksheets/sheet1.xml'],
    ]);
    expect(workbook.sheetNames.map((name) => workbook.sheet(name).cell('A1')?.value)).toEqual([1, 2, 3]);
    expect(workbook.sheet('Resumen')).toBe(workbook.sheet('Resumen')); // parsed once, cached
  });

  it('keeps sparse rows by Excel row number and skips styled empty cells', () => {
    const bytes = buildXlsxPackage({
      sheets: [
        {
          name: 'Hoja',
          xml:
            '<row r="1"><c r="A1" s="3"/><c r="B1" s="3"/></row>' +
            rowXml(3, [cellXml('C3', '<v>7</v>')]) +
            '<row r="4" spans="1:3"/>' +
            rowXml(12, [cellXml('B12', '<v>1</v>'), cellXml('AA12', '<v>2</v>')]),
        },
      ],
    });
    const sheet = readWorkbook(bytes).sheet('Hoja');
    expect(sheet.rows.map((row) => row.rowNumber)).toEqual([3, 12]);
    expect(sheet.row(1)).toBeUndefined();
    expect(sheet.cellAt(12, 27)?.ref).toBe('AA12');
    expect(sheet.cell('C3')?.value).toBe(7);
    expect(sheet.lastRow).toBe(12);
    expect(sheet.lastColumn).toBe(27);
  });

  it('reads rows and cells without r attributes by position', () => {
    const bytes = buildXlsxPackage({
      sheets: [{ name: 'Hoja', xml: '<row><c><v>1</v></c><c><v>2</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row>' }],
    });
    const sheet = readWorkbook(bytes).sheet('Hoja');
    expect(sheet.cell('A1')?.value).toBe(1);
    expect(sheet.cell('B1')?.value).toBe(2);
    expect(sheet.cell('A2')?.value).toBe('x');
  });

  it('reads worksheets written with a namespace prefix (<x:row>, <x:c>)', () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>CAMPO</x:t></x:is></x:c><x:c r="C2"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const sheet = readWorkbook(buildXlsxPackage({ sheets: [{ name: 'P', xml }] })).sheet('P');
    expect(sheet.cell('B2')?.value).toBe('CAMPO');
    expect(sheet.cell('C2')).toMatchObject({ value: 2, formula: '1+1' });
  });

  it('slides shared formulas to each cell and marks the group', () => {
    const bytes = buildXlsxPackage({
      sheets: [
        {
          name: 'Hoja',
          xml: rowXml(300, [
            cellXml('A300', '<is><t>TOTAL (MPC)</t></is>', 't="inlineStr"'),
            cellXml('H300', '<f t="shared" ref="H300:J300" si="0">SUM(H8:H299)</f><v>10</v>'),
            cellXml('I300', '<f t="shared" si="0"/><v>0</v>'),
            cellXml('J300', '<f t="shared" si="0"/><v>5</v>'),
          ]),
        },
      ],
    });
    const sheet = readWorkbook(bytes).sheet('Hoja');
    expect(sheet.cell('H300')).toMatchObject({ formula: 'SUM(H8:H299)', value: 10, sharedFormula: { groupIndex: 0, masterRef: 'H300' } });
    expect(sheet.cell('I300')).toMatchObject({ formula: 'SUM(I8:I299)', value: 0, sharedFormula: { groupIndex: 0, masterRef: 'H300' } });
    expect(sheet.cell('J300')).toMatchObject({ formula: 'SUM(J8:J299)', value: 5 });
  });

  it('resolves a shared formula whose master appears after the cell (out-of-order writers)', () => {
    const bytes = buildXlsxPackage({
      sheets: [
        {
          name: 'Hoja',
          xml: rowXml(1, [cellXml('B1', '<f t="shared" si="3"/><v>2</v>'), cellXml('C1', '<f t="shared" ref="B1:C1" si="3">B1*2</f><v>4</v>')]),
        },
      ],
    });
    expect(readWorkbook(bytes).sheet('Hoja').cell('B1')?.formula).toBe('A1*2');
  });

  it('lists merged areas', () => {
    const bytes = buildXlsxPackage({
      sheets: [{ name: 'Hoja', xml: rowXml(2, [cellXml('A2', '<v>1</v>')]), afterSheetData: '<mergeCells count="1"><mergeCell ref="A2:M2"/></mergeCells>' }],
    });
    expect(readWorkbook(bytes).sheet('Hoja').merges).toEqual([{ ref: 'A2:M2', top: 2, left: 1, bottom: 2, right: 13 }]);
  });

  it('finds shared strings at the usual path when the workbook forgets the relationship', () => {
    const bytes = buildXlsxPackage({
      sheets: [{ name: 'Hoja', xml: rowXml(1, [cellXml('A1', '<v>0</v>', 't="s"')]) }],
      extraParts: { 'xl/sharedStrings.xml': '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>CAMPO</t></si></sst>' },
    });
    expect(readWorkbook(bytes).sheet('Hoja').cell('A1')?.value).toBe('CAMPO');
  });

  it('gives an empty grid for an empty sheet', () => {
    const sheet = readWorkbook(buildXlsxPackage({ sheets: [{ name: 'Vacía', xml: '' }] })).sheet('Vacía');
    expect(sheet.rows).toEqual([]);
    expect(sheet.lastRow).toBe(0);
  });
});

describe('readWorkbook on a workbook written by exceljs', () => {
  it('reads back what exceljs wrote: strings, rich text, dates, formulas, booleans, errors', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Datos');
    sheet.getCell('A1').value = 'PRODUCCION\nFISCALIZADA *';
    sheet.getCell('B1').value = { richText: [{ text: 'Gas ', font: { bold: true } }, { text: 'natural' }] };
    sheet.getCell('C1').value = new Date(Date.UTC(2024, 7, 1));
    sheet.getCell('C1').numFmt = 'mmm-yy';
    sheet.getCell('D1').value = { formula: 'SUM(E1:F1)', result: 3.65 };
    sheet.getCell('E1').value = true;
    sheet.getCell('F1').value = { error: '#N/A' };
    sheet.getCell('A5').value = 1234.5;
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());

    const read = readWorkbook(bytes).sheet('Datos');
    expect(read.cell('A1')?.value).toBe('PRODUCCION\nFISCALIZADA *');
    expect(read.cell('B1')?.value).toBe('Gas natural');
    expect((read.cell('C1')?.value as Date).toISOString()).toBe('2024-08-01T00:00:00.000Z');
    expect(read.cell('D1')).toMatchObject({ formula: 'SUM(E1:F1)', value: 3.65 });
    expect(read.cell('E1')?.value).toBe(true);
    expect(read.cell('F1')).toMatchObject({ value: null, error: '#N/A' });
    expect(read.rows.map((row) => row.rowNumber)).toEqual([1, 5]);
  });
});
