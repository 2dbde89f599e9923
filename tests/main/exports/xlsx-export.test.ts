import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../../package.json';
import { MAX_SHEET_NAME } from '../../../src-main/exports/xlsx/sheet-names';
import { openSeededApp, type SeededApp } from '../datasets/dataset-fixture';
import { bluePng, chartDataUrl } from './png-fixture';
import { keyValues, readWorkbook, rowValues, sheet } from './read-workbook';

let seeded: SeededApp;
let workbook: ExcelJS.Workbook;
let result: Awaited<ReturnType<SeededApp['client']['send']>> & { path: string; rows: number; sheets: string[]; bytes: number; sourceFiles: number; rejectedRows: number };

beforeAll(async () => {
  seeded = await openSeededApp();
  result = (await seeded.client.send('exports.create', {
    dataset: 'production',
    format: 'xlsx',
    targetPath: join(seeded.outDir, 'caudal-produccion-2023-12_2024-03.xlsx'),
    filters: { from: '2023-12', to: '2024-03' },
    chartPng: chartDataUrl(1600, 800),
    chartTitle: 'Producción fiscalizada mensual',
    exportId: 'prueba-xlsx',
  })) as typeof result;
  workbook = await readWorkbook(result.path);
});
afterAll(async () => seeded.close());

describe('an Excel export of production', () => {
  it('writes the five sheets with names within Excel’s 31 characters, and reports what it wrote', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Datos', 'Resumen', 'Filtros y metadatos', 'Fuentes', 'Rechazos']);
    expect(result.sheets).toEqual(workbook.worksheets.map((w) => w.name));
    expect(workbook.worksheets.every((w) => w.name.length <= MAX_SHEET_NAME)).toBe(true);
    expect(result).toMatchObject({ rows: 7, sourceFiles: 1, rejectedRows: 2, format: 'xlsx', exportId: 'prueba-xlsx' });
    expect(result.bytes).toBeGreaterThan(1000);
    expect(readdirSync(seeded.outDir)).toEqual(['caudal-produccion-2023-12_2024-03.xlsx']);
  });

  it('has a bold header with units, frozen at the top, and an autofilter over the whole table', () => {
    const data = sheet(workbook, 'Datos');
    const header = rowValues(data)[0]!;
    expect(header.slice(0, 10)).toEqual(['Periodo', 'Año', 'Código departamento', 'Departamento', 'Código municipio', 'Municipio', 'Operadora', 'Campo', 'Contrato', 'Producción fiscalizada (MPC)']);
    expect(header).toContain('Entregado a gasoductos (MPC)');
    expect(header.slice(-3)).toEqual(['Archivo fuente', 'Hoja', 'Fila']);
    expect(data.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.autoFilter).toBe('A1:T8');
    expect(data.rowCount).toBe(8);
    // exceljs leaves out (and reads back as undefined) a width equal to its default of 9.
    for (let c = 1; c <= 20; c++) expect(data.getColumn(c).width ?? 9).toBeGreaterThanOrEqual(8);
  });

  it('types every cell: months as real dates, numbers as numbers with es-CO formats, text as text', () => {
    const data = sheet(workbook, 'Datos');
    const first = data.getRow(2);
    expect(first.getCell(1).value).toEqual(new Date(Date.UTC(2023, 11, 1)));
    expect(first.getCell(1).numFmt).toBe('mmm-yyyy');
    expect(first.getCell(2).value).toBe(2023);
    expect(first.getCell(2).numFmt).toBe('0');
    expect(first.getCell(8).value).toBe('Peñón');
    expect(first.getCell(10).value).toBe(31);
    expect(first.getCell(10).numFmt).toBe('#,##0.00');
    expect(first.getCell(10).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(20).value).toBe(14);
    expect(first.getCell(11).value).toBeNull();
  });

  it('neutralises formula-looking text but keeps negative numbers as numbers', () => {
    const data = sheet(workbook, 'Datos');
    const injected = data.getRow(8);
    expect(injected.getCell(8).value).toBe("'=1+2");
    expect(injected.getCell(8).type).toBe(ExcelJS.ValueType.String);
    expect(injected.getCell(7).value).toBe("'@Operadora");
    expect(injected.getCell(10).value).toBe(-5);
    expect(injected.getCell(10).type).toBe(ExcelJS.ValueType.Number);
    expect(rowValues(data).flat().some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  });

  it('summarises with production.series’s own answer, totals included, and the chart beside it', async () => {
    const summary = sheet(workbook, 'Resumen');
    const series = await seeded.client.send('production.series', { from: '2023-12', to: '2024-03' });
    const rows = rowValues(summary);
    expect(rows[0]![0]).toBe('Producción fiscalizada mensual (2023-12 a 2024-03)');
    expect(rows[1]!.slice(0, 5)).toEqual(['Periodo', 'Volumen (MPC)', 'Tasa media diaria (MPCD)', 'Días', 'Meses con datos']);
    const points = rows.slice(2, 2 + series.points.length);
    expect(points.map((r) => r[0])).toEqual(series.points.map((p) => new Date(`${p.period}-01T00:00:00Z`)));
    expect(points.map((r) => r[1])).toEqual(series.points.map((p) => p.volumeMpc));
    expect(points.map((r) => r[2])).toEqual(series.points.map((p) => p.rateMpcd));
    const total = rows[2 + series.points.length]!;
    const volume = series.points.reduce((s, p) => s + p.volumeMpc, 0);
    const days = series.points.reduce((s, p) => s + p.days, 0);
    expect(total.slice(0, 4)).toEqual(['Total', volume, volume / days, days]);
    expect(summary.getRow(3 + series.points.length).getCell(2).font?.bold).toBe(true);
    const images = summary.getImages();
    expect(images).toHaveLength(1);
    const media = workbook.getImage(Number(images[0]!.imageId));
    expect(media.extension).toBe('png');
    expect(Buffer.from(media.buffer as unknown as Uint8Array).equals(bluePng(1600, 800))).toBe(true);
  });

  it('lists filters, unit, conversion factors, the time and the Caudal version', () => {
    const metadata = keyValues(sheet(workbook, 'Filtros y metadatos'));
    expect(metadata.get('Conjunto de datos')).toBe('Producción fiscalizada de gas (ANH)');
    expect(metadata.get('Versión de Caudal')).toBe(version);
    expect(String(metadata.get('Generado'))).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \(UTC[+−]\d{2}:\d{2}\)$/);
    expect(metadata.get('Filas exportadas')).toBe(7);
    expect(metadata.get('Unidad')).toBe('MPC (millones de pies cúbicos)');
    expect(metadata.get('Desde')).toBe('2023-12');
    expect(metadata.get('Hasta')).toBe('2024-03');
    expect(metadata.get('Departamentos')).toBe('(todos)');
    expect(metadata.get('Metros cúbicos por pie cúbico')).toBe(0.0283168);
    expect(metadata.get('KPC por MPC')).toBe(1000);
    expect(metadata.get('Poder calorífico por omisión (BTU/PC)')).toBe(1000);
    expect(metadata.get('Gráfico')).toBe('Incluido en la hoja Resumen');
  });

  it('names every source file behind the rows, with publisher, URL and SHA-256', () => {
    const rows = rowValues(sheet(workbook, 'Fuentes'));
    expect(rows[1]!.slice(0, 3)).toEqual(['Fuente', 'Publicador', 'Archivo']);
    expect(rows).toHaveLength(3);
    const file = rows[2]!;
    expect(file).toContain('Produccion_Fiscalizada_Gas_2024.xlsx');
    expect(file).toContain('Agencia Nacional de Hidrocarburos (ANH)');
    expect(file).toContain('https://www.anh.gov.co/documents/2024/Produccion_Fiscalizada_Gas_2024.xlsx');
    expect(file).toContain('a'.repeat(64));
  });

  it('lists the rows the loader rejected from those files, with reasons and original values', () => {
    const rejects = sheet(workbook, 'Rechazos');
    const rows = rowValues(rejects);
    expect(rows[0]).toEqual(['Fuente', 'Archivo', 'Hoja', 'Fila', 'Código', 'Motivo', 'Valores originales']);
    expect(rows.slice(1).map((r) => r[5])).toEqual(['Departamento «DEPARTAMENTO NN» sin código DIVIPOLA', 'Volumen no numérico']);
    expect(rows[1]![6]).toBe('CAMPO: LA LOMA · DEPARTAMENTO: DEPARTAMENTO NN');
    expect(rejects.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});

describe('Excel exports of the other datasets and summaries', () => {
  it('writes a breakdown summary in the export unit, and leaves Rechazos out when there are none', async () => {
    const target = join(seeded.outDir, 'regalias.xlsx');
    await seeded.client.send('exports.create', {
      dataset: 'royalties',
      format: 'xlsx',
      targetPath: target,
      unit: 'MPC',
      summary: { command: 'royalties.breakdown', input: { by: 'field', top: 1, volumeUnit: 'MPC' } },
    });
    const book = await readWorkbook(target);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Datos', 'Resumen', 'Filtros y metadatos', 'Fuentes']);
    const breakdown = await seeded.client.send('royalties.breakdown', { by: 'field', top: 1, volumeUnit: 'MPC' });
    const rows = rowValues(sheet(book, 'Resumen'));
    expect(rows[2]!.slice(0, 4)).toEqual([breakdown.items[0]!.key, breakdown.items[0]!.label, breakdown.items[0]!.value, breakdown.items[0]!.share]);
    expect(rows[3]!.slice(1, 3)).toEqual(['Resto (1)', breakdown.rest.value]);
    expect(rows[4]!.slice(1, 3)).toEqual(['Total', breakdown.total]);
    expect(sheet(book, 'Resumen').getImages()).toHaveLength(0);
  });

  it('lists the heating value used per field when production is exported in GBTUD', async () => {
    const target = join(seeded.outDir, 'gbtud.xlsx');
    await seeded.client.send('exports.create', { dataset: 'production', format: 'xlsx', targetPath: target, unit: 'GBTUD', filters: { from: '2024-02', to: '2024-02' } });
    const book = await readWorkbook(target);
    const metadata = rowValues(sheet(book, 'Filtros y metadatos'));
    expect(metadata).toContainEqual(['Chuchupa', 1000, 'supuesto']);
    expect(metadata).toContainEqual(['Cusiana', 1200, 'declarado']);
    const header = rowValues(sheet(book, 'Datos'))[0]!;
    expect(header).toContain('Producción fiscalizada (GBTUD)');
    expect(header).toContain('Poder calorífico (BTU/PC)');
  });

  it('writes a valid, empty table when the filters select nothing', async () => {
    const target = join(seeded.outDir, 'vacia.xlsx');
    const result = await seeded.client.send('exports.create', { dataset: 'production', format: 'xlsx', targetPath: target, filters: { from: '2030-01' } });
    expect(result).toMatchObject({ rows: 0, sourceFiles: 0, rejectedRows: 0 });
    const book = await readWorkbook(target);
    const data = sheet(book, 'Datos');
    expect(data.rowCount).toBe(1);
    expect(data.autoFilter).toBe('A1:T1');
    expect(rowValues(sheet(book, 'Fuentes')).flat()).toContain('Ningún archivo: la exportación no tiene filas.');
    const csv = join(seeded.outDir, 'vacia.csv');
    await seeded.client.send('exports.create', { dataset: 'production', format: 'csv', targetPath: csv, filters: { from: '2030-01' } });
    expect(readFileSync(csv, 'utf8').split('\r\n')).toHaveLength(2);
  });

  it('omits the summary when asked (summary: null) and lists ignored filters', async () => {
    const target = join(seeded.outDir, 'demanda.xlsx');
    await seeded.client.send('exports.create', { dataset: 'demand', format: 'xlsx', targetPath: target, summary: null, filters: { departments: ['85'] } });
    const book = await readWorkbook(target);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Datos', 'Filtros y metadatos', 'Fuentes']);
    const notes = rowValues(sheet(book, 'Filtros y metadatos')).flat();
    expect(notes).toContain('No aplican a este conjunto de datos y no se usaron: Departamentos.');
    expect(existsSync(target)).toBe(true);
  });
});
