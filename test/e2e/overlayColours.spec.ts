import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { BINANCE_FIXTURES, BinancePage } from './pages/binancePage';
import { DemoPage } from './pages/demoPage';
import { OptionsPage } from './pages/popup';

/** Binance's ticket repainted white: an exchange in its light theme. */
const lightTheme = (html: string) => html.replace('</head>', '<style>*{background-color:#fff !important;color:#1e2329 !important}</style></head>');

/** Marks the page: a reload would lose the mark. */
async function markNoReload(page: Page) {
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
}
const stillLoaded = (page: Page) => page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);

test.describe('overlay colours, chosen on the options page', () => {
  // Two pages of one browser, each redrawn twice: more than 30 s on a busy 2-core machine.
  test.slow();
  test('“always dark” turns the overlay on a light exchange page dark, “follow the exchange page” brings it back, without a reload', async ({
    serveFixture,
    openPage,
    extensionId,
  }) => {
    await serveFixture(BinancePage.url(), `${BINANCE_FIXTURES}/ticket.html`, { transform: lightTheme });
    const options = new OptionsPage(await openPage(OptionsPage.url(extensionId)));
    await expect(options.overlayColours('auto')).toBeChecked();

    const exchange = new BinancePage(await openPage(BinancePage.url()));
    await exchange.size('0.1');
    await expect(exchange.overlay.root).toHaveAttribute('data-theme', 'light');
    await markNoReload(exchange.page);

    await options.page.bringToFront();
    await options.page.getByRole('radio', { name: 'Always dark' }).check();
    await expect(exchange.overlay.root).toHaveAttribute('data-theme', 'dark');

    await options.page.getByRole('radio', { name: 'Follow the exchange page' }).check();
    await expect(exchange.overlay.root).toHaveAttribute('data-theme', 'light');
    expect(await stillLoaded(exchange.page)).toBe(true);
  });

  test('“always light” turns the dark demo ticket’s overlay light; the choice is kept when the options page is opened again', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.size('0.5');
    await expect(demo.overlay.root).toHaveAttribute('data-theme', 'dark');
    await markNoReload(demo.page);

    const options = new OptionsPage(await openPage(OptionsPage.url(extensionId)));
    await options.overlayColours('light').check();
    await expect(demo.overlay.root).toHaveAttribute('data-theme', 'light');

    await options.page.reload();
    await expect(options.overlayColours('light')).toBeChecked();
    await options.overlayColours('auto').check();
    await expect(demo.overlay.root).toHaveAttribute('data-theme', 'dark');
    expect(await stillLoaded(demo.page)).toBe(true);
  });
});
