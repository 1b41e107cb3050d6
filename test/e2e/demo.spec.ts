import { test, expect } from './fixtures';
import { DemoPage } from './pages/demoPage';
import { riskCli } from './riskCli';

test.describe('overlay on the built-in demo exchange', () => {
  test('reads every field of the ticket and shows the risk of the typed order', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.leverage(20);
    await demo.size('0.5');

    const overlay = demo.overlay;
    await expect(overlay.leverage).toHaveText('20×');
    await expect.poll(() => overlay.readingRows()).toMatchObject({
      symbol: 'BTCUSDT',
      side: 'long',
      orderType: 'limit',
      price: '62000',
      markPrice: '62000',
      size: '0.5 (base)',
      leverage: '20',
      marginMode: 'cross',
      balance: '12500',
      takeProfit: 'none',
      stopLoss: 'none',
    });
    // Cost = 0.5 BTC × 62,000 / 20 (hand-derived).
    await expect(overlay.margin).toHaveText('1,550.00 USDT');
    // Cross, wallet 12,500, long 0.5 @ 62,000, Binance tier 1 MMR 0.4 %:
    // (12,500 − 31,000) / (0.5 × 0.004 − 0.5) = 37,148.59 (hand-derived, §2 of the reference).
    const liq = await overlay.numberOf(overlay.liqPrice);
    expect(liq).toBeCloseTo(37148.59, 1);
    const cli = riskCli({
      venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', orderType: 'limit', price: 62000, markPrice: 62000,
      size: { value: 0.5, unit: 'base' }, leverage: 20, marginMode: 'cross', balance: 12500,
    });
    expect(liq).toBeCloseTo(cli.liquidationPrice!, 6);
    await expect(overlay.liqDistance).toContainText('40.1% below mark');
    await expect(overlay.liqPrice).toHaveText('37,148.59');
  });

  test('updates on every keystroke, tab switch and unit switch', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.leverage(10);
    await demo.size('1');
    await expect(demo.overlay.margin).toHaveText('6,200.00 USDT');
    await demo.size('1000', 'USDT');
    await expect(demo.overlay.margin).toHaveText('100.00 USDT');
    await demo.side('short');
    await expect(demo.overlay.root.locator('[data-field="side"]')).toHaveText('short');
    expect(await demo.overlay.numberOf(demo.overlay.liqPrice)).toBeGreaterThan(62000);
    await demo.orderType('Market');
    await expect(demo.overlay.root.locator('[data-field="price"]')).toContainText('not found (market order');
    await demo.marginMode('Isolated');
    // Isolated short 1,000 USDT at 10×: margin 100 USDT; liquidation above entry by about 1/10 less the 0.4 % MMR.
    await expect(demo.overlay.root.locator('[data-field="marginMode"]')).toHaveText('isolated');
    const isolated = await demo.overlay.numberOf(demo.overlay.liqPrice);
    expect(isolated).toBeGreaterThan(62000 * 1.09);
    expect(isolated).toBeLessThan(62000 * 1.1);
  });

  test('an unreadable size makes the verdict unknown, with the reason, never safe', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.leverage(3);
    await demo.size('0.');
    await demo.size('');
    await expect(demo.overlay.root).toHaveAttribute('data-severity', 'unknown');
    await expect(demo.overlay.status).toHaveText('Incomplete reading');
    await expect(demo.overlay.warnings.first()).toContainText('Cannot read the size');
    await expect(demo.overlay.liqPrice).toHaveText('—');
  });

  test('an order far above any sane leverage limit is flagged as danger', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.leverage(100);
    await demo.size('0.1');
    await expect(demo.overlay.root).toHaveAttribute('data-severity', /danger|blocked/);
    await expect(demo.overlay.warnings.filter({ hasText: '100' }).first()).toBeVisible();
  });

  test('follows a symbol switch inside the page and the mark price as it ticks', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId, {})));
    await demo.size('2');
    await demo.switchSymbol('ETHUSDT');
    await expect(demo.overlay.root.locator('[data-field="symbol"]')).toHaveText('ETHUSDT');
    await expect(demo.overlay.root.locator('[data-field="price"]')).toHaveText('3,100');
    // The demo's mark price ticks every second; the overlay's distance follows it.
    const first = await demo.overlay.root.locator('[data-field="markPrice"]').textContent();
    await expect(demo.overlay.root.locator('[data-field="markPrice"]')).not.toHaveText(first!, { timeout: 5000 });
  });

  test('the overlay sits below the submit button without covering it and without shifting the ticket', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.size('0.5');
    await expect(demo.overlay.root).toBeVisible();
    const before = await demo.submit.boundingBox();
    const overlayBox = await demo.overlay.root.boundingBox();
    expect(overlayBox!.y).toBeGreaterThanOrEqual(before!.y + before!.height);
    // Typing more must not move the exchange's own controls.
    await demo.size('0.75');
    await demo.leverage(50);
    expect(await demo.submit.boundingBox()).toEqual(before);
    // An order within the trader's limits goes through untouched (guard mode holds only dangerous ones).
    await demo.leverage(3);
    await demo.size('0.01');
    await expect(demo.overlay.root).toHaveAttribute('data-severity', /safe|caution/);
    await demo.submit.click();
    await expect.poll(() => demo.submits()).toBe(1);
  });
});
