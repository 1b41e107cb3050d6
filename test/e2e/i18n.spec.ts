import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension } from './browser';
import { exposeClosedRootsToLocators } from './closedRoots';
import { DemoPage } from './pages/demoPage';
import { Background, OptionsPage, PopupPage, tabIdOf } from './pages/popup';

/**
 * Chromium in another language (`--lang` for the extension's messages, Playwright's `locale` for
 * `navigator.language`): the overlay, the popup, the badge's tooltip and the options page speak it,
 * and their figures are written by Intl in that locale, checked against Intl in the same page.
 * Debian's Chromium ships only the English UI; the extension's own locales do not depend on it.
 */

type WithChrome = {
  chrome: {
    i18n: { getUILanguage(): string };
    action: { getTitle(d: { tabId: number }): Promise<string> };
  };
};

let context: BrowserContext;
let extensionId: string;
let errors: string[];

async function launch(locale: string) {
  ({ context, extensionId } = await launchWithExtension(undefined, { locale }));
  await exposeClosedRootsToLocators(context);
  errors = [];
  context.on('weberror', (e) => errors.push(e.error().message));
}

async function open(url: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(url);
  return page;
}

/** The demo ticket at 20× (the default Moderate limits allow 10×) and a popup about its tab. */
async function dangerousDemoOrder() {
  const demo = new DemoPage(await open(DemoPage.url(extensionId)));
  await demo.leverage(20);
  await demo.size('0.5');
  await expect(demo.overlay.root).toHaveAttribute('data-severity', 'danger');
  const tabId = await tabIdOf(demo.page);
  const popup = new PopupPage(await open(PopupPage.url(extensionId, tabId)));
  await expect(popup.liveReport).toBeVisible();
  return { demo, popup, tabId };
}

/** What Intl writes for `n` with two decimals in the page's own locale. */
const intlAmount = (page: Page, n: number) =>
  page.evaluate((x) => new Intl.NumberFormat(navigator.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x), n);

test.afterEach(async () => {
  await context?.close();
  expect(errors, 'uncaught errors in the pages or the extension').toEqual([]);
});

test.describe('in Simplified Chinese (zh-CN)', () => {
  test.beforeEach(() => launch('zh-CN'));

  test('the overlay, the popup and the badge’s tooltip speak Chinese; the figures are zh-CN', async () => {
    const { demo, popup, tabId } = await dangerousDemoOrder();

    await expect(demo.overlay.status).toHaveText('超出你的限制');
    await expect(demo.overlay.root.locator('summary')).toHaveText('详情');
    // zh-CN writes a percentage with no space before the sign.
    await expect(demo.overlay.liqDistance).toHaveText(/^低于标记价格 \d+\.\d%$/);
    await expect(demo.overlay.root).toHaveAttribute('lang', 'zh-CN');

    expect(await popup.page.evaluate(() => [navigator.language, document.documentElement.lang, (globalThis as unknown as WithChrome).chrome.i18n.getUILanguage()])).toEqual([
      'zh-CN',
      'zh-CN',
      'zh-CN',
    ]);
    await expect(popup.page.locator('#limits-heading')).toHaveText('你的限制');
    await expect(popup.liveSeverity).toHaveText('超出你的限制');
    await expect(popup.page.getByRole('combobox', { name: '守护模式' })).toHaveValue('confirm');
    await expect(popup.page.getByTestId('live-liq-distance')).toHaveText(/^低于标记价格 \d+\.\d%$/);
    const margin = Number(await demo.overlay.margin.first().getAttribute('data-value'));
    await expect(popup.page.getByTestId('live-margin')).toHaveText(`${await intlAmount(popup.page, margin)} USDT`);

    // The risk core's warning, from its code and figures: Chinese words, the figure as the overlay writes it.
    await expect(demo.overlay.warning('maxLeverage')).toHaveText('杠杆 20× 高于你的上限 10×。');
    await expect(popup.page.getByTestId('live-warnings').locator('li[data-code="maxLeverage"]')).toContainText('杠杆 20× 高于你的上限 10×。');
    await expect(demo.overlay.warning('noStopLoss')).toHaveText('未设置止损，因此不检查你的最大亏损（权益的 2%）。');

    const title = await Background.of(context).worker.evaluate((id) => (globalThis as unknown as WithChrome).chrome.action.getTitle({ tabId: id }), tabId);
    expect(title).toMatch(/^Leverage Guard：仓位杠杆 20×（超出你的限制）$/);
  });

  test('the options page speaks Chinese, with percentages, counts and dates in zh-CN', async () => {
    const at = Date.UTC(2026, 2, 14, 9, 30, 5);
    await Background.of(context).seedOverrideLog([
      { at, site: 'demo', symbol: 'BTCUSDT', side: 'long', leverage: 20, severity: 'danger', warnings: ['Leverage 20× is above your maximum of 10×.'] },
    ]);
    const options = new OptionsPage(await open(OptionsPage.url(extensionId)));

    await expect(options.page.locator('#global-heading')).toHaveText('所有网站的限制');
    await expect(options.page).toHaveTitle('Leverage Guard 设置');
    await expect(options.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(options.page.getByRole('button', { name: '恢复默认设置…' })).toBeVisible();
    // Built-in presets through Intl: "20%", not the English "20 %".
    await expect(options.page.getByText(/^内置预设：/)).toContainText('保守（3×, 20%, 2×, 1%）');
    await expect(options.page.getByTestId('override-log')).toContainText('保留最新的 1,000 条');

    const row = options.page.getByTestId('override-row');
    await expect(row.locator('td').nth(0)).toHaveText(await options.page.evaluate((t) => new Date(t).toLocaleString('zh-CN'), at));
    await expect(row.locator('td').nth(3)).toHaveText('做多');
    await expect(row.locator('td').nth(5)).toHaveText('超出你的限制');
    // A record keeps the words it was made with (here, seeded in English).
    await expect(row.locator('td').nth(6)).toHaveText('Leverage 20× is above your maximum of 10×.');
  });
});

test.describe('in Russian (ru)', () => {
  test.beforeEach(() => launch('ru'));

  test('the popup speaks Russian and writes amounts with a decimal comma and spaced thousands', async () => {
    const { demo, popup } = await dangerousDemoOrder();
    await expect(popup.page.locator('#limits-heading')).toHaveText('Ваши лимиты');
    await expect(popup.liveSeverity).toHaveText('Нарушает ваши лимиты');
    const margin = Number(await demo.overlay.margin.first().getAttribute('data-value'));
    const shown = `${await intlAmount(popup.page, margin)} USDT`;
    expect(shown).toMatch(/^\d{1,3}([\u00a0\u202f ]\d{3})*,\d{2} USDT$/);
    await expect(popup.page.getByTestId('live-margin')).toHaveText(shown);
    await expect(popup.page.getByTestId('live-leverage')).toHaveText('20×');
    // The warning's figure with the Russian decimal comma, as the figure above it.
    await expect(demo.overlay.warning('maxLeverage')).toHaveText('Плечо 20× выше вашего максимума 10×.');
    // What it read, in Russian figures: "0,5 BTC", the balance with its decimal comma.
    const read = (name: string) => demo.overlay.root.locator(`[data-field="${name}"]`);
    await expect(read('size')).toHaveText('0,5 BTC');
    const balance = Number(await read('balance').getAttribute('data-value'));
    await expect(read('balance')).toHaveText(`${await intlAmount(demo.page, balance)} USDT`);
  });
});
