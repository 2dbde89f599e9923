import { openChromium } from '../../tests/e2e/support/chromium';

/** A view of the app reached from the landing page, and what shows it finished drawing. */
export interface DrawnView {
  readonly name: string;
  /** The `#/…` address, reached inside the running page as an analyst's click would. */
  readonly hash: string;
  readonly ready: string;
}

/**
 * The longest main-thread task (PerformanceObserver 'longtask', over 50 ms; 0 when none) while the page
 * goes from the landing page to `view` and draws it, in a fresh browser profile. The page is already
 * loaded and idle when the watch starts, so start-up work (parsing the bundle) is not counted: what is
 * measured is what the analyst waits on after a click.
 */
export async function longestTaskWhileDrawing(launchUrl: string, view: DrawnView): Promise<number> {
  const browser = await openChromium();
  try {
    await browser.page.goto(launchUrl);
    await browser.page.waitForSelector('[data-testid="kpi-value"]', { timeout: 60_000 });
    await browser.page.waitForLoadState('networkidle');
    // Written as text: this file is type-checked without the DOM library.
    await browser.page.evaluate(`window.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.__longTasks.push(entry.duration))).observe({ type: 'longtask' });`);
    await browser.page.evaluate(`window.location.hash = ${JSON.stringify(view.hash.replace(/^#/, ''))}`);
    await browser.page.waitForSelector(view.ready, { timeout: 60_000 });
    // Long tasks are reported after they end: one more frame lets the last one arrive.
    await browser.page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)))');
    const durations = (await browser.page.evaluate('window.__longTasks')) as number[];
    return Math.max(0, ...durations);
  } finally {
    await browser.close();
  }
}
