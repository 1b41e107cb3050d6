import { test, expect } from './fixtures';
import { expectQuietThenTicketLost } from './pages/ticketLost';
import { BITMEX_FIXTURES, BitmexPage } from './pages/bitmexPage';
import { OverlayPart } from './pages/overlay';
import { riskCli } from './riskCli';
import { drifted, languages } from '../../src/venues/bitmex/fixtures/variants';

const TICKET = `${BITMEX_FIXTURES}/ticket.html`;
const MARK = 64251.5;
const BALANCE = 1.5;

test.describe('overlay on BitMEX', () => {
  test('XBTUSD: a quantity in USD contracts shows the cost in XBT and, for each side, the liquidation price the risk core computes', async ({ serveFixture, openPage }) => {
    await serveFixture(BitmexPage.url(), TICKET);
    const bx = new BitmexPage(await openPage(BitmexPage.url()));
    await bx.freezeMark(MARK);
    await bx.price('64000');
    await bx.qty('10000');
    await bx.leverage(5);

    await expect(bx.overlay.root.locator('[data-field="leverage"]')).toHaveText('5×');
    await expect.poll(() => bx.overlay.readingRows()).toMatchObject({
      symbol: 'XBTUSD',
      orderType: 'limit',
      price: '64000',
      markPrice: String(MARK),
      size: '10000 (contracts)',
      leverage: '5',
      marginMode: 'isolated',
      balance: String(BALANCE),
    });
    for (const side of ['long', 'short'] as const) {
      const overlay = new OverlayPart(bx.page, side);
      const cli = riskCli({
        venue: 'bitmex', symbol: 'XBTUSD', side, orderType: 'limit', price: 64000, markPrice: MARK,
        size: { value: 10000, unit: 'contracts' }, leverage: 5, marginMode: 'isolated', balance: BALANCE,
      });
      expect(cli.liquidationPrice).not.toBeNull();
      await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
      await expect.poll(() => overlay.numberOf(overlay.margin)).toBeCloseTo(cli.initialMargin!, 9);
      // Inverse contract: the margin is in the coin, in BitMEX's word "Cost".
      await expect(overlay.margin).toHaveText('0.031250 XBT');
    }
    await expect(bx.overlay.root).toContainText('Cost');
    await expect(bx.overlay.root).toContainText('Liquidation Price');
    // The fields it could not read are said plainly.
    await expect(bx.overlay.root.locator('[data-field="venueLiquidationPrice"]')).toContainText('not found (BitMEX shows its estimated liquidation price only in a tooltip');
    await expect(bx.overlay.root.locator('[data-field="stopLoss"]')).toContainText('not found');
  });

  test('the Simplified Chinese page reads the limit order as the English page does, for each side', async ({ serveFixture, openPage }) => {
    await serveFixture(BitmexPage.url(), TICKET, { transform: languages['zh-CN'].page });
    const bx = new BitmexPage(await openPage(BitmexPage.url()));
    await bx.freezeMark(MARK);
    await bx.typeInto('价格', '64000');
    await bx.typeInto('仓位', '10000');
    await expect.poll(() => bx.overlay.readingRows()).toMatchObject({
      symbol: 'XBTUSD',
      orderType: 'limit',
      price: '64000',
      markPrice: String(MARK),
      size: '10000 (contracts)',
      leverage: '10',
      marginMode: 'isolated',
      balance: String(BALANCE),
    });
    for (const side of ['long', 'short'] as const) {
      const overlay = new OverlayPart(bx.page, side);
      const cli = riskCli({
        venue: 'bitmex', symbol: 'XBTUSD', side, orderType: 'limit', price: 64000, markPrice: MARK,
        size: { value: 10000, unit: 'contracts' }, leverage: 10, marginMode: 'isolated', balance: BALANCE,
      });
      await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
    }
    await expect.poll(() => new OverlayPart(bx.page).severity()).not.toBe('unknown');
  });

  test('cross margin and a market order: the mark price is the entry, the balance backs the position', async ({ serveFixture, openPage }) => {
    await serveFixture(BitmexPage.url(), TICKET);
    const bx = new BitmexPage(await openPage(BitmexPage.url()));
    await bx.freezeMark(MARK);
    await bx.marginMode('Cross');
    await bx.orderType('Market');
    await bx.leverage(25);
    await bx.qty('150000');
    const field = (name: string) => bx.overlay.root.locator(`[data-field="${name}"]`);
    await expect(field('marginMode')).toHaveText('cross');
    await expect(field('price')).toContainText('market order uses the mark price');
    await expect(field('leverage')).toHaveText('25×');
    for (const side of ['long', 'short'] as const) {
      const overlay = new OverlayPart(bx.page, side);
      const cli = riskCli({
        venue: 'bitmex', symbol: 'XBTUSD', side, orderType: 'market', markPrice: MARK,
        size: { value: 150000, unit: 'contracts' }, leverage: 25, marginMode: 'cross', balance: BALANCE,
      });
      if (cli.liquidationPrice == null) await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeNull();
      else await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice, 6);
      await expect(overlay.margin).toContainText('XBT');
    }
  });

  test('follows the mark price, and a symbol switch to the linear XBTUSDT re-reads the form in XBT and USDT', async ({ serveFixture, openPage }) => {
    await serveFixture(BitmexPage.url(), TICKET);
    const bx = new BitmexPage(await openPage(BitmexPage.url()));
    await bx.qty('1000');
    const field = (name: string) => bx.overlay.root.locator(`[data-field="${name}"]`);
    await expect(field('markPrice')).toHaveAttribute('data-value', /^6\d{4}/);
    const first = await field('markPrice').textContent();
    await expect(field('markPrice')).not.toHaveText(first!, { timeout: 5000 });

    await bx.switchSymbol('XBTUSDT');
    expect(bx.page.url()).toBe(BitmexPage.url('XBTUSDT'));
    await bx.freezeMark(64251.3);
    await bx.qty('0.1');
    await expect(field('symbol')).toHaveText('XBTUSDT');
    await expect(field('size')).toHaveAttribute('data-value', '0.1');
    await expect(field('size')).toHaveAttribute('data-unit', 'base');
    await expect(field('balance')).toHaveAttribute('data-value', '10000');
    const long = new OverlayPart(bx.page, 'long');
    await expect(long.margin).toContainText('USDT');
    const cli = riskCli({
      venue: 'bitmex', symbol: 'XBTUSDT', side: 'long', orderType: 'limit', price: 64250.6, markPrice: 64251.3,
      size: { value: 0.1, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: 10000,
    });
    await expect.poll(() => long.numberOf(long.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
  });

  test('the overlay sits below the buttons without moving them, and a redeployed page still works', async ({ serveFixture, openPage }) => {
    await serveFixture(BitmexPage.url(), TICKET, { transform: drifted });
    const bx = new BitmexPage(await openPage(BitmexPage.url()));
    await bx.qty('100');
    await expect(bx.overlay.root).toBeVisible();
    const long = await bx.buyLong.boundingBox();
    const short = await bx.sellShort.boundingBox();
    const box = await bx.overlay.root.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(Math.max(long!.y + long!.height, short!.y + short!.height));
    await bx.qty('200');
    expect(await bx.buyLong.boundingBox()).toEqual(long);
    await expect.poll(() => bx.overlay.readingRows()).toMatchObject({ size: '200 (contracts)', leverage: '10', marginMode: 'isolated', balance: '1.5' });
    await bx.sellShort.click();
    await expect.poll(async () => (await bx.submits()).length).toBe(1);
  });

  test('a BitMEX trade page whose form has not rendered is quiet while it may be loading, then says the ticket cannot be found', async ({ serveFixture, openPage }) => {
    await serveFixture(BitmexPage.url(), `${BITMEX_FIXTURES}/no-ticket.html`);
    const page = await openPage(BitmexPage.url());
    await expectQuietThenTicketLost(page, 'BitMEX');
  });
});
