import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { exposeClosedRootsToPageWorld } from './closedRoots';
import { DemoPage } from './pages/demoPage';
import { BINANCE_FIXTURES, BinancePage } from './pages/binancePage';
import { HYPERLIQUID_FIXTURES, HyperliquidPage } from './pages/hyperliquidPage';
import { OptionsPage, PopupPage } from './pages/popup';

/**
 * axe-core in real Chromium on the overlay (in both themes, with and without an order held), the
 * popup and the options page: zero violations, colour contrast included.
 */
async function axeOverlay(page: Page) {
  await exposeClosedRootsToPageWorld(page);
  const result = await new AxeBuilder({ page }).include('leverage-guard').analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.failureSummary).join(' | ')}`);
}

/** Forces the overlay's theme through its stored preference, from an extension page. */
async function setTheme(page: Page, theme: 'auto' | 'dark' | 'light') {
  await page.evaluate(async (t) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await chrome.storage.local.set({ overlayPrefs: { theme: t, detailsOpen: { demo: true, 'binance-usdm': true, hyperliquid: true } } });
  }, theme);
}

test.describe('accessibility (axe-core)', () => {
  // Each axe run walks the whole page: several seconds on a 2-core machine, twice per test.
  test.slow();
  for (const theme of ['dark', 'light'] as const) {
    test(`the overlay on the demo exchange, ${theme}, with its details open and an order held`, async ({ openPage, extensionId }) => {
      const options = await openPage(OptionsPage.url(extensionId));
      await setTheme(options, theme);
      const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
      await demo.leverage(20);
      await demo.size('0.5');
      await demo.stopLoss('60,000');
      await expect(demo.overlay.root).toHaveAttribute('data-theme', theme);
      await expect(demo.overlay.root.getByTestId('lg-reading')).toHaveAttribute('open', '');
      expect(await axeOverlay(demo.page)).toEqual([]);
      await demo.submit.click();
      await expect(demo.overlay.confirmPanel).toBeVisible();
      expect(await axeOverlay(demo.page)).toEqual([]);
    });
  }

  for (const theme of ['auto', 'light', 'dark'] as const) {
    test(`the overlay on two venue pages, theme ${theme}${theme === 'auto' ? ' (the page’s own)' : ''}`, async ({ serveFixture, openPage, extensionId }) => {
      await serveFixture(BinancePage.url(), `${BINANCE_FIXTURES}/ticket.html`);
      await serveFixture(HyperliquidPage.url(), `${HYPERLIQUID_FIXTURES}/ticket.html`);
      await setTheme(await openPage(OptionsPage.url(extensionId)), theme);
      const bn = new BinancePage(await openPage(BinancePage.url()));
      await bn.size('0.1');
      await expect(bn.overlay.root).toHaveAttribute('data-theme', theme === 'auto' ? 'dark' : theme);
      expect(await axeOverlay(bn.page)).toEqual([]);
      if (theme !== 'auto') return; // the forced themes are checked on one venue: two per test is slow on 2 cores
      await bn.page.close();
      const hl = await openPage(HyperliquidPage.url());
      await expect(hl.locator('[data-testid="lg-overlay"]')).toHaveAttribute('data-theme', theme === 'auto' ? 'dark' : theme);
      expect(await axeOverlay(hl)).toEqual([]);
    });
  }

  test('the popup and the options page', async ({ openPage, extensionId }) => {
    for (const url of [PopupPage.url(extensionId), OptionsPage.url(extensionId)]) {
      const page = await openPage(url);
      await expect(page.locator('main, body').first()).toBeVisible();
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${url}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});
