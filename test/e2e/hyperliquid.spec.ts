import { test, expect } from './fixtures';
import { expectQuietThenTicketLost } from './pages/ticketLost';
import { HYPERLIQUID_FIXTURES, HyperliquidPage } from './pages/hyperliquidPage';
import { OverlayPart } from './pages/overlay';
import { riskCli } from './riskCli';
import { drifted } from '../../src/venues/hyperliquid/fixtures/variants';

const TICKET = `${HYPERLIQUID_FIXTURES}/ticket.html`;
const MARK = 64251;
const BALANCE = 10000;

test.describe('overlay on Hyperliquid', () => {
  test('a limit short typed into the ticket shows the liquidation price the risk core computes', async ({ serveFixture, openPage }) => {
    await serveFixture(HyperliquidPage.url(), TICKET);
    const hl = new HyperliquidPage(await openPage(HyperliquidPage.url()));
    await hl.freezeMark(MARK);
    await hl.orderType('Limit');
    await hl.side('short');
    await hl.price('64000');
    await hl.size('0.5');
    await hl.leverage(10);
    await hl.marginMode('Isolated');

    await expect(hl.overlay.root.locator('[data-field="marginMode"]')).toHaveText('isolated');
    await expect.poll(() => hl.overlay.readingRows()).toMatchObject({
      symbol: 'BTC',
      side: 'short',
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
    const cli = riskCli({
      venue: 'hyperliquid', symbol: 'BTC', side: 'short', orderType: 'limit', price: 64000, markPrice: MARK,
      size: { value: 0.5, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: BALANCE,
    });
    const overlay = new OverlayPart(hl.page);
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
    await expect.poll(() => overlay.numberOf(overlay.margin)).toBeCloseTo(cli.initialMargin!, 6);
  });

  test('follows the side toggle, the Market tab, the USDC unit and the mark price ticks', async ({ serveFixture, openPage }) => {
    await serveFixture(HyperliquidPage.url(), TICKET);
    const hl = new HyperliquidPage(await openPage(HyperliquidPage.url()));
    await hl.size('0.5');
    const field = (name: string) => hl.overlay.root.locator(`[data-field="${name}"]`);
    await expect(field('side')).toHaveText('long');
    await expect(field('orderType')).toHaveText('market');
    await expect(field('price')).toContainText('market order uses the mark price');
    await hl.side('short');
    await expect(field('side')).toHaveText('short');
    await hl.sizeUnit('USDC');
    await hl.size('1000');
    await expect(field('size')).toHaveAttribute('data-value', '1000');
    await expect(field('size')).toHaveAttribute('data-unit', 'quote');
    const first = await field('markPrice').textContent();
    await expect(field('markPrice')).not.toHaveText(first!, { timeout: 5000 });
  });

  test('a coin switch inside the page re-reads the rebuilt ticket', async ({ serveFixture, openPage }) => {
    await serveFixture(HyperliquidPage.url(), TICKET);
    const hl = new HyperliquidPage(await openPage(HyperliquidPage.url()));
    await hl.size('0.5');
    await hl.switchCoin('ETH');
    expect(hl.page.url()).toBe(HyperliquidPage.url('ETH'));
    await hl.size('2');
    const field = (name: string) => hl.overlay.root.locator(`[data-field="${name}"]`);
    await expect(field('symbol')).toHaveText('ETH');
    await expect(field('size')).toHaveAttribute('data-value', '2');
    await expect(field('size')).toHaveAttribute('data-unit', 'base');
    await expect(field('leverage')).toHaveText('10×');
    await expect(field('markPrice')).toHaveAttribute('data-value', /^34\d{2}/);
  });

  test('the overlay sits below Place Order without moving it, and a redeployed page (new classes) still works', async ({ serveFixture, openPage }) => {
    await serveFixture(HyperliquidPage.url(), TICKET, { transform: drifted });
    const hl = new HyperliquidPage(await openPage(HyperliquidPage.url()));
    await hl.size('0.5');
    await expect(hl.overlay.root).toBeVisible();
    const before = await hl.submit.boundingBox();
    const box = await hl.overlay.root.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(before!.y + before!.height);
    await hl.size('0.75');
    await hl.side('short');
    expect(await hl.submit.boundingBox()).toEqual(before);
    await expect(hl.overlay.root.locator('[data-field="side"]')).toHaveText('short');
    // An order within the trader's limits goes through untouched (guard mode holds only dangerous ones).
    await hl.leverage(3);
    await hl.size('0.01');
    await expect(hl.overlay.root).toHaveAttribute('data-severity', /safe|caution/);
    await hl.submit.click();
    await expect.poll(async () => (await hl.submits()).length).toBe(1);
  });

  test('a trade page whose ticket has not rendered is quiet while it may be loading, then says the ticket cannot be found', async ({ serveFixture, openPage }) => {
    await serveFixture(HyperliquidPage.url(), `${HYPERLIQUID_FIXTURES}/no-ticket.html`);
    const page = await openPage(HyperliquidPage.url());
    await expectQuietThenTicketLost(page, 'Hyperliquid');
  });
});
