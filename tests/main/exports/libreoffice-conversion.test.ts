import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededApp, type SeededApp } from '../datasets/dataset-fixture';
import { chartDataUrl } from './png-fixture';

/**
 * The produced workbook opens in LibreOffice (Debian's `libreoffice-calc`, installed by .ci/run) and
 * converts to PDF, chart included. Without LibreOffice the test is skipped with a message on a
 * developer's machine, and fails under CI=true, where it must be installed.
 */
const libreOffice = spawnSync('libreoffice', ['--version'], { encoding: 'utf8' });
const available = libreOffice.status === 0;
const runningInCi = process.env['CI'] === 'true' || process.env['CI'] === '1';
const missing = 'LibreOffice no está instalado (apt-get install -y --no-install-recommends libreoffice-calc)';

let seeded: SeededApp;
let profile: string;
beforeAll(async () => {
  seeded = await openSeededApp();
  profile = mkdtempSync(join(tmpdir(), 'caudal-lo-perfil-'));
});
afterAll(async () => {
  await seeded.close();
  rmSync(profile, { recursive: true, force: true });
});

function convertToPdf(file: string, outDir: string): { status: number | null; output: string } {
  // A profile of its own, so a LibreOffice already open (or another test) does not take the conversion.
  const result = spawnSync('libreoffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('LibreOffice', () => {
  if (!available && runningInCi) {
    it('must be installed in CI', () => {
      throw new Error(`${missing}; en CI es obligatorio`);
    });
    return;
  }
  if (!available) console.warn(`[libreoffice] ${missing}: se omite la conversión a PDF.`);

  it.skipIf(!available)('converts an exported workbook, chart included, to a non-empty PDF', { timeout: 180_000 }, async () => {
    const workbook = join(seeded.outDir, 'para-pdf.xlsx');
    await seeded.client.send('exports.create', { dataset: 'production', format: 'xlsx', targetPath: workbook, chartPng: chartDataUrl(800, 400), chartTitle: 'Producción mensual' });
    const converted = convertToPdf(workbook, seeded.outDir);
    expect(converted.status, converted.output).toBe(0);
    const pdf = join(seeded.outDir, 'para-pdf.pdf');
    expect(existsSync(pdf), converted.output).toBe(true);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5000);
    expect(bytes.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
  });
});
