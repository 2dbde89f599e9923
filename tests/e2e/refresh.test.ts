import { expect, it } from 'vitest';
import type { EventPayload } from '../../src-shared/contract';
import { httpRoutes } from '../../src-shared/contract/bridge';
import { readSample } from '../support/samples';
import { describeInChromium, serveAppInChromium } from './support/app-in-chromium';
import { refreshAll, startLocalPublishers, type LocalPublishers } from './support/local-publishers';

/**
 * "Actualizar datos" in a real browser over `caudal serve`, with every source pointed at a local copy of
 * its publisher. The database starts with ANH 2020 and 2024; ANH then publishes 2025. The first refresh
 * stalls on that workbook and the analyst cancels ANH mid-download: its old data stays. The second one
 * brings 2025 into the chart. Progress is checked both as the events arrive and as the screen shows it.
 */
type RecordedEvent = { name: 'etl.progress'; payload: EventPayload<'etl.progress'> } | { name: 'refresh.state'; payload: EventPayload<'refresh.state'> };

const settledChart = '[data-testid="production-chart"][data-loading="false"]';
const stepRank = { discover: 0, download: 1, parse: 2, load: 3, done: 4, failed: 4, cancelled: 4 } as const;

/**
 * In the page: records the events as they arrive (its own EventSource) and every state the source rows
 * show. Running it again in the same document starts the records afresh.
 */
const recorderScript = `(() => {
  window.__events = [];
  window.__screen = [];
  // Going to another #/page keeps the document: the recorder is set up once per document.
  if (window.__recording) return true;
  window.__recording = true;
  const source = new EventSource('${httpRoutes.events}');
  for (const name of ['etl.progress', 'refresh.state']) source.addEventListener(name, (message) => window.__events.push({ name, payload: JSON.parse(message.data) }));
  const last = new Map();
  const look = () => {
    for (const row of document.querySelectorAll('[data-testid="refresh-source"]')) {
      const seen = row.dataset.state + '|' + row.dataset.step;
      if (last.get(row.dataset.sourceId) !== seen) {
        last.set(row.dataset.sourceId, seen);
        window.__screen.push(row.dataset.sourceId + '|' + seen);
      }
    }
  };
  new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-step'] });
  return new Promise((resolve) => source.addEventListener('open', () => resolve(true)));
})()`;

/** The events of one run, from its start to its end. */
function runEvents(events: RecordedEvent[], runId: number): RecordedEvent[] {
  return events.filter((event) => event.payload.runId === runId);
}

/** Per run: started first, finished last, sources in order, and each source's steps never going back. */
function expectInOrder(events: RecordedEvent[]): void {
  expect(events[0]).toMatchObject({ name: 'refresh.state', payload: { phase: 'started' } });
  expect(events.at(-1)).toMatchObject({ name: 'refresh.state', payload: { phase: 'finished' } });
  const progress = events.flatMap((event) => (event.name === 'etl.progress' ? [event.payload] : []));
  const indexes = progress.map((event) => event.sourceIndex ?? 0);
  expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  for (const sourceId of new Set(progress.map((event) => event.sourceId))) {
    const ranks = progress.filter((event) => event.sourceId === sourceId).map((event) => stepRank[event.step]);
    expect(ranks, `los pasos de ${sourceId} no retroceden`).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks.filter((rank) => rank === 4), `${sourceId} termina una sola vez, al final`).toEqual([4]);
  }
}

describeInChromium('actualizar datos en Chromium sobre caudal serve', () => {
  let publishers: LocalPublishers;
  const app = serveAppInChromium({
    name: 'refresh',
    // The publishers stay up while the tests run: the app under test refreshes from them.
    async prepare(dbPath, closeAfterServe) {
      publishers = await startLocalPublishers({ years: [2020, 2024] });
      closeAfterServe(() => publishers.close());
      await refreshAll(dbPath, publishers.env);
      return publishers.env;
    },
    viewport: { width: 1280, height: 800 },
  });

  const shot = (name: string) => app.shot(name, false);
  const recorded = () => app.browser.page.evaluate<RecordedEvent[]>('window.__events');
  const screenStates = () => app.browser.page.evaluate<string[]>('window.__screen');
  const headerState = () => app.browser.page.getAttribute('[data-testid="refresh-all"]', 'data-state');
  const open = async (hash: string, ready: string) => {
    await app.browser.page.goto(`${app.serve.origin}/${hash}`);
    await app.browser.page.waitForSelector(ready, { timeout: 30_000 });
    await app.browser.page.evaluate(recorderScript);
  };

  it('cancels ANH mid-download and keeps its data, then brings its new year into the chart', async () => {
    const { page } = app.browser;
    expect((await app.serve.send('catalog.dimensions', {})).periods.last).toBe('2024-12');
    // ANH publishes 2025; its workbook stalls halfway, as a slow connection would.
    publishers.anh.republish(2025);
    publishers.server.fail(publishers.anh.workbookPath(2025), { kind: 'stall' });

    await open('#/produccion', settledChart);
    expect(await page.getAttribute(settledChart, 'data-to')).toBe('2024-12');
    await page.click('[data-testid="refresh-all"]');
    await expect.poll(headerState, { timeout: 30_000 }).toBe('running');
    await page.click('[data-testid="refresh-all"]'); // opens the live progress under the button
    const anhRow = page.locator('[data-testid="refresh-popover"] [data-testid="refresh-source"][data-source-id="anh-production"]');
    await anhRow.and(page.locator('[data-step="download"]')).waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await anhRow.locator('[data-testid="refresh-source-step"]').textContent()) ?? '', { timeout: 30_000 }).toMatch(/^Descargando · [\d.,]+\u00a0KB de [\d.,]+\u00a0KB/);
    expect(await anhRow.locator('[data-testid="refresh-source-subject"]').textContent()).toMatch(/^Producción_Fiscalizada_Gas_2025_\w+\.xlsx$/);
    // The other sources wait their turn.
    expect(await page.getAttribute('[data-testid="refresh-popover"] [data-testid="refresh-source"][data-source-id="upme-demand"]', 'data-state')).toBe('pending');
    await shot('progress');

    await anhRow.locator('[data-testid="refresh-source-cancel"]').click();
    await expect.poll(headerState, { timeout: 60_000 }).toBe('idle');
    const notice = page.locator('[data-testid="refresh-notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('cancelada (conserva sus datos anteriores)');

    // Its previous data is still what the chart shows.
    await page.waitForSelector(settledChart);
    expect(await page.getAttribute(settledChart, 'data-to')).toBe('2024-12');
    expect(await page.locator('[data-testid="production-chart-table"] tr[data-period="2024-12"]').count()).toBe(1);
    await shot('cancelled');

    const first = await recorded();
    const firstRun = first.find((event) => event.name === 'refresh.state')!.payload.runId!;
    const firstEvents = runEvents(first, firstRun);
    expectInOrder(firstEvents);
    const anhFirst = firstEvents.flatMap((event) => (event.name === 'etl.progress' && event.payload.sourceId === 'anh-production' ? [event.payload] : []));
    expect(anhFirst.some((event) => event.step === 'download' && (event.receivedBytes ?? 0) > 0)).toBe(true);
    expect(anhFirst.at(-1)).toMatchObject({ step: 'cancelled', status: 'cancelled' });
    const finishedFirst = firstEvents.at(-1)!.payload as Extract<EventPayload<'refresh.state'>, { phase: 'finished' }>;
    expect(finishedFirst.sources.find((source) => source.sourceId === 'anh-production')!.status).toBe('cancelled');
    expect(finishedFirst.sources.filter((source) => source.sourceId !== 'anh-production').map((source) => source.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);

    // Fuentes says so too, and the history has the run.
    await open('#/fuentes', '[data-testid="run-history-row"]');
    const anhCard = page.locator('[data-testid="source-health"][data-source-id="anh-production"]');
    expect(await anhCard.getAttribute('data-status')).toBe('cancelled');
    expect(await anhCard.locator('[data-testid="source-health-freshness"]').textContent()).toBe('dic 2024');
    await shot('fuentes');
    const latestRun = page.locator('[data-testid="run-history-row"]').first();
    expect(await latestRun.getAttribute('data-run-id')).toBe(String(firstRun));
    expect(await latestRun.locator('[data-testid="run-history-source"][data-source-id="anh-production"]').getAttribute('data-status')).toBe('cancelled');
    await page.locator('[data-testid="run-history"]').scrollIntoViewIfNeeded();
    await shot('history');

    // The connection is back: the second refresh, from the Fuentes panel, loads 2025.
    publishers.server.heal();
    await page.locator('[data-testid="refresh-panel"]').scrollIntoViewIfNeeded();
    await page.click('[data-testid="refresh-panel-start"]');
    await expect.poll(headerState, { timeout: 30_000 }).toBe('running');
    await expect.poll(headerState, { timeout: 90_000 }).toBe('idle');
    await notice.waitFor();
    const lastPeriod = (await app.serve.send('catalog.dimensions', {})).periods.last!;
    expect(lastPeriod.startsWith('2025-')).toBe(true);
    expect(await notice.getAttribute('data-status')).toBe('ok');
    expect(await notice.textContent()).toContain(`nuevo periodo ${lastPeriod}`);
    await expect.poll(() => anhCard.getAttribute('data-status'), { timeout: 30_000 }).toBe('updated');

    const second = await recorded();
    const secondRun = second.find((event) => event.name === 'refresh.state')!.payload.runId!;
    expect(secondRun).toBeGreaterThan(firstRun);
    expectInOrder(runEvents(second, secondRun));
    const anhSteps = runEvents(second, secondRun).flatMap((event) => (event.name === 'etl.progress' && event.payload.sourceId === 'anh-production' ? [event.payload.step] : []));
    expect([...new Set(anhSteps)]).toEqual(['discover', 'download', 'parse', 'load', 'done']);
    // What the panel showed for ANH followed the same order, ending updated.
    // (React may draw two events of one network packet at once, so not every step need show.)
    const shownAnh = (await screenStates()).filter((state) => state.startsWith('anh-production|')).map((state) => state.split('|').slice(1).join('|'));
    expect(shownAnh.at(-1)).toBe('updated|');
    const shownRunning = shownAnh.filter((state) => state.startsWith('running|'));
    expect(shownRunning.length).toBeGreaterThan(0);
    const shownRanks = shownRunning.map((state) => stepRank[state.split('|')[1] as keyof typeof stepRank]);
    expect(shownRanks).toEqual([...shownRanks].sort((a, b) => a - b));

    // And the chart has the new period (the notice closed, to see it whole).
    await notice.locator('button').click();
    await open('#/produccion', settledChart);
    expect(await page.getAttribute(settledChart, 'data-to')).toBe(lastPeriod);
    expect(await page.locator(`[data-testid="production-chart-table"] tr[data-period="${lastPeriod}"]`).count()).toBe(1);
    await shot('new-period');
    expect(app.browser.problems).toEqual([]);
  });

  it('imports files chosen in the browser and shows the same summary as the CLI', async () => {
    const { page } = app.browser;
    await open('#/fuentes', '[data-testid="import-button"]');
    const workbook = readSample('anh', 'Produccion_Fiscalizada_Gas_2020.xlsx');
    await page.setInputFiles('[data-testid="import-input"]', [
      { name: 'Produccion_Fiscalizada_Gas_2020.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(workbook) },
      { name: 'notas.txt', mimeType: 'text/plain', buffer: Buffer.from('apuntes del analista, no son datos') },
      { name: 'grande.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.alloc(800 * 1024, 1) },
    ]);
    await page.waitForSelector('[data-testid="import-summary"][data-phase="done"]', { timeout: 60_000 });
    const status = (name: string) => page.getAttribute(`[data-testid="import-file"][data-file-name="${name}"]`, 'data-status');
    expect(await status('Produccion_Fiscalizada_Gas_2020.xlsx')).toBe('unchanged');
    expect(await status('notas.txt')).toBe('unknown');
    expect(await status('grande.xlsx')).toBe('failed');
    expect(await page.locator('[data-testid="import-file"][data-file-name="grande.xlsx"]').textContent()).toContain('desde el navegador solo se pueden enviar archivos de hasta 700,0\u00a0KB');
    expect(await page.textContent('[data-testid="import-totals"]')).toBe('0 cargados · 1 sin cambios · 1 no reconocidos · 1 con error · 0 filas nuevas · 0 rechazadas');
    await shot('import');
    expect(app.browser.problems).toEqual([]);
  });
});
