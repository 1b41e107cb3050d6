import type { Page } from '@playwright/test';
import { exposeClosedRootsToPageWorld } from '../test/e2e/closedRoots';

/**
 * Waits until the overlay shows on `page`, then hands its closed shadow root to the page's own
 * world (as DevTools can), so the bench's in-page probes can observe it. The page under test
 * never sees the root: the bench adds it after the fact, for measuring only.
 */
export async function overlayShown(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.locator('leverage-guard').waitFor({ state: 'attached', timeout: timeoutMs });
  const until = Date.now() + timeoutMs;
  for (;;) {
    await exposeClosedRootsToPageWorld(page);
    const shown = await page.evaluate(() => document.querySelector('leverage-guard')?.shadowRoot?.querySelector('[data-testid="lg-overlay"]') != null);
    if (shown) return;
    if (Date.now() > until) throw new Error('the overlay did not show');
    await page.waitForTimeout(100);
  }
}
