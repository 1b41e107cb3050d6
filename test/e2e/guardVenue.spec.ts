import { test, expect } from './fixtures';
import { BINANCE_FIXTURES, BinancePage } from './pages/binancePage';
import { OptionsPage } from './pages/popup';

// Guard mode on a real venue's ticket, where Buy/Long and Sell/Short sit side by side and the
// button the trader clicks decides which side's report applies.
test.describe('guard mode on Binance USDⓈ-M', () => {
  test('holds Open Long at 20× under a 10× maximum, replays it once when confirmed, and logs the override', async ({ serveFixture, openPage, extensionId }) => {
    await serveFixture(BinancePage.url(), `${BINANCE_FIXTURES}/ticket.html`);
    const bn = new BinancePage(await openPage(BinancePage.url()));
    const o = bn.overlay;
    await bn.freezeMark(64000);
    await bn.price('64000');
    await bn.size('0.01');
    await expect(o.root).toHaveAttribute('data-severity', 'danger');

    await bn.openLong.click();
    await expect(o.confirmPanel).toBeVisible();
    await expect(o.confirmPanel).toContainText(/Leverage 20(\.0)?× is above your maximum of 10/);
    expect(await bn.submits()).toHaveLength(0);
    await o.understand.check();
    await o.placeAnyway.click();
    await expect(o.confirmPanel).toBeHidden();
    await expect.poll(async () => (await bn.submits()).length).toBe(1);

    // The other side's button is judged on its own report, and going back places nothing.
    await bn.openShort.click();
    await expect(o.confirmPanel).toBeVisible();
    await o.goBack.click();
    expect(await bn.submits()).toHaveLength(1);

    const options = await openPage(OptionsPage.url(extensionId));
    const rows = options.getByTestId('override-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('BTCUSDT');
  });

  test('within the limits, both buttons place their orders untouched', async ({ serveFixture, openPage }) => {
    await serveFixture(BinancePage.url(), `${BINANCE_FIXTURES}/ticket.html`);
    const bn = new BinancePage(await openPage(BinancePage.url()));
    await bn.leverage(3);
    await bn.size('0.01');
    await expect(bn.overlay.root).toHaveAttribute('data-severity', /safe|caution/);
    await bn.openLong.click();
    await bn.openShort.click();
    await expect.poll(async () => (await bn.submits()).length).toBe(2);
    await expect(bn.overlay.confirmPanel).toHaveCount(0);
  });
});
