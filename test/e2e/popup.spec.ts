import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { exposeClosedRootsToLocators } from './closedRoots';
import { test, expect, launchWithExtension } from './fixtures';
import { DemoPage } from './pages/demoPage';
import { Background, OptionsPage, PopupPage, tabIdOf } from './pages/popup';

/** The demo page and a popup about its tab, each a page of the same browser. */
async function demoWithPopup(openPage: (url: string) => Promise<import('@playwright/test').Page>, extensionId: string) {
  const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
  const tabId = await tabIdOf(demo.page);
  const popup = new PopupPage(await openPage(PopupPage.url(extensionId, tabId)));
  await expect(popup.siteName).toHaveText('Demo exchange');
  return { demo, popup, tabId };
}

/** An order that fills the live report: every figure, the loss at the stop, two broken limits. */
async function fullDemoOrder(demo: DemoPage) {
  await demo.page.bringToFront();
  await demo.leverage(20);
  await demo.size('0.5');
  await demo.stopLoss('60,000');
  await expect(demo.overlay.root).toHaveAttribute('data-severity', 'danger');
}

/** Chrome shows at most 600 px of a popup: all of it fits, the live report on top, the limits and their Save in view. */
async function expectFits(popup: PopupPage) {
  await popup.page.setViewportSize({ width: 800, height: 600 });
  await expect(popup.page.getByTestId('live-loss')).toBeVisible();
  await expect(popup.page.getByTestId('live-warnings').locator('li')).toHaveCount(2);
  expect(await popup.documentHeight(), 'the popup is taller than Chrome’s 600-px popup').toBeLessThanOrEqual(600);
  expect(await popup.overflowsSideways(), 'something sticks out of the popup’s side').toBe(false);
  await expect(popup.firstSection).toHaveAttribute('data-testid', 'site-status');
  await expect(popup.liveReport).toBeInViewport({ ratio: 1 });
  await expect(popup.limit('riskPerTrade')).toBeInViewport({ ratio: 1 });
  await expect(popup.page.getByTestId('save-limits')).toBeInViewport({ ratio: 1 });
}

test.describe('popup, settings and badge', () => {
  test('a max leverage set in the popup: a ticket above it is danger, one below it has no warning; the badge shows the leverage', async ({
    openPage,
    extensionId,
    context,
  }) => {
    const { demo, popup, tabId } = await demoWithPopup(openPage, extensionId);
    await popup.setLimit('maxLeverage', '15');
    await expect(popup.status).toHaveText('Saved for all sites.');

    await demo.page.bringToFront();
    await demo.leverage(20);
    await demo.size('0.5');
    await expect(demo.overlay.root).toHaveAttribute('data-severity', 'danger');
    await expect(demo.overlay.warnings.filter({ hasText: /above your maximum of 15/ })).toHaveCount(1);
    const background = Background.of(context);
    await expect.poll(() => background.badgeText(tabId)).toBe('20x');
    // The text is set before the colour, and a half-typed size may already have shown "20x" in another colour.
    await expect.poll(() => background.badgeColor(tabId)).toEqual([0xd1, 0x24, 0x2f, 255]);

    await demo.leverage(10);
    await expect(demo.overlay.leverage).toHaveText('10×');
    await expect(demo.overlay.warnings.filter({ hasText: /your maximum of 15/ })).toHaveCount(0);
    await expect(demo.overlay.root).not.toHaveAttribute('data-severity', /danger|blocked/);
    await expect.poll(() => background.badgeText(tabId)).toBe('10x');

    // The popup reads the same live report from the tab.
    await popup.page.bringToFront();
    await expect(popup.liveLeverage).toHaveText('10×');
    await expect(popup.liveSeverity).not.toHaveText('Breaks your limits');
  });

  test('switching the site off in the popup removes the overlay and the badge without a reload', async ({ openPage, extensionId, context }) => {
    const { demo, popup, tabId } = await demoWithPopup(openPage, extensionId);
    await demo.page.bringToFront();
    await demo.leverage(20);
    await demo.size('0.5');
    await expect(demo.overlay.root).toBeVisible();
    await demo.page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    const background = Background.of(context);
    await expect.poll(() => background.badgeText(tabId)).toBe('20x');

    await popup.page.bringToFront();
    await expect(popup.siteToggle).toBeChecked();
    await popup.siteToggle.click();
    await expect(popup.siteToggle).not.toBeChecked();
    await expect(popup.liveOff).toBeVisible();

    await demo.page.bringToFront();
    await expect(demo.overlay.root).toHaveCount(0);
    expect(await demo.page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    await expect.poll(() => background.badgeText(tabId)).toBe('');

    await popup.page.bringToFront();
    await popup.siteToggle.click();
    await demo.page.bringToFront();
    await expect(demo.overlay.root).toBeVisible();
    await expect.poll(() => background.badgeText(tabId)).toBe('20x');
  });

  test('the popup works with the keyboard alone, shows errors by the field and never saves them', async ({ openPage, extensionId, context }) => {
    const { popup } = await demoWithPopup(openPage, extensionId);
    const background = Background.of(context);
    const before = await background.storedSettings();
    const field = popup.limit('maxLeverage');

    // Tab from the top of the page to the field; every stop has a visible focus ring.
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await popup.page.keyboard.press('Tab');
      const outline = await popup.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el && el !== document.body ? getComputedStyle(el).outlineStyle : 'none';
      });
      expect(outline).not.toBe('none');
      reached = await field.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);

    await popup.page.keyboard.press('ControlOrMeta+A');
    await popup.page.keyboard.type('0');
    await popup.page.keyboard.press('Enter');
    await expect(popup.limitError('maxLeverage')).toHaveText('Must be from 1 to 500×.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toBeFocused();
    expect(await background.storedSettings()).toEqual(before);

    await popup.page.keyboard.press('ControlOrMeta+A');
    await popup.page.keyboard.type('12');
    await popup.page.keyboard.press('Enter');
    await expect(popup.status).toHaveText('Saved for all sites.');
    await expect(popup.limitError('maxLeverage')).toHaveCount(0);
    expect(await background.storedSettings()).toMatchObject({ limits: { maxLeverage: 12 } });

    // A preset in one keypress: focus it, press Space.
    await popup.preset('Conservative').focus();
    await popup.page.keyboard.press('Space');
    await expect(popup.preset('Conservative')).toHaveAttribute('aria-pressed', 'true');
    await expect(field).toHaveValue('3');
  });

  test('the popup fits the 800×600 popup limit', async ({ openPage, extensionId }) => {
    const { demo, popup } = await demoWithPopup(openPage, extensionId);
    await demo.page.bringToFront();
    await demo.size('0.5');
    await popup.page.bringToFront();
    await popup.page.setViewportSize({ width: 800, height: 600 });
    await expect(popup.liveReport).toBeVisible();
    const box = await popup.page.getByTestId('popup').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(380);
    expect(box!.height).toBeLessThanOrEqual(600);
  });

  test('a 600-px popup shows the live report first and needs no scrolling, with an order over the limits and a stop on the ticket', async ({ openPage, extensionId }) => {
    const { demo, popup } = await demoWithPopup(openPage, extensionId);
    await fullDemoOrder(demo);
    await popup.page.bringToFront();
    await expectFits(popup);
  });

  test('says “not a supported site” on other sites', async ({ openPage, extensionId, context, guard }) => {
    const url = 'https://example.com/';
    guard.served.add(url);
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Example</title><p>Hello</p>' }));
    await openPage(url);
    const tabId = await Background.of(context).activeTabId();
    const popup = new PopupPage(await openPage(PopupPage.url(extensionId, tabId)));
    await expect(popup.unsupported).toContainText('Not a supported site');
    await expect(popup.siteToggle).toHaveCount(0);
    await expect(popup.limit('maxLeverage')).toBeVisible();
    await popup.page.setViewportSize({ width: 800, height: 600 });
    expect(await popup.documentHeight()).toBeLessThanOrEqual(600);
    await expect(popup.firstSection).toHaveAttribute('data-testid', 'site-status');
  });

  test('export then import round-trips the settings', async ({ openPage, extensionId, context }) => {
    const options = new OptionsPage(await openPage(OptionsPage.url(extensionId)));
    const background = Background.of(context);

    await options.override('hyperliquid', 'maxLeverage').fill('4');
    await options.override('binance-usdm', 'minLiquidationDistance').fill('12.5');
    await options.saveOverrides.click();
    await expect(options.sitesStatus).toHaveText('Site overrides saved.');
    await options.siteEnabled('demo').click();
    await expect(options.siteEnabled('demo')).not.toBeChecked();
    // A checkbox unticks at the click, before its change is stored; the next change must not race it.
    await expect.poll(() => background.storedSettings()).toMatchObject({ sites: { demo: { enabled: false } } });
    await options.page.getByText('Save these limits as a preset').click();
    await options.presetNameInput().fill('Night shift');
    await options.page.getByRole('button', { name: 'Save preset' }).click();
    await expect(options.page.getByTestId('preset-p-night-shift')).toBeVisible();
    const mine = await background.storedSettings();
    expect(mine).toMatchObject({
      sites: {
        hyperliquid: { enabled: true, overrides: { maxLeverage: 4 } },
        'binance-usdm': { enabled: true, overrides: { minLiquidationDistance: 0.125 } },
        demo: { enabled: false, overrides: {} },
      },
      presets: [{ id: 'p-night-shift', name: 'Night shift' }],
    });

    const [download] = await Promise.all([options.page.waitForEvent('download'), options.exportButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^leverage-guard-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ app: 'leverage-guard', kind: 'settings', version: 3, settings: mine });

    await options.resetButton.click();
    await options.resetConfirm.click();
    await expect(options.transferStatus).toContainText('reset to the defaults');
    await expect.poll(() => background.storedSettings()).toMatchObject({ sites: {}, presets: [] });
    await expect(options.override('hyperliquid', 'maxLeverage')).toHaveValue('');

    await options.importInput.setInputFiles(file);
    await expect(options.transferStatus).toContainText('Imported');
    expect(await background.storedSettings()).toEqual(mine);
    await expect(options.override('hyperliquid', 'maxLeverage')).toHaveValue('4');
    await expect(options.siteEnabled('demo')).not.toBeChecked();
  });
});

test.describe('popup in Russian', () => {
  // Longer words than English: the same popup must still fit Chrome's 600 px.
  let context: BrowserContext | undefined;
  test.afterEach(async () => context?.close());

  test('a 600-px popup in Russian needs no scrolling either', async () => {
    const launched = await launchWithExtension(undefined, { locale: 'ru' });
    context = launched.context;
    await exposeClosedRootsToLocators(context);
    const demo = new DemoPage(await context.newPage());
    await demo.page.goto(DemoPage.url(launched.extensionId));
    await fullDemoOrder(demo);
    const popup = new PopupPage(await context.newPage());
    await popup.page.goto(PopupPage.url(launched.extensionId, await tabIdOf(demo.page)));
    await expect(popup.page.locator('html')).toHaveAttribute('lang', 'ru');
    await expectFits(popup);
  });
});

test.describe('popup with the site’s own limits and an override today, in every language', () => {
  // The tallest everyday state: the site's own limits add their lines and a button beside Save, the
  // header counts today's overrides. Each language's longest words must still fit Chrome's 600 px.
  let context: BrowserContext | undefined;
  test.afterEach(async () => context?.close());

  for (const locale of ['en', 'ru', 'zh-CN', 'ko', 'es', 'tr', 'vi']) {
    test(`${locale}: the demo site’s own limits and today’s override are shown, and the popup needs no scrolling`, async () => {
      const launched = await launchWithExtension(undefined, { locale });
      context = launched.context;
      await exposeClosedRootsToLocators(context);
      const background = Background.of(context);
      // The defaults for all sites; the demo exchange has its own max leverage and risk per trade.
      await background.storeSettings({
        limits: { maxLeverage: 10, minLiquidationDistance: 0.08, maxAccountLeverage: 5, maxLossAtStop: 0.02, riskPerTrade: 0.01, hard: [] },
        sites: { demo: { guard: 'confirm', enabled: true, overrides: { maxLeverage: 15, riskPerTrade: 0.005 } } },
        presets: [],
        discipline: { coolDown: 'none' },
        pending: [],
      });
      const now = await background.worker.evaluate(() => Date.now());
      await background.seedOverrideLog([
        { at: now, site: 'demo', symbol: 'BTCUSDT', side: 'long', leverage: 20, severity: 'danger', warnings: ['Leverage 20× is above your maximum of 15×.'] },
      ]);

      const demo = new DemoPage(await context.newPage());
      await demo.page.goto(DemoPage.url(launched.extensionId));
      await fullDemoOrder(demo);
      const popup = new PopupPage(await context.newPage());
      await popup.page.goto(PopupPage.url(launched.extensionId, await tabIdOf(demo.page)));
      await expect(popup.page.locator('html')).toHaveAttribute('lang', locale);
      await expect(popup.scopeHere).toBeChecked();
      await expect(popup.limit('maxLeverage')).toHaveValue('15');
      await expect(popup.overrideCount).toContainText('1');
      await expectFits(popup);

      // What this state adds is in view too: today's override, each own limit with the all-sites value, the way back.
      await expect(popup.overrideCount).toBeInViewport({ ratio: 1 });
      for (const key of ['maxLeverage', 'riskPerTrade'] as const) {
        await expect(popup.limitHelp(key)).toBeVisible();
        await expect(popup.limitHelp(key)).toBeInViewport({ ratio: 1 });
      }
      await expect(popup.limitHelp('maxLeverage')).toContainText('10×');
      await expect(popup.useAllSiteLimits).toBeInViewport({ ratio: 1 });
    });
  }
});
