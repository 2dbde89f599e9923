import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EtlError } from '../../../../src-main/etl/etl-error';
import { readWorkbook, WorkbookReadError, type WorkbookReadErrorCode } from '../../../../src-main/etl/xlsx';
import { buildXlsxPackage, cellXml, forgeDeclaredSize, rowXml } from '../../../support/xlsx-package';

const INVALID = 'El archivo no es un libro de Excel válido (.xlsx/.xlsm) o está incompleto';

function readError(run: () => unknown): WorkbookReadError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw error;
  }
  throw new Error('se esperaba un WorkbookReadError');
}

function expectReadError(bytes: Uint8Array, code: WorkbookReadErrorCode, message: string | RegExp): WorkbookReadError {
  const error = readError(() => readWorkbook(bytes));
  expect(error.code).toBe(code);
  if (typeof message === 'string') expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
  return error;
}

const smallWorkbook = () => buildXlsxPackage({ sheets: [{ name: 'Hoja', xml: rowXml(1, [cellXml('A1', '<v>1</v>')]) }] });

describe('readWorkbook errors', () => {
  it('refuses an empty file, as an EtlError like every bad input', () => {
    const error = expectReadError(new Uint8Array(0), 'empty-file', /vacío/);
    expect(error).toBeInstanceOf(EtlError);
    expect(error.name).toBe('WorkbookReadError');
  });

  it('refuses a file that is not a zip, saying so in Spanish', () => {
    expectReadError(strToU8('AÑO;MES;CAMPO\n2024;1;CUSIANA\n'), 'not-a-zip', INVALID);
    const html = expectReadError(strToU8('<!DOCTYPE html><html><body>Error 404</body></html>'), 'not-a-zip', INVALID);
    expect(html.detail).toMatch(/HTML/);
  });

  it('refuses a truncated download', () => {
    const whole = smallWorkbook();
    expectReadError(whole.subarray(0, Math.floor(whole.length / 2)), 'truncated', INVALID);
  });

  it('tells the analyst what to do with a legacy .xls', () => {
    const xls = new Uint8Array(1024);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expectReadError(xls, 'legacy-xls', 'Formato .xls antiguo no soportado: ábralo en Excel y guárdelo como .xlsx, luego impórtelo');
  });

  it('recognises a password-protected workbook (an OLE file holding an EncryptedPackage)', () => {
    const encrypted = new Uint8Array(2048);
    encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    encrypted.set([...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]), 600);
    expectReadError(encrypted, 'encrypted', /contraseña/);
  });

  it('refuses a zip that holds no workbook', () => {
    const zip = zipSync({ 'notas.txt': strToU8('hola'), '_rels/.rels': strToU8('<Relationships/>') });
    expectReadError(zip, 'missing-part', /no contiene la parte del libro \(xl\/workbook\.xml\)/);
  });

  it('refuses binary (.xlsb) and OpenDocument workbooks with a specific message', () => {
    expectReadError(zipSync({ 'xl/workbook.bin': new Uint8Array(10) }), 'unsupported-format', /\.xlsb/);
    expectReadError(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') }), 'unsupported-format', /\.ods/);
  });

  it('reports a sheet listed in the workbook whose part is missing', () => {
    const bytes = buildXlsxPackage({ sheets: [{ name: 'enero-24', xml: '' }], omitParts: ['xl/worksheets/sheet1.xml'] });
    const workbook = readWorkbook(bytes);
    expect(readError(() => workbook.sheet('enero-24'))).toMatchObject({ code: 'missing-part', message: expect.stringMatching(/enero-24/) });
  });

  it('reports a shared-strings part the workbook names but the zip lacks', () => {
    const bytes = buildXlsxPackage({ sharedStrings: ['<t>x</t>'], sheets: [{ name: 'Hoja', xml: '' }], omitParts: ['xl/sharedStrings.xml'] });
    expect(readError(() => readWorkbook(bytes).sheet('Hoja'))).toMatchObject({ code: 'missing-part', message: expect.stringMatching(/sharedStrings/) });
  });

  it('names the missing sheet', () => {
    expect(readError(() => readWorkbook(smallWorkbook()).sheet('Campos Mpcpd'))).toMatchObject({
      code: 'sheet-not-found',
      message: 'El libro no tiene una hoja llamada «Campos Mpcpd»',
    });
  });

  it('refuses a part larger than the limit before inflating it', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => rowXml(i + 1, [cellXml(`A${i + 1}`, `<v>${i}</v>`)])).join('');
    const bytes = buildXlsxPackage({ sheets: [{ name: 'Grande', xml: rows }] });
    const workbook = readWorkbook(bytes, { maxPartBytes: 10_000 });
    expect(readError(() => workbook.sheet('Grande'))).toMatchObject({ code: 'part-too-large', message: expect.stringMatching(/demasiado grande/) });
    expect(readWorkbook(bytes).sheet('Grande').rows).toHaveLength(2000);
  });

  it('refuses a zip bomb announcing gigabytes, without allocating them', () => {
    const forged = forgeDeclaredSize(smallWorkbook(), 'xl/worksheets/sheet1.xml', 3_500_000_000);
    expect(readError(() => readWorkbook(forged).sheet('Hoja'))).toMatchObject({ code: 'part-too-large' });
  });

  it('refuses an entry declaring an impossible compression ratio', () => {
    const forged = forgeDeclaredSize(smallWorkbook(), 'xl/worksheets/sheet1.xml', 150_000_000);
    expect(readError(() => readWorkbook(forged).sheet('Hoja'))).toMatchObject({ code: 'part-too-large', message: expect.stringMatching(/manipulado/) });
  });

  it('refuses a part whose content is cut short instead of losing its last rows', () => {
    const rows = Array.from({ length: 50 }, (_, i) => rowXml(i + 1, [cellXml(`A${i + 1}`, `<v>${i}</v>`)])).join('');
    const bytes = buildXlsxPackage({ sheets: [{ name: 'Hoja', xml: rows }] });
    const actualSize = strToU8(`${rows}`).length + 200; // roughly the sheet part
    const forged = forgeDeclaredSize(bytes, 'xl/worksheets/sheet1.xml', Math.floor(actualSize / 2));
    expect(readError(() => readWorkbook(forged).sheet('Hoja'))).toMatchObject({ code: 'corrupt-part', message: INVALID });
  });
});
