import { test, expect } from './fixtures';
import { expectQuietThenTicketLost } from './pages/ticketLost';
import { BYBIT_FIXTURES, BybitPage, SIMPLIFIED_CHINESE } from './pages/bybitPage';
import { OverlayPart } from './pages/overlay';
import { riskCli } from './riskCli';
import { drifted, languages } from '../../src/venues/bybit/fixtures/variants';

const TICKET = `${BYBIT_FIXTURES}/ticket.html`;
const MARK = 64251.3;
const INVERSE_MARK = 64251.5;

test.describe('overlay on Bybit derivatives', () => {
  test('USDT perpetual: typing price, quantity and leverage shows, for each side, the liquidation price the risk core computes', async ({ serveFixture, openPage }) => {
    await serveFixture(BybitPage.url(), TICKET);
    const by = new BybitPage(await openPage(BybitPage.url()));
    await by.freezeMark(MARK);
    await by.price('64000');
    await by.qty('0.5');
    await by.leverage(20);
    await by.marginMode('Isolated');

    await expect(by.overlay.root.locator('[data-field="marginMode"]')).toHaveText('isolated');
    await expect.poll(() => by.overlay.readingRows()).toMatchObject({
      symbol: 'BTCUSDT',
      orderType: 'limit',
      price: '64000',
      markPrice: String(MARK),
      size: '0.5 (base)',
      leverage: '20',
      marginMode: 'isolated',
      balance: '10000',
      takeProfit: 'none',
      stopLoss: 'none',
    });
    for (const side of ['long', 'short'] as const) {
      const overlay = new OverlayPart(by.page, side);
      const cli = riskCli({
        venue: 'bybit-linear', symbol: 'BTCUSDT', side, orderType: 'limit', price: 64000, markPrice: MARK,
        size: { value: 0.5, unit: 'base' }, leverage: 20, marginMode: 'isolated', balance: 10000,
      });
      expect(cli.liquidationPrice).not.toBeNull();
      await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
      await expect.poll(() => overlay.numberOf(overlay.margin)).toBeCloseTo(cli.initialMargin!, 6);
      await expect(overlay.margin).toContainText('USDT');
    }
    // Bybit's own words beside the figures.
    await expect(by.overlay.root).toContainText('Est. Liq. Price');
    await expect(by.overlay.root).toContainText('Initial Margin');
  });

  test('inverse BTCUSD: quantity in USD contracts, margin shown in BTC, liquidation as the risk core computes', async ({ serveFixture, openPage }) => {
    const url = BybitPage.url('BTCUSD', 'inverse');
    await serveFixture(url, TICKET);
    const by = new BybitPage(await openPage(url));
    await by.freezeMark(INVERSE_MARK);
    await by.price('64000');
    await by.qty('10000');
    await expect(by.overlay.root.locator('[data-field="size"]')).toHaveAttribute('data-value', '10000');
    await expect(by.overlay.root.locator('[data-field="size"]')).toHaveAttribute('data-unit', 'contracts');
    await expect.poll(() => by.overlay.readingRows()).toMatchObject({ symbol: 'BTCUSD', balance: '0.5', leverage: '10', marginMode: 'cross' });
    for (const side of ['long', 'short'] as const) {
      const overlay = new OverlayPart(by.page, side);
      const cli = riskCli({
        venue: 'bybit-inverse', symbol: 'BTCUSD', side, orderType: 'limit', price: 64000, markPrice: INVERSE_MARK,
        size: { value: 10000, unit: 'contracts' }, leverage: 10, marginMode: 'cross', balance: 0.5,
      });
      await expect.poll(() => overlay.numberOf(overlay.margin)).toBeCloseTo(cli.initialMargin!, 9);
      await expect(overlay.margin).toHaveText(/^0\.015625 BTC$/);
      if (cli.liquidationPrice == null) await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeNull();
      else await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice, 6);
    }
  });

  test('a symbol switch inside the page, from BTCUSDT to the inverse BTCUSD, re-reads the rebuilt order zone in the coin', async ({ serveFixture, openPage }) => {
    await serveFixture(BybitPage.url(), TICKET);
    const by = new BybitPage(await openPage(BybitPage.url()));
    await by.qty('0.5');
    const field = (name: string) => by.overlay.root.locator(`[data-field="${name}"]`);
    await expect(field('size')).toHaveAttribute('data-value', '0.5');
    await expect(field('size')).toHaveAttribute('data-unit', 'base');
    const mark = field('markPrice');
    const first = await mark.textContent();
    await expect(mark).not.toHaveText(first!, { timeout: 5000 });

    await by.switchSymbol('BTCUSD');
    expect(by.page.url()).toBe(BybitPage.url('BTCUSD', 'inverse'));
    await by.freezeMark(INVERSE_MARK);
    await by.qty('5000');
    await expect(field('symbol')).toHaveText('BTCUSD');
    await expect(field('size')).toHaveAttribute('data-value', '5000');
    await expect(field('size')).toHaveAttribute('data-unit', 'contracts');
    await expect(field('balance')).toHaveAttribute('data-value', '0.5');
    const long = new OverlayPart(by.page, 'long');
    await expect(long.margin).toContainText('BTC');
    const cli = riskCli({
      venue: 'bybit-inverse', symbol: 'BTCUSD', side: 'long', orderType: 'limit', price: 64250.5, markPrice: INVERSE_MARK,
      size: { value: 5000, unit: 'contracts' }, leverage: 10, marginMode: 'cross', balance: 0.5,
    });
    await expect.poll(() => long.numberOf(long.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
  });

  test('market orders use the mark price; Order by Value is read in USDT, Order by Cost is named as unreadable', async ({ serveFixture, openPage }) => {
    await serveFixture(BybitPage.url(), TICKET);
    const by = new BybitPage(await openPage(BybitPage.url()));
    await by.freezeMark(MARK);
    await by.orderType('Market');
    await by.orderBy('Order by Value');
    await by.qty('1000');
    const field = (name: string) => by.overlay.root.locator(`[data-field="${name}"]`);
    await expect(field('price')).toContainText('market order uses the mark price');
    await expect(field('size')).toHaveAttribute('data-value', '1000');
    await expect(field('size')).toHaveAttribute('data-unit', 'quote');
    const short = new OverlayPart(by.page, 'short');
    const cli = riskCli({
      venue: 'bybit-linear', symbol: 'BTCUSDT', side: 'short', orderType: 'market', markPrice: MARK,
      size: { value: 1000, unit: 'quote' }, leverage: 10, marginMode: 'cross', balance: 10000,
    });
    await expect.poll(() => short.numberOf(short.margin)).toBeCloseTo(cli.initialMargin!, 6);
    await by.orderBy('Order by Cost');
    await by.qty('100');
    await expect(field('size')).toContainText('Order by Cost');
    await expect(by.overlay.warnings.filter({ hasText: 'Cannot read the size' })).toHaveCount(1);
  });

  test('the overlay sits below the buttons without moving them, and a redeployed page (every class renamed) still works', async ({ serveFixture, openPage }) => {
    await serveFixture(BybitPage.url(), TICKET, { transform: drifted });
    const by = new BybitPage(await openPage(BybitPage.url()));
    await by.qty('0.1');
    await expect(by.overlay.root).toBeVisible();
    const long = await by.buyLong.boundingBox();
    const short = await by.sellShort.boundingBox();
    const box = await by.overlay.root.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(Math.max(long!.y + long!.height, short!.y + short!.height));
    await by.qty('0.2');
    await by.price('63000');
    expect(await by.buyLong.boundingBox()).toEqual(long);
    await expect.poll(() => by.overlay.readingRows()).toMatchObject({ size: '0.2 (base)', price: '63000', leverage: '10', marginMode: 'cross', balance: '10000' });
    await by.buyLong.click();
    await expect.poll(async () => (await by.submits()).length).toBe(1);
  });

  test('a Bybit trade page whose order zone has not rendered is quiet while it may be loading, then says the ticket cannot be found', async ({ serveFixture, openPage }) => {
    await serveFixture(BybitPage.url(), `${BYBIT_FIXTURES}/no-ticket.html`);
    const page = await openPage(BybitPage.url());
    await expectQuietThenTicketLost(page, 'Bybit Derivatives');
  });

  test('the Simplified Chinese page (/zh-MY/) is read from its Chinese labels: the same reading as the English page, the liquidation prices the risk core computes', async ({ serveFixture, openPage }) => {
    test.slow(); // two pages: the English one, then the translated one
    /** Price 64,000 and quantity 0.5 typed, with the mark frozen. */
    const typeOrder = async (by: BybitPage) => {
      await by.freezeMark(MARK);
      await by.price('64000');
      await by.qty('0.5');
    };
    await serveFixture(BybitPage.url(), TICKET);
    const english = new BybitPage(await openPage(BybitPage.url()));
    await typeOrder(english);
    await expect.poll(async () => (await english.overlay.readingRows()).size).toMatch(/0\.5/);
    const englishRows = await english.overlay.readingRows();
    await english.page.close();

    const url = BybitPage.url('BTCUSDT', 'usdt', 'zh-MY');
    await serveFixture(url, TICKET, { transform: languages['zh-CN']!.page });
    const by = new BybitPage(await openPage(url), SIMPLIFIED_CHINESE);
    await typeOrder(by);
    await expect.poll(() => by.overlay.readingRows()).toEqual(englishRows);
    for (const side of ['long', 'short'] as const) {
      const overlay = new OverlayPart(by.page, side);
      const cli = riskCli({
        venue: 'bybit-linear', symbol: 'BTCUSDT', side, orderType: 'limit', price: 64000, markPrice: MARK,
        size: { value: 0.5, unit: 'base' }, leverage: 10, marginMode: 'cross', balance: 10000,
      });
      await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
    }
    await expect(by.overlay.root).toHaveAttribute('data-severity', /^(safe|caution|danger|blocked)$/);
  });
});
