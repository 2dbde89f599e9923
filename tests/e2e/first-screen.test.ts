import path from 'node:path';
import { expect, it } from 'vitest';
import type { CommandOutput } from '../../src-shared/contract';
import { formatNumber, formatRateMpcd, formatVolumeMpc } from '../../src-renderer/format/number-format';
import { samplePath } from '../support/samples';
import { artifactsDir, describeInChromium, serveAppInChromium } from './support/app-in-chromium';
import { runCli } from './support/caudal-cli';
import type { Browser } from './support/chromium';

/**
 * The first screen in a real browser over `caudal serve`, on the real ANH workbooks: every number the
 * page shows must be the one the service computes, and the page must be free of errors.
 */
const settledChart = '[data-testid="production-chart"][data-loading="false"]';

/** Default window of the first screen: 24 calendar months ending at the newest month with data. */
function expectedDefaultRange(first: string, last: string): { from: string; to: string } {
  const [year, month] = last.split('-').map(Number) as [number, number];
  const start = year * 12 + (month - 1) - 23;
  const from = `${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, '0')}`;
  return { from: from < first ? first : from, to: last };
}

async function shownSeries(browser: Browser): Promise<CommandOutput<'production.series'>['points']> {
  const json = await browser.page.getAttribute(settledChart, 'data-series');
  return JSON.parse(json ?? 'null') as CommandOutput<'production.series'>['points'];
}

describeInChromium('primera pantalla en Chromium con las muestras de la ANH', () => {
  // The test opens the launch address itself: trading its token is part of the first screen.
  const app = serveAppInChromium({
    name: 'first-screen',
    prepare: async (dbPath) => {
      await runCli(['import', samplePath('anh'), '--db', dbPath]);
    },
    signIn: false,
  });
  let range: { from: string; to: string };

  it('draws the national monthly series of the last 24 months exactly as production.series answers it', async () => {
    const catalog = await app.serve.send('catalog.dimensions', {});
    expect(catalog.periods.first, 'la importación dejó datos').not.toBeNull();
    range = expectedDefaultRange(catalog.periods.first!, catalog.periods.last!);
    const expected = await app.serve.send('production.series', { ...range, granularity: 'month', measure: 'fiscalizada' });
    expect(expected.points.length).toBeGreaterThan(0);

    const { page } = app.browser;
    // The first screen grew into the dashboard: Resumen is the landing page, the series is on Producción.
    await page.goto(app.serve.launchUrl);
    await page.goto(`${app.serve.origin}/#/produccion`);
    await page.waitForSelector(settledChart);
    await expect.poll(() => page.locator(`${settledChart} canvas`).count()).toBeGreaterThan(0);

    expect(await page.locator('h1').textContent()).toBe('Caudal — Gas natural de Colombia');
    expect(await page.getAttribute(settledChart, 'data-from')).toBe(range.from);
    expect(await page.getAttribute(settledChart, 'data-to')).toBe(range.to);
    expect(await page.getAttribute(settledChart, 'data-points')).toBe(String(expected.points.length));
    expect(await shownSeries(app.browser)).toEqual(expected.points);

    // What a reader sees, formatted in the browser, equals the service's number formatted es-CO.
    const rows = page.locator('[data-testid="production-chart-table"] tbody tr');
    expect(await rows.count()).toBe(expected.points.length);
    for (const [index, point] of expected.points.entries()) {
      const row = rows.nth(index);
      expect(await row.getAttribute('data-period')).toBe(point.period);
      const text = await row.textContent();
      expect(text).toContain(formatRateMpcd(point.rateMpcd));
      expect(text).toContain(formatVolumeMpc(point.volumeMpc));
    }
    await page.screenshot({ path: path.join(artifactsDir, 'first-screen.png'), fullPage: true });
  });

  it('lists the top departments of the same range, adding up to the national series', async () => {
    const { page } = app.browser;
    const expected = await app.serve.send('production.breakdown', { ...range, by: 'department', top: 10, measure: 'fiscalizada' });
    const series = await app.serve.send('production.series', { ...range, granularity: 'month', measure: 'fiscalizada' });

    await page.waitForSelector('[data-testid="department-breakdown"][data-loading="false"]');
    const rows = page.locator('[data-testid="department-breakdown-row"]');
    expect(await rows.count()).toBe(expected.items.length);
    for (const [index, item] of expected.items.entries()) {
      const row = rows.nth(index);
      expect(await row.getAttribute('data-key')).toBe(item.key);
      expect(Number(await row.getAttribute('data-volume-mpc'))).toBe(item.volumeMpc);
      const text = await row.textContent();
      expect(text).toContain(item.label);
      expect(text).toContain(formatNumber(item.volumeMpc));
      expect(text).toContain(formatNumber(item.rateMpcd));
    }
    // Two commands, one truth: the departments (top 10 plus the rest) sum to the national volume.
    const nationalVolume = series.points.reduce((sum, point) => sum + point.volumeMpc, 0);
    expect(expected.totalVolumeMpc).toBeCloseTo(nationalVolume, 3);
    expect(await page.locator('[data-testid="department-breakdown-total"]').textContent()).toContain(formatNumber(expected.totalVolumeMpc));
    expect(app.browser.problems).toEqual([]);
  });

  it('redraws the series for one department chosen in the filter bar', async () => {
    const { page } = app.browser;
    const top = (await app.serve.send('production.breakdown', { ...range, by: 'department', top: 1, measure: 'fiscalizada' })).items[0];
    expect(top, 'hay al menos un departamento con producción').toBeDefined();
    const expected = await app.serve.send('production.series', { ...range, departments: [top!.key], granularity: 'month', measure: 'fiscalizada' });
    const national = await shownSeries(app.browser);

    await page.click('[data-testid="filter-departments"]');
    await page.getByRole('option', { name: top!.label, exact: true }).click();
    const before = JSON.stringify(national);
    const chart = page.locator('[data-testid="production-chart"]');
    await expect
      .poll(async () => (await chart.getAttribute('data-loading')) === 'false' && (await chart.getAttribute('data-series')) !== before, { timeout: 30_000 })
      .toBe(true);

    expect(await shownSeries(app.browser)).toEqual(expected.points);
    await page.waitForSelector('[data-testid="department-breakdown"][data-loading="false"]');
    const rows = page.locator('[data-testid="department-breakdown-row"]');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-key')).toBe(top!.key);
    await page.keyboard.press('Escape'); // close the dropdown so the screenshot shows the chart
    await page.screenshot({ path: path.join(artifactsDir, 'first-screen-department.png'), fullPage: true });
    expect(app.browser.problems).toEqual([]);
  });
});

describeInChromium('primera pantalla sin datos', () => {
  const app = serveAppInChromium({ name: 'first-screen-empty', signIn: false });

  it('tells the analyst how to import data', async () => {
    await app.browser.page.goto(app.serve.launchUrl);
    const empty = app.browser.page.locator('[data-testid="empty-state"]');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('npm run caudal -- import <carpeta>');
    expect(await app.browser.page.locator('[data-testid="production-chart"]').count()).toBe(0);
    await app.browser.page.screenshot({ path: path.join(artifactsDir, 'first-screen-empty.png'), fullPage: true });
    expect(app.browser.problems).toEqual([]);
  });
});
