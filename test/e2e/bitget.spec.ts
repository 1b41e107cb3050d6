import { test, expect } from './fixtures';
import { expectQuietThenTicketLost } from './pages/ticketLost';
import { BITGET_FIXTURES, BitgetPage, ONE_WAY_BUY_SELL, SIMPLIFIED_CHINESE, SPANISH, type BitgetWords } from './pages/bitgetPage';
import { OverlayPart } from './pages/overlay';
import { riskCli } from './riskCli';
import { drifted, languages, oneWayBuySell } from '../../src/venues/bitget-usdtm/fixtures/variants';

const TICKET = `${BITGET_FIXTURES}/ticket.html`;
const MARK = 64251.3;
const BALANCE = 10000;

test.describe('overlay on Bitget USDT-M futures', () => {
  test('typing price, quantity and leverage shows, for each side, the liquidation price the risk core computes', async ({ serveFixture, openPage }) => {
    await serveFixture(BitgetPage.url(), TICKET);
    const bg = new BitgetPage(await openPage(BitgetPage.url()));
    await bg.freezeMark(MARK);
    await bg.price('64000');
    await bg.qty('0.5');
    await bg.leverage(10);
    await bg.marginMode('Isolated');

    await expect(bg.overlay.root.locator('[data-field="marginMode"]')).toHaveText('isolated');
    await expect.poll(() => bg.overlay.readingRows()).toMatchObject({
      symbol: 'BTCUSDT',
      orderType: 'limit',
      price: '64000',
      markPrice: String(MARK),
      size: '0.5 (base)',
      leverage: '10',
      marginMode: 'isolated',
      balance: String(BALANCE),
      takeProfit: 'none',
      stopLoss: 'none',
    });
    for (const side of ['long', 'short'] as const) {
      const overlay = new OverlayPart(bg.page, side);
      const cli = riskCli({
        venue: 'bitget-usdtm', symbol: 'BTCUSDT', side, orderType: 'limit', price: 64000, markPrice: MARK,
        size: { value: 0.5, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: BALANCE,
      });
      expect(cli.liquidationPrice).not.toBeNull();
      await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
      await expect.poll(() => overlay.numberOf(overlay.margin)).toBeCloseTo(cli.initialMargin!, 6);
    }
    await expect(bg.overlay.root).toContainText('Est. liq. price');
  });

  test('market orders use the mark price; the USDT unit and cross margin are followed', async ({ serveFixture, openPage }) => {
    await serveFixture(BitgetPage.url(), TICKET);
    const bg = new BitgetPage(await openPage(BitgetPage.url()));
    await bg.freezeMark(MARK);
    await bg.orderType('Market');
    await bg.unit('USDT');
    await bg.qty('5000');
    const field = (name: string) => bg.overlay.root.locator(`[data-field="${name}"]`);
    await expect(field('orderType')).toHaveText('market');
    await expect(field('price')).toContainText('market order uses the mark price');
    await expect(field('size')).toHaveAttribute('data-value', '5000');
    await expect(field('size')).toHaveAttribute('data-unit', 'quote');
    for (const side of ['long', 'short'] as const) {
      const overlay = new OverlayPart(bg.page, side);
      const cli = riskCli({
        venue: 'bitget-usdtm', symbol: 'BTCUSDT', side, orderType: 'market', markPrice: MARK,
        size: { value: 5000, unit: 'quote' }, leverage: 20, marginMode: 'cross', balance: BALANCE,
      });
      // Cross long with more balance than the order's value: never liquidated (null on both).
      if (cli.liquidationPrice == null) await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeNull();
      else await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice, 6);
      await expect.poll(() => overlay.numberOf(overlay.margin)).toBeCloseTo(cli.initialMargin!, 6);
    }
  });

  test('follows the mark price as it ticks, and a symbol switch inside the page', async ({ serveFixture, openPage }) => {
    await serveFixture(BitgetPage.url(), TICKET);
    const bg = new BitgetPage(await openPage(BitgetPage.url()));
    await bg.qty('0.5');
    const field = (name: string) => bg.overlay.root.locator(`[data-field="${name}"]`);
    await expect(field('markPrice')).toHaveAttribute('data-value', /^6\d{4}/);
    const first = await field('markPrice').textContent();
    await expect(field('markPrice')).not.toHaveText(first!, { timeout: 5000 });

    await bg.switchSymbol('ETHUSDT');
    expect(bg.page.url()).toBe(BitgetPage.url('ETHUSDT'));
    await bg.qty('2');
    await expect(field('symbol')).toHaveText('ETHUSDT');
    await expect(field('size')).toHaveAttribute('data-value', '2');
    await expect(field('size')).toHaveAttribute('data-unit', 'base');
    await expect(field('leverage')).toHaveText('10×');
    await expect(field('markPrice')).toHaveAttribute('data-value', /^34\d{2}/);
  });

  test('the overlay sits below the buttons without moving them, and a redeployed page still works', async ({ serveFixture, openPage }) => {
    await serveFixture(BitgetPage.url(), TICKET, { transform: drifted });
    const bg = new BitgetPage(await openPage(BitgetPage.url()));
    // The fixture keeps its price box at the ticking last price: an order that guard mode holds
    // must not change under the trader's tick (it would be another order, and untick it).
    await bg.freezeMark(MARK);
    await bg.qty('0.1');
    await expect(bg.overlay.root).toBeVisible();
    const long = await bg.openLong.boundingBox();
    const short = await bg.openShort.boundingBox();
    const box = await bg.overlay.root.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(Math.max(long!.y + long!.height, short!.y + short!.height));
    await bg.qty('0.2');
    expect(await bg.openLong.boundingBox()).toEqual(long);
    await expect.poll(() => bg.overlay.readingRows()).toMatchObject({ size: '0.2 (base)', orderType: 'limit', leverage: '20', marginMode: 'cross' });
    // 20x breaks the default leverage limit: guard mode holds the click on Open short until confirmed.
    await bg.openShort.click();
    await expect(bg.overlay.confirmPanel).toBeVisible();
    expect(await bg.submits()).toHaveLength(0);
    await bg.overlay.understand.check();
    await bg.overlay.placeAnyway.click();
    await expect.poll(() => bg.submits()).toHaveLength(1);
  });

  test('a Bitget futures page whose form has not rendered is quiet while it may be loading, then says the ticket cannot be found', async ({ serveFixture, openPage }) => {
    await serveFixture(BitgetPage.url(), `${BITGET_FIXTURES}/no-ticket.html`);
    const page = await openPage(BitgetPage.url());
    await expectQuietThenTicketLost(page, 'Bitget USDT-M Futures');
  });

  /** Price 64,000 and quantity 0.5 typed, with the mark frozen. */
  const typeOrder = async (bg: BitgetPage) => {
    await bg.freezeMark(MARK);
    await bg.price('64000');
    await bg.qty('0.5');
  };

  for (const [name, url, transform, words] of [
    ['the zh-CN page (/zh-CN/), read from its Chinese labels', BitgetPage.url('BTCUSDT', 'zh-CN'), languages['zh-CN']!.page, SIMPLIFIED_CHINESE],
    ['the Spanish page (/es/), read from its Spanish labels', BitgetPage.url('BTCUSDT', 'es'), languages.es!.page, SPANISH],
    ['one-way mode worded Buy / Sell', BitgetPage.url(), oneWayBuySell, ONE_WAY_BUY_SELL],
  ] as [string, string, (html: string) => string, BitgetWords][]) {
    test(`${name}: the same reading as the English hedge-mode page, the liquidation prices the risk core computes`, async ({ serveFixture, openPage }) => {
      test.slow(); // two pages: the English one, then the translated one
      await serveFixture(BitgetPage.url(), TICKET);
      const english = new BitgetPage(await openPage(BitgetPage.url()));
      await typeOrder(english);
      await expect.poll(async () => (await english.overlay.readingRows()).size).toMatch(/0\.5/);
      const englishRows = await english.overlay.readingRows();
      await english.page.close();

      await serveFixture(url, TICKET, { transform });
      const bg = new BitgetPage(await openPage(url), words);
      await typeOrder(bg);
      await expect.poll(() => bg.overlay.readingRows()).toEqual(englishRows);
      for (const side of ['long', 'short'] as const) {
        const overlay = new OverlayPart(bg.page, side);
        const cli = riskCli({
          venue: 'bitget-usdtm', symbol: 'BTCUSDT', side, orderType: 'limit', price: 64000, markPrice: MARK,
          size: { value: 0.5, unit: 'base' }, leverage: 20, marginMode: 'cross', balance: BALANCE,
        });
        await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
      }
      await expect(bg.overlay.root).toHaveAttribute('data-severity', /^(safe|caution|danger|blocked)$/);
    });
  }
});
