import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DemoPage } from './pages/demoPage';
import { Background, OptionsPage, PopupPage, tabIdOf, type OverrideRecordLike } from './pages/popup';

/** "14:05" in the browser's local time, as the popup writes when a pending change applies. */
const hhmm = (t: number) => {
  const d = new Date(t);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

/** The demo page and a popup about its tab, each a page of the same browser. */
async function demoWithPopup(openPage: (url: string) => Promise<Page>, extensionId: string) {
  const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
  const tabId = await tabIdOf(demo.page);
  const popup = new PopupPage(await openPage(PopupPage.url(extensionId, tabId)));
  await expect(popup.siteName).toHaveText('Demo exchange');
  return { demo, popup };
}

/** A ticket at 20× that breaks the default max leverage of 10×. */
async function twentyX(demo: DemoPage) {
  await demo.page.bringToFront();
  await demo.leverage(20);
  await demo.size('0.5');
  await expect(demo.overlay.leverage).toHaveText('20×');
}

const aboveMaxOf = (demo: DemoPage, max: number) => demo.overlay.warnings.filter({ hasText: new RegExp(`above your maximum of ${max}×`) });

test.describe('cool-down on raising limits', () => {
  test('with a 1 h cool-down, a raise in the popup waits (the ticket is still checked against the old limit), a lowering applies at once; after the hour the raise applies', async ({
    openPage,
    extensionId,
    context,
  }) => {
    const background = Background.of(context);
    const options = new OptionsPage(await openPage(OptionsPage.url(extensionId)));
    await options.coolDown.selectOption('1h');
    await expect.poll(() => background.storedSettings()).toMatchObject({ discipline: { coolDown: '1h' } });
    await options.page.close();

    const { demo, popup } = await demoWithPopup(openPage, extensionId);
    await popup.page.clock.install();
    const requestedAt = await popup.page.evaluate(() => Date.now());

    await popup.setLimit('maxLeverage', '25');
    await expect(popup.status).toContainText('Raising waits for your 1 hour cool-down');
    const stored = (await background.storedSettings()) as { pending: { appliesAt: number }[] };
    expect(stored).toMatchObject({
      limits: { maxLeverage: 10 },
      pending: [{ field: 'limit', site: null, key: 'maxLeverage', value: 25 }],
    });
    // The hour counts from the save, a moment after `requestedAt` (which may be in the next minute).
    const appliesAt = stored.pending[0]!.appliesAt;
    expect(appliesAt - 3_600_000).toBeGreaterThanOrEqual(requestedAt);
    await expect(popup.pendingItem('Max leverage 25×')).toContainText(new RegExp(`^Max leverage 25× from ${hhmm(appliesAt)} (today|tomorrow)`));
    await expect(popup.limit('maxLeverage')).toHaveValue('10');

    // The ticket is still judged by the limit in force: 20× breaks 10×.
    await twentyX(demo);
    await expect(demo.overlay.root).toHaveAttribute('data-severity', 'danger');
    await expect(aboveMaxOf(demo, 10)).toHaveCount(1);

    // Lowering applies at once: max account leverage 5× → 2× (the ticket is at 2.48×).
    await popup.page.bringToFront();
    await popup.setLimit('maxAccountLeverage', '2');
    await expect(popup.status).toHaveText('Saved for all sites.');
    await expect(popup.pendingItems).toHaveCount(1);
    expect(await background.storedSettings()).toMatchObject({ limits: { maxAccountLeverage: 2, maxLeverage: 10 } });
    await demo.page.bringToFront();
    await expect(demo.overlay.warnings.filter({ hasText: /account leverage/i })).toHaveCount(1);
    await expect(aboveMaxOf(demo, 10)).toHaveCount(1);

    // An hour later (the popup's clock): the raise applies, the popup writes it back, the ticket follows.
    await popup.page.bringToFront();
    await popup.page.clock.fastForward('01:00:00');
    await expect(popup.pending).toHaveCount(0);
    await expect(popup.limit('maxLeverage')).toHaveValue('25');
    await expect.poll(() => background.storedSettings()).toMatchObject({ limits: { maxLeverage: 25, maxAccountLeverage: 2 }, pending: [] });
    await demo.page.bringToFront();
    await expect(aboveMaxOf(demo, 10)).toHaveCount(0);
    await expect(demo.overlay.warnings.filter({ hasText: /account leverage/i })).toHaveCount(1);
  });

  test('a preset goes through the cool-down too; a pending change can be cancelled; once due it applies on the ticket', async ({
    openPage,
    extensionId,
    context,
  }) => {
    const background = Background.of(context);
    // Stored before the popup opens: the popup words its status from the settings it has loaded,
    // and a click that beat the storage change to the popup would be worded without the cool-down.
    await background.storeSettings({
      limits: { maxLeverage: 10, minLiquidationDistance: 0.08, maxAccountLeverage: 5, maxLossAtStop: 0.02, riskPerTrade: 0.01, hard: [] },
      sites: {},
      presets: [],
      discipline: { coolDown: '24h' },
      pending: [],
    });
    const { demo, popup } = await demoWithPopup(openPage, extensionId);
    await expect(popup.preset('Moderate')).toHaveAttribute('aria-pressed', 'true');

    await popup.preset('Aggressive').click();
    await expect(popup.status).toContainText('Applied Aggressive to all sites. Raising waits for your 24 hours cool-down');
    await expect(popup.pendingItems).toHaveCount(4);
    await expect(popup.pendingItem('Max leverage 25×')).toContainText(/ tomorrow/);
    await expect(popup.preset('Moderate')).toHaveAttribute('aria-pressed', 'true');
    await expect(popup.limit('maxLeverage')).toHaveValue('10');

    await popup.cancelPending('Max loss at stop');
    await expect(popup.pendingItems).toHaveCount(3);
    expect(((await background.storedSettings()) as { pending: unknown[] }).pending).toHaveLength(3);

    await twentyX(demo);
    await expect(demo.overlay.root).toHaveAttribute('data-severity', 'danger');
    await expect(aboveMaxOf(demo, 10)).toHaveCount(1);

    // The cool-down runs out (written into storage, no clock): the ticket follows at once.
    await background.makePendingDue();
    await expect(aboveMaxOf(demo, 10)).toHaveCount(0);
    await expect(demo.overlay.root).not.toHaveAttribute('data-severity', /danger|blocked/);

    await popup.page.bringToFront();
    await expect(popup.pending).toHaveCount(0);
    await expect(popup.limit('maxLeverage')).toHaveValue('25');
    await expect(popup.limit('maxLossAtStop')).toHaveValue('2'); // cancelled: stays
    await expect.poll(() => background.storedSettings()).toMatchObject({
      limits: { maxLeverage: 25, minLiquidationDistance: 0.03, maxAccountLeverage: 10, maxLossAtStop: 0.02 },
      pending: [],
    });
  });

  test('guard mode per site: set in the popup, shown in the options table; a weaker mode waits under a cool-down', async ({
    openPage,
    extensionId,
    context,
  }) => {
    const background = Background.of(context);
    const { popup } = await demoWithPopup(openPage, extensionId);
    await expect(popup.guardMode).toHaveValue('confirm');
    await popup.guardMode.selectOption('warn');
    await expect.poll(() => background.storedSettings()).toMatchObject({ sites: { demo: { enabled: true, guard: 'warn' } } });

    const options = new OptionsPage(await openPage(OptionsPage.url(extensionId)));
    await expect(options.siteGuard('demo')).toHaveValue('warn');
    await options.coolDown.selectOption('1h');
    // Each change is its own read-modify-write of the stored settings: the next one starts once this one is stored.
    await expect.poll(() => background.storedSettings()).toMatchObject({ discipline: { coolDown: '1h' } });
    await options.siteGuard('demo').selectOption('off');
    await expect(options.pendingItems.filter({ hasText: 'Guard mode Off on Demo exchange' })).toHaveCount(1);
    await expect(options.siteGuard('demo')).toHaveValue('warn');

    await popup.page.bringToFront();
    await expect(popup.guardMode).toHaveValue('warn');
    await expect(popup.pendingItem('Guard mode Off on Demo exchange')).toBeVisible();
  });
});

test.describe('override log', () => {
  const record = (at: number, symbol: string, warning: string): OverrideRecordLike => ({
    at,
    site: 'demo',
    symbol,
    side: 'long',
    leverage: 20,
    severity: 'danger',
    warnings: [warning],
  });

  test('the popup counts today’s overrides; the options page lists them newest first, exports CSV and clears', async ({
    openPage,
    extensionId,
    context,
  }) => {
    const background = Background.of(context);
    // Times from the browser's own clock and time zone: three today, one two days ago.
    const [startOfToday, now] = await background.worker.evaluate(() => {
      const d = new Date();
      return [new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime(), d.getTime()];
    });
    const todayAt = (secondsAgo: number) => Math.max(startOfToday, now - secondsAgo * 1000);
    await background.seedOverrideLog([
      record(startOfToday - 2 * 86_400_000 + 3_600_000, 'ETHUSDT', 'Old one'),
      record(todayAt(30), 'BTCUSDT', 'Leverage 20× is above your maximum of 10×.'),
      record(todayAt(20), 'BTCUSDT', 'Liquidation 4 % away, closer than your 8 %, "too close"'),
      record(todayAt(10), 'SOLUSDT', 'Newest'),
    ]);

    const { popup } = await demoWithPopup(openPage, extensionId);
    await expect(popup.overrideCount).toHaveText('3 overrides today');

    const options = new OptionsPage(await openPage(OptionsPage.url(extensionId)));
    await expect(options.overrideRows).toHaveCount(4);
    await expect(options.overrideRows.first()).toContainText('SOLUSDT');
    await expect(options.overrideRows.last()).toContainText('ETHUSDT');

    const [download] = await Promise.all([options.page.waitForEvent('download'), options.exportOverrides.click()]);
    expect(download.suggestedFilename()).toMatch(/^leverage-guard-overrides-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('time,site,symbol,side,leverage,severity,warnings');
    expect(lines).toHaveLength(6); // header, four records, the empty string after the last CRLF
    expect(lines[1]).toContain(',ETHUSDT,long,20,danger,Old one');
    expect(lines[3]).toBe(`${new Date(todayAt(20)).toISOString()},demo,BTCUSDT,long,20,danger,"Liquidation 4 % away, closer than your 8 %, ""too close"""`);

    await options.clearOverrides.click();
    await expect(options.overrideRows).toHaveCount(4); // not before confirming
    await options.clearOverridesConfirm.click();
    await expect(options.overridesEmpty).toBeVisible();
    expect(await background.overrideLog()).toBeUndefined();

    await popup.page.bringToFront();
    await expect(popup.overrideCount).toHaveCount(0);
  });
});
