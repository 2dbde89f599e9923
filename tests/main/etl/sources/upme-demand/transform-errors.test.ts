import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EtlError } from '../../../../../src-main/etl/etl-error';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { recogniseUpmeDemand } from '../../../../../src-main/etl/sources/upme-demand/transform/open-books';
import { transformUpmeDemand } from '../../../../../src-main/etl/sources/upme-demand/transform/transform';
import { agregada2024, edition2024Zip, FILE_NAMES_2024, gnl2024, sectorBook2024 } from './fixtures/layout-2024';

function errorOf(run: () => unknown): EtlError {
  try {
    run();
  } catch (error) {
    if (error instanceof EtlError) return error;
    throw error;
  }
  throw new Error('se esperaba un EtlError');
}

async function otherWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Hoja1').getCell('A1').value = 'Presupuesto';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('UPME demand: files it cannot use, and cells it rejects', () => {
  it('a renamed scenario header stops the workbook with a Spanish message naming the sheet and column', async () => {
    const bytes = await agregada2024({ tweak: (_book, sheet) => sheet.name === 'Esc Alto, Medio y Bajo' && (sheet.getCell('B2').value = 'Esc. Pesimista') });
    const error = errorOf(() => transformUpmeDemand(probeFile(FILE_NAMES_2024.agregada, bytes)));
    expect(error.code).toBe('upme-header');
    expect(error.message).toBe(
      'UPME_Series_2024_Gas_Natural_Agregada.xlsx: La hoja «Esc Alto, Medio y Bajo» tiene en la columna B (celda B2) el encabezado «Esc. Pesimista», que no es un escenario conocido; se esperan «Esc. Bajo», «Histórico / Esc. Medio» y «Esc. Alto». La UPME pudo cambiar el formato: revise el archivo.',
    );
  });

  it('a missing medio column is named too (inside a zip, with the workbook it is in)', async () => {
    const zip = await edition2024Zip({ tweak: (book, sheet) => book === 'industrial' && sheet.name === 'Esc Alto, Medio y Bajo' && (sheet.getCell('D2').value = 'Histórico') });
    const error = errorOf(() => transformUpmeDemand(probeFile('anexo.zip', zip)));
    // "Histórico" alone is a history column; without medio the sheet cannot be read.
    expect(error.message).toBe(
      'UPME_Series_2024_Gas_Natural_Industrial.xlsx: A la hoja «Esc Alto, Medio y Bajo» le falta la columna «Histórico / Esc. Medio» (fila 2); se esperan «Esc. Bajo», «Histórico / Esc. Medio» y «Esc. Alto»',
    );
  });

  it('an unknown region is rejected with its reason and raw values, never guessed; the check then fails', async () => {
    const bytes = await agregada2024({ tweak: (_book, sheet) => sheet.name === 'Esc Med Regional' && (sheet.getCell('J4').value = 'Orinoquía') });
    const parsed = transformUpmeDemand(probeFile(FILE_NAMES_2024.agregada, bytes));
    const rejects = parsed.rejects.filter((r) => r.reasonCode === 'region-desconocida');
    expect(rejects).toHaveLength(36);
    expect(rejects[0]).toMatchObject({ sheet: 'Esc Med Regional', row: 5, raw: { hoja: 'Esc Med Regional', celda: 'J5', periodo: '2023-01', encabezado: 'Orinoquía' } });
    expect(rejects[0]!.reason).toMatch(/^Región desconocida «Orinoquía»; las regiones de la UPME son Centro, Costa Atlántica/);
    expect(parsed.warnings).toContain(
      `Hoja «Esc Med Regional», columna J («Orinoquía»): ${rejects[0]!.reason}; sus valores quedan como rechazados`.replace(/^/, `${FILE_NAMES_2024.agregada}: `),
    );
    expect(parsed.checks.find((c) => c.kind === 'regions-vs-national')).toMatchObject({ status: 'not-reconciled', failed: 36 });
    expect(parsed.rows.some((r) => r.area.kind === 'region' && r.area.region === 'tolima-huila' && r.sheet === 'Esc Med Regional')).toBe(false);
  });

  it('rejects text in a number cell and a row of numbers without a month', async () => {
    const bytes = await sectorBook2024('industrial', {
      tweak: (_book, sheet) => {
        if (sheet.name !== 'Esc Med Regional') return;
        sheet.getCell('C7').value = 'n.d.';
        sheet.getCell('A41').value = 'Promedio';
        sheet.getCell('B41').value = 12.5;
      },
    });
    const parsed = transformUpmeDemand(probeFile(FILE_NAMES_2024.industrial, bytes));
    expect(parsed.rejects.map((r) => [r.reasonCode, r.sheet, r.row, r.reason])).toEqual([
      ['valor-no-numerico', 'Esc Med Regional', 7, 'El valor de C7 («n.d.») no es un número de GBTUD'],
      ['fila-sin-fecha', 'Esc Med Regional', 41, 'La fila 41 tiene valores pero no un mes en la columna A'],
    ]);
  });

  it('refuses a sheet in another unit', async () => {
    const bytes = await agregada2024({ tweak: (_book, sheet) => sheet.name === 'Esc Med Regional' && (sheet.getCell('A1').value = '[MPCD]') });
    const error = errorOf(() => transformUpmeDemand(probeFile(FILE_NAMES_2024.agregada, bytes)));
    expect(error.message).toBe(`${FILE_NAMES_2024.agregada}: La hoja «Esc Med Regional» está en MPCD (celda A1); la proyección de demanda de la UPME se publica en GBTUD`);
  });

  it('skips other files in the zip, and refuses a zip or workbook with nothing of UPME', async () => {
    const zip = await edition2024Zip({ extra: { 'Presupuesto.xlsx': await otherWorkbook(), 'Léame.txt': new TextEncoder().encode('hola'), '__MACOSX/._x.xlsx': new Uint8Array(4) } });
    const parsed = transformUpmeDemand(probeFile('anexo.zip', zip));
    expect(parsed.books).toHaveLength(3);
    expect(parsed.warnings).toEqual(expect.arrayContaining(['Se omite «Léame.txt» del zip: no es un libro .xlsx', expect.stringMatching(/^Se omite «Presupuesto.xlsx» del zip: no contiene las series/)]));

    const foreignZip = zipSync({ 'Presupuesto.xlsx': await otherWorkbook() });
    expect(recogniseUpmeDemand(probeFile('otro.zip', foreignZip))).toBe(false);
    expect(errorOf(() => transformUpmeDemand(probeFile('otro.zip', foreignZip))).code).toBe('not-upme-demand');
    const foreign = await otherWorkbook();
    expect(recogniseUpmeDemand(probeFile('Presupuesto.xlsx', foreign))).toBe(false);
    expect(errorOf(() => transformUpmeDemand(probeFile('Presupuesto.xlsx', foreign))).message).toMatch(/^El libro «Presupuesto.xlsx» no contiene las series de la proyección de demanda de gas natural de la UPME/);
  });

  it('a damaged zip or a damaged workbook inside it gets a clear message', async () => {
    const zip = await edition2024Zip();
    expect(() => transformUpmeDemand(probeFile('anexo.zip', zip.subarray(0, zip.length - 200)))).toThrow('El archivo comprimido está dañado o incompleto; descárguelo de nuevo');
    const broken = zipSync({ [FILE_NAMES_2024.agregada]: (await agregada2024()).subarray(0, 3000) });
    const error = errorOf(() => transformUpmeDemand(probeFile('anexo.zip', broken)));
    expect(error.message).toMatch(/^UPME_Series_2024_Gas_Natural_Agregada.xlsx \(dentro del zip\): /);
  });

  it('identifies a renamed sector workbook by its figures; refuses what it cannot identify or mixes', async () => {
    const renamed = zipSync({ [FILE_NAMES_2024.agregada]: await agregada2024(), 'libro1.xlsx': await sectorBook2024('industrial') });
    const parsed = transformUpmeDemand(probeFile('anexo_2024.zip', renamed));
    expect(parsed.books.map((b) => [b.book, b.entryName])).toEqual([
      ['industrial', 'libro1.xlsx'],
      ['total', FILE_NAMES_2024.agregada],
    ]);

    const unknown = zipSync({ [FILE_NAMES_2024.agregada]: await agregada2024(), 'libro2.xlsx': await gnl2024() });
    expect(errorOf(() => transformUpmeDemand(probeFile('anexo_2024.zip', unknown))).code).toBe('upme-unknown-sector');

    const twice = zipSync({ [FILE_NAMES_2024.industrial]: await sectorBook2024('industrial'), 'copia/UPME_Series_2024_Gas_Natural_Industrial.xlsx': await sectorBook2024('industrial') });
    expect(errorOf(() => transformUpmeDemand(probeFile('anexo.zip', twice))).message).toMatch(/son ambos del sector Industrial/);

    const mixed = zipSync({ [FILE_NAMES_2024.agregada]: await agregada2024(), 'UPME_Series_2023_Gas_Natural_Industrial.xlsx': await sectorBook2024('industrial') });
    expect(errorOf(() => transformUpmeDemand(probeFile('anexo.zip', mixed))).message).toBe('El archivo mezcla libros de varias ediciones (2023, 2024); importe cada edición por separado');
  });

  it('without a year in any name, takes the edition from the last history month and says so', async () => {
    const parsed = transformUpmeDemand(probeFile('agregada.xlsx', await agregada2024()));
    expect(parsed.edition).toBe('2024');
    expect(parsed.warnings).toContain('Los nombres de los archivos no dicen la edición; se toma 2024, el año del último mes histórico (2024-09)');
  });
});
