import { test, expect } from './fixtures';
import { BINANCE_FIXTURES, BinancePage } from './pages/binancePage';
import { DemoPage } from './pages/demoPage';
import type { OverlayPart } from './pages/overlay';
import { Background, PopupPage, tabIdOf } from './pages/popup';

/**
 * One vocabulary: the overlay and the popup's live report name the same figure with the same word
 * (the venue's own, in English: Binance's "Cost") and write it with the same rounding; a note that
 * grades nothing (no stop loss set) is not coloured as a verdict.
 */

async function popupAbout(openPage: (url: string) => Promise<import('@playwright/test').Page>, extensionId: string, tabId: number) {
  const popup = new PopupPage(await openPage(PopupPage.url(extensionId, tabId)));
  await expect(popup.liveReport).toBeVisible();
  return popup;
}

async function expectSameMargin(overlay: OverlayPart, popup: PopupPage, word: string) {
  await overlay.showDetails();
  await expect(overlay.root.getByTestId('lg-margin-label').first()).toHaveText(word);
  await expect(popup.page.getByTestId('live-margin-label')).toHaveText(word);
  const shown = (await overlay.margin.first().textContent())!;
  expect(shown).toMatch(/^\d[\d,]*\.\d{2} USDT$/);
  await expect(popup.page.getByTestId('live-margin')).toHaveText(shown);
}

test.describe('one vocabulary in the overlay and the popup', () => {
  test('the demo: "Cost" and the same figure in both; the distance and the verdict read the same', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.leverage(20);
    await demo.size('0.5');
    await expect(demo.overlay.root).toHaveAttribute('data-severity', 'danger');
    const popup = await popupAbout(openPage, extensionId, await tabIdOf(demo.page));

    await expectSameMargin(demo.overlay, popup, 'Cost');
    await expect(popup.page.getByTestId('live-liq-price-label')).toHaveText('Liq. Price');
    // 40.1 %, as the venues write it: no space before the sign, one decimal in both places.
    await expect(demo.overlay.liqDistance).toHaveText('40.1% below mark');
    await expect(popup.page.getByTestId('live-liq-distance')).toHaveText('40.1% below mark');
    await expect(demo.overlay.status).toHaveText('Breaks your limits');
    await expect(popup.liveSeverity).toHaveText('Breaks your limits');
  });

  test('Binance: its "Cost" and the same figure in both', async ({ serveFixture, openPage, extensionId, context }) => {
    await serveFixture(BinancePage.url(), `${BINANCE_FIXTURES}/ticket.html`);
    const bn = new BinancePage(await openPage(BinancePage.url()));
    // A venue tab is a web page: its id is the active tab's, asked before the popup opens.
    const tabId = await Background.of(context).activeTabId();
    await bn.freezeMark(64_251.3);
    await bn.price('64000');
    await bn.size('0.1');
    await bn.leverage(10);
    await expect(bn.overlay.margin.first()).toHaveAttribute('data-value', /^\d/);
    const popup = await popupAbout(openPage, extensionId, tabId);
    await expectSameMargin(bn.overlay, popup, 'Cost');
  });

  test('"no stop loss is set" is a note, not coloured as within your limits', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.leverage(3);
    await demo.size('0.01');
    await expect(demo.overlay.root).toHaveAttribute('data-severity', 'safe');
    const note = demo.overlay.warning('noStopLoss');
    await expect(note).toHaveText('No stop loss is set, so your maximum loss of 2% of equity is not checked.');
    await expect(note).toHaveAttribute('class', 'note');

    const popup = await popupAbout(openPage, extensionId, await tabIdOf(demo.page));
    await expect(popup.liveSeverity).toHaveText('Within your limits');
    const popupNote = popup.page.getByTestId('live-warnings').locator('li[data-code="noStopLoss"]');
    await expect(popupNote).toHaveText('No stop loss is set, so your maximum loss of 2% of equity is not checked.');
    // The verdict "Within your limits" is green; the note under it is not.
    const green = await popup.liveSeverity.evaluate((el) => getComputedStyle(el).color);
    expect(await popupNote.evaluate((el) => getComputedStyle(el).color)).not.toBe(green);
  });
});
