import { describe, expect, it } from 'vitest';
import { decodeChartPng } from '../../../src-main/exports/chart-png';
import { csvField, csvHeader } from '../../../src-main/exports/csv/csv-cell';
import { defaultExportFileName } from '../../../src-main/exports/export-file-name';
import { createProgressReporter } from '../../../src-main/exports/export-progress';
import { MAX_CELL_TEXT, neutraliseText } from '../../../src-main/exports/neutralise-text';
import { MAX_SHEET_NAME, uniqueSheetName } from '../../../src-main/exports/xlsx/sheet-names';
import { xlsxValue } from '../../../src-main/exports/xlsx/xlsx-value';
import type { ExportProgress } from '../../../src-shared/contract/exports';
import { bluePng } from './png-fixture';

describe('formula injection', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+57 300', "'+57 300"],
    ['-x', "'-x"],
    ['@x', "'@x"],
    ['\tTab', "'\tTab"],
    ['\rCR', "'\rCR"],
    ['Cusiana', 'Cusiana'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutralises %j as %j', (text, safe) => {
    expect(neutraliseText(text)).toBe(safe);
    expect(xlsxValue(text, 'text')).toBe(safe);
  });

  it('leaves numbers alone in both formats: -5 stays a number', () => {
    expect(xlsxValue(-5, 'number')).toBe(-5);
    expect(csvField(-5, 'number', { separator: ';', decimal: ',' })).toBe('-5');
    expect(csvField(-5.5, 'number', { separator: ';', decimal: ',' })).toBe('-5,5');
    expect(csvField('-5', 'text', { separator: ';', decimal: ',' })).toBe("'-5");
  });

  it('cuts text longer than an Excel cell', () => {
    const long = neutraliseText('x'.repeat(MAX_CELL_TEXT + 10));
    expect(long).toHaveLength(MAX_CELL_TEXT);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('CSV fields', () => {
  const es = { separator: ';', decimal: ',' } as const;
  it('quotes only what needs it and doubles quotes', () => {
    expect(csvField('a;b', 'text', es)).toBe('"a;b"');
    expect(csvField('a,b', 'text', es)).toBe('a,b');
    expect(csvField('a,b', 'text', { separator: ',', decimal: '.' })).toBe('"a,b"');
    expect(csvField('dijo "sí"', 'text', es)).toBe('"dijo ""sí"""');
    expect(csvField('línea\nnueva', 'text', es)).toBe('"línea\nnueva"');
    expect(csvField(null, 'number', es)).toBe('');
    expect(csvField(Number.NaN, 'number', es)).toBe('');
    expect(csvField('2024-03', 'month', es)).toBe('2024-03');
    expect(csvHeader('Producción', 'MPC')).toBe('Producción (MPC)');
    expect(csvHeader('Campo', null)).toBe('Campo');
  });
});

describe('xlsx values', () => {
  it('turns months and dates into UTC dates and keeps unknown text as text', () => {
    expect(xlsxValue('2024-02', 'month')).toEqual(new Date(Date.UTC(2024, 1, 1)));
    expect(xlsxValue('2024-02-29', 'date')).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(xlsxValue('Total', 'month')).toBe('Total');
    expect(xlsxValue(2024, 'integer')).toBe(2024);
    expect(xlsxValue(Number.POSITIVE_INFINITY, 'number')).toBeNull();
    expect(xlsxValue(null, 'text')).toBeNull();
  });
});

describe('sheet names', () => {
  it('stay within 31 characters, without forbidden characters, unique ignoring case', () => {
    const taken = new Set<string>();
    const long = 'Producción fiscalizada por departamento y municipio';
    const first = uniqueSheetName(long, taken);
    expect(first.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    const second = uniqueSheetName(long, taken);
    expect(second.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(uniqueSheetName('datos', taken)).toBe('datos');
    expect(uniqueSheetName('DATOS', taken)).toBe('DATOS (2)');
    expect(uniqueSheetName("'Enero/2024: [a]*?'", taken)).toBe('Enero 2024 a');
    expect(uniqueSheetName('', taken)).toBe('Hoja');
  });
});

describe('default file name', () => {
  it('says what and which period the file holds', () => {
    expect(defaultExportFileName('production', 'xlsx', { from: '2024-01', to: '2024-12' })).toBe('caudal-produccion-2024-01_2024-12.xlsx');
    expect(defaultExportFileName('royalties', 'csv', { from: '2024-01' })).toBe('caudal-regalias-desde-2024-01.csv');
    expect(defaultExportFileName('demand', 'xlsx', { to: '2030-12' })).toBe('caudal-demanda-hasta-2030-12.xlsx');
    expect(defaultExportFileName('declaration', 'xlsx')).toBe('caudal-declaracion-completo.xlsx');
  });
});

describe('progress', () => {
  it('reports at most every interval, always the last rows, with an ETA from the pace so far', () => {
    const events: ExportProgress[] = [];
    let now = 0;
    const progress = createProgressReporter({ exportId: 'x', total: 1000, listener: (p) => events.push(p), now: () => now, intervalMs: 250 });
    progress.phase('rows', 'Datos');
    now = 100;
    progress.rows(100, 'Datos'); // too soon after the phase event
    now = 1000;
    progress.rows(250, 'Datos');
    now = 1100;
    progress.rows(300, 'Datos');
    now = 4000;
    progress.rows(1000, 'Datos');
    progress.phase('done');
    expect(events.map((e) => [e.phase, e.rowsDone])).toEqual([
      ['rows', 0],
      ['rows', 250],
      ['rows', 1000],
      ['done', 1000],
    ]);
    // 250 rows in 1 s, 750 to go: 3 s.
    expect(events[1]!.etaSeconds).toBe(3);
    expect(events[2]!.etaSeconds).toBe(0);
  });
});

describe('chart images', () => {
  it('accepts a PNG with or without its data URL prefix and reads its size', () => {
    const png = bluePng(30, 20);
    expect(decodeChartPng(`data:image/png;base64,${png.toString('base64')}`)).toMatchObject({ width: 30, height: 20 });
    expect(decodeChartPng(png.toString('base64')).bytes.equals(png)).toBe(true);
  });

  it('refuses what is not a PNG', () => {
    expect(() => decodeChartPng('no es base64!')).toThrow(/base64/);
    expect(() => decodeChartPng(Buffer.from('GIF89a....................................').toString('base64'))).toThrow(/PNG/);
  });
});
