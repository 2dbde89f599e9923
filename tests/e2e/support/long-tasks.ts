import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir } from './app-in-chromium';

/**
 * Starts recording the page's long tasks (over 50 ms on the main thread). Going to another `#/…`
 * address keeps the document, so the record spans page changes. Browser-side code is passed as text:
 * the tests are type-checked for Node, without the DOM library.
 */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(`window.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.longTasks.push(entry.duration))).observe({ type: 'longtask' });`);
}

/** The durations recorded since `watchLongTasks`, also written to `test-artifacts/<file>` with what the page was doing. */
export async function reportLongTasks(page: Page, file: string, during: string): Promise<number[]> {
  const durationsMs = await page.evaluate<number[]>('window.longTasks');
  writeFileSync(path.join(artifactsDir, file), `${JSON.stringify({ while: during, durationsMs }, null, 2)}\n`);
  return durationsMs;
}
