import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src-main/cli/main';
import { captureIo } from '../../support/capture-io';
import { openSeededApp, type SeededApp } from '../datasets/dataset-fixture';
import { readWorkbook, rowValues } from '../exports/read-workbook';

let seeded: SeededApp;
beforeAll(async () => {
  seeded = await openSeededApp();
});
afterAll(async () => seeded.close());

const run = async (...args: string[]) => {
  const io = captureIo();
  const code = await main(['export', '--db', seeded.dbPath, ...args], io);
  return { code, out: io.out(), err: io.err() };
};

describe('caudal export', () => {
  it('writes the same workbook as the app, printing the path on stdout and progress on stderr', async () => {
    const target = join(seeded.outDir, 'cli.xlsx');
    const filters = JSON.stringify({ departments: ['44'] });
    const cli = await run('--dataset', 'production', '--format', 'xlsx', '--out', target, '--filters', filters, '--unit', 'KPC');
    expect(cli.code).toBe(0);
    expect(cli.out).toBe(`${target}\n`);
    expect(cli.err).toContain('Preparando la exportación');
    expect(cli.err).toMatch(/Exportando 3 de 3 filas \(100 %\)/);
    expect(cli.err).toContain('Exportadas 3 filas');

    const appTarget = join(seeded.outDir, 'app.xlsx');
    await seeded.client.send('exports.create', { dataset: 'production', format: 'xlsx', targetPath: appTarget, filters: { departments: ['44'] }, unit: 'KPC' });
    const [fromCli, fromApp] = await Promise.all([readWorkbook(target), readWorkbook(appTarget)]);
    expect(fromCli.worksheets.map((w) => w.name)).toEqual(fromApp.worksheets.map((w) => w.name));
    for (const name of ['Datos', 'Resumen', 'Fuentes', 'Rechazos']) {
      expect(rowValues(fromCli.getWorksheet(name)!), name).toEqual(rowValues(fromApp.getWorksheet(name)!));
    }
    expect(rowValues(fromCli.getWorksheet('Datos')!)[0]![9]).toBe('Producción fiscalizada (KPC)');
  });

  it('writes CSV with the separator and decimal mark asked for', async () => {
    const target = join(seeded.outDir, 'cli.csv');
    const cli = await run('--dataset', 'production', '--format', 'csv', '--out', target, '--unit', 'MPCD', '--separator', ',', '--decimal', '.', '--filters', '{"from":"2024-01","to":"2024-01"}');
    expect(cli.code).toBe(0);
    const text = readFileSync(target, 'utf8');
    expect(text.startsWith('\uFEFFPeriodo,Año,')).toBe(true);
    expect(text).toContain(`,${String(3 / 31)},`);
  });

  it('exits 2 with a Spanish message for a wrong command line or input', async () => {
    const target = join(seeded.outDir, 'nada.xlsx');
    expect(await run('--format', 'xlsx', '--out', target)).toMatchObject({ code: 2, err: expect.stringContaining('--dataset') });
    expect(await run('--dataset', 'production', '--format', 'xlsx', '--out', target, '--filters', '{from')).toMatchObject({ code: 2, err: expect.stringContaining('--filters no es JSON válido') });
    expect(await run('--dataset', 'pozos', '--format', 'xlsx', '--out', target)).toMatchObject({ code: 2, err: expect.stringContaining('No se exportó') });
    expect(await run('--dataset', 'production', '--format', 'pdf', '--out', target)).toMatchObject({ code: 2 });
    expect(await run('--dataset', 'production', '--format', 'xlsx', '--out', join(seeded.outDir, 'no-existe', 'x.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('no existe') });
    expect(await run('--dataset', 'demand', '--format', 'csv', '--out', join(seeded.outDir, 'x.csv'), '--unit', 'KPC')).toMatchObject({ code: 2 });
  });

  it('exits 1 when the export fails after it started, leaving no file', async () => {
    const target = join(seeded.outDir, 'falla.xlsx');
    const summary = JSON.stringify({ command: 'demand.series', input: { edition: '1999' } });
    const cli = await run('--dataset', 'production', '--format', 'xlsx', '--out', target, '--summary', summary);
    expect(cli.code).toBe(1);
    expect(cli.err).toContain('La edición 1999');
    expect(() => readFileSync(target)).toThrow();
  });
});
