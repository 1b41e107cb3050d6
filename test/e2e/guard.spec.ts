import { test, expect } from './fixtures';
import { DemoPage } from './pages/demoPage';
import { OptionsPage } from './pages/popup';

test.describe('guard mode on the demo exchange', () => {
  test('holds the click on a dangerous order, and replays it exactly once after the tick-box', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    const o = demo.overlay;
    await demo.leverage(50);
    await demo.size('0.5');
    await expect(o.root).toHaveAttribute('data-severity', 'danger');

    await demo.submit.click();
    await expect(o.confirmPanel).toBeVisible();
    await expect(o.confirmPanel).toContainText(/Leverage 50(\.0)?× is above your maximum of 10/);
    expect(await demo.submits()).toBe(0);
    await expect(o.placeAnyway).toBeDisabled();
    // A second click while the panel is open must not place anything either.
    await demo.submit.click();
    expect(await demo.submits()).toBe(0);

    await o.understand.check();
    await expect(o.placeAnyway).toBeEnabled();
    await o.placeAnyway.click();
    await expect(o.confirmPanel).toBeHidden();
    await expect(demo.page.getByTestId('order-toast')).toContainText('Demo order #1');
    expect(await demo.submits()).toBe(1);

    // The next click is judged afresh; going back places nothing.
    await demo.submit.click();
    await expect(o.confirmPanel).toBeVisible();
    await o.goBack.click();
    await expect(o.confirmPanel).toBeHidden();
    expect(await demo.submits()).toBe(1);

    // The order placed past the warning is in the trader's override log; the one taken back is not.
    const options = await openPage(OptionsPage.url(extensionId));
    const rows = options.getByTestId('override-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('BTCUSDT');
    await expect(rows.first()).toContainText('above your maximum');
  });

  test('an order within the limits goes straight through', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.leverage(2);
    await demo.size('0.01');
    await expect(demo.overlay.root).toHaveAttribute('data-severity', /safe|caution/);
    await demo.submit.click();
    await expect.poll(() => demo.submits()).toBe(1);
    await expect(demo.overlay.confirmPanel).toHaveCount(0);
  });

  test('a hard limit blocks: only going back is offered', async ({ openPage, extensionId }) => {
    const options = new OptionsPage(await openPage(OptionsPage.url(extensionId)));
    await options.hard('maxLeverage').check();
    await expect(options.hard('maxLeverage')).toBeChecked();
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.leverage(40);
    await demo.size('0.2');
    await expect(demo.overlay.root).toHaveAttribute('data-severity', 'blocked');
    await demo.submit.click();
    await expect(demo.overlay.confirmPanel).toContainText('hard limit');
    await expect(demo.overlay.placeAnyway).toHaveCount(0);
    await expect(demo.overlay.understand).toHaveCount(0);
    await demo.overlay.goBack.click();
    expect(await demo.submits()).toBe(0);
  });

  test('Enter in the ticket is held like a click', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.leverage(60);
    await demo.size('0.3');
    await expect(demo.overlay.root).toHaveAttribute('data-severity', 'danger');
    await demo.pressEnterInSize();
    await expect(demo.overlay.confirmPanel).toBeVisible();
    expect(await demo.submits()).toBe(0);
  });

  test('a known breach is held although the size is empty; an order with nothing broken and nothing to check goes through with a notice', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    // 60× breaks the maximum leverage whatever the size: held, though the order itself cannot be computed.
    await demo.leverage(60);
    await demo.size('');
    await expect(demo.overlay.warnings.first()).toContainText('Cannot read the size');
    await demo.submit.click();
    await expect(demo.overlay.confirmPanel).toBeVisible();
    expect(await demo.submits()).toBe(0);
    await demo.overlay.goBack.click();
    // 5× breaks nothing that was read, and no size was typed: it cannot be checked, and is not held.
    await demo.leverage(5);
    await demo.submit.click();
    await expect(demo.overlay.notice).toContainText('could not check');
    expect(await demo.submits()).toBe(1);
  });

  test('"use this size" fills the size field with the largest size within the risk per trade', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.leverage(5);
    await demo.size('1');
    await demo.stopLoss('60,000');
    const suggested = demo.overlay.sizeForRisk;
    await expect(suggested).toContainText('Size for 1% risk: 0.06');
    await expect(suggested).toContainText('BTC');
    await demo.overlay.showDetails();
    await demo.overlay.useSize.click();
    // 1 % of 12,500 over a 2,000 stop is 0.0625 BTC before fees; the fees make it a little less.
    await expect.poll(async () => Number(await demo.sizeValue())).toBeLessThan(0.0625);
    const filled = Number(await demo.sizeValue());
    expect(filled).toBeGreaterThan(0.06);
    await expect(demo.overlay.root.locator('[data-field="size"]')).toHaveAttribute('data-value', String(filled));
  });

  test('self-check: a venue estimate far from ours is flagged with both numbers', async ({ openPage, extensionId }) => {
    const honest = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await honest.leverage(20);
    await honest.size('0.5');
    await expect(honest.overlay.liqPrice).not.toHaveText('—');
    await expect(honest.overlay.warning('selfCheck')).toHaveCount(0);

    const wrong = new DemoPage(await openPage(DemoPage.url(extensionId, { tick: '0', badEstimate: '1' })));
    await wrong.leverage(20);
    await wrong.size('0.5');
    await expect(wrong.overlay.warning('selfCheck')).toContainText('Demo exchange shows Liq. Price 38,263.1, Leverage Guard computes 37,148.59 (3.0% apart)');
  });

  test('distance to liquidation in 24 h ranges', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.leverage(20);
    await demo.size('0.5');
    // Liquidation 37,148.59 is 24,851.4 from the mark; the page's 24 h range is 63,410 − 60,880.5 = 2,529.5.
    await expect(demo.overlay.liqRange).toHaveText('(9.8× the 24 h range)');
  });

  test('keys typed in the overlay never reach the exchange’s shortcuts', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.page.evaluate(() => {
      (window as unknown as { __keys: number }).__keys = 0;
      document.addEventListener('keydown', () => (window as unknown as { __keys: number }).__keys++);
    });
    await demo.leverage(50);
    await demo.size('0.5');
    await demo.submit.click();
    await demo.overlay.understand.focus();
    await demo.page.evaluate(() => ((window as unknown as { __keys: number }).__keys = 0));
    await demo.page.keyboard.press('b');
    await demo.page.keyboard.press('s');
    expect(await demo.page.evaluate(() => (window as unknown as { __keys: number }).__keys)).toBe(0);
  });
});
