import type { Page } from 'playwright-core';

/** Picks an option of a Mantine Select or MultiSelect by its visible text, typing first to narrow long lists. */
export async function chooseOption(page: Page, testId: string, label: string, options: { type?: boolean } = {}): Promise<void> {
  const input = page.locator(`[data-testid="${testId}"]`);
  await input.click();
  if (options.type) await input.fill(label);
  await page.getByRole('option', { name: label, exact: true }).click();
  await page.keyboard.press('Escape'); // close a MultiSelect's dropdown so it covers nothing
}

/** Clicks a SegmentedControl's segment by its text. */
export async function chooseSegment(page: Page, testId: string, label: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"] label`, { hasText: new RegExp(`^${label}$`) }).click();
}
