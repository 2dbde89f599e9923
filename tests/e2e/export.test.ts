import ExcelJS from 'exceljs';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { samplePath } from '../support/samples';
import { describeInChromium, serveAppInChromium } from './support/app-in-chromium';
import { runCli } from './support/caudal-cli';

/**
 * Saving a report from the browser preview (`caudal serve`), where there is no save dialog: the page
 * proposes the usual name in the exports folder beside the database, the only place a bridge request
 * may write, and the workbook there holds the rows the page shows.
 */
describeInChromium('exportar desde la vista en el navegador', () => {
  let dbPath = '';
  const app = serveAppInChromium({
    name: 'export',
    prepare: async (file) => {
      dbPath = file;
      await runCli(['import', samplePath('anh'), '--db', file]);
    },
  });

  it('saves the Datos table as Excel into the exports folder, never overwriting an earlier report', async () => {
    const exportsDir = path.join(path.dirname(dbPath), 'exportaciones');
    const page = app.browser.page;
    await app.openPage('#/datos', 'datos', ['[data-testid="data-table"][data-loading="false"]']);

    const saved: string[] = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      await page.click('[data-testid="export-button"]');
      await page.click('[data-testid="export-xlsx"]');
      await page.waitForSelector('[data-testid="export-dialog"][data-phase="done"]', { timeout: 60_000 });
      saved.push((await page.textContent('[data-testid="export-path"]'))?.trim() ?? '');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="export-dialog"]', { state: 'detached' });
    }

    expect(saved[0]).toMatch(/^.*exportaciones[\\/]caudal-produccion-.*\.xlsx$/);
    expect(saved[1]).toBe(saved[0]!.replace(/\.xlsx$/, '-2.xlsx'));
    expect(readdirSync(exportsDir).sort()).toEqual(saved.map((file) => path.basename(file)).sort());

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved[0]!);
    const data = workbook.getWorksheet('Datos');
    expect(data).toBeDefined();
    // Header row plus every row the table had under the page's filters (its pager's total).
    const shownTotal = Number(await app.attribute('[data-testid="data-table"]', 'data-total'));
    expect(shownTotal).toBeGreaterThan(0);
    expect(data!.actualRowCount - 1).toBe(shownTotal);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['Datos', 'Filtros y metadatos', 'Fuentes']));
  });

  it('refuses, over the bridge, a file outside the exports folder', async () => {
    const outside = path.join(path.dirname(dbPath), 'fuera.xlsx');
    await expect(app.serve.send('exports.create', { dataset: 'production', format: 'xlsx', targetPath: outside })).rejects.toThrow(/carpeta de exportaciones/);
    expect(existsSync(outside)).toBe(false);
  });
});
