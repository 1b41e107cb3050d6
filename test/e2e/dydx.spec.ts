import { test, expect } from './fixtures';
import { expectQuietThenTicketLost } from './pages/ticketLost';
import { DYDX_FIXTURES, DydxPage } from './pages/dydxPage';
import { OverlayPart } from './pages/overlay';
import { riskCli } from './riskCli';
import { drifted, languages, positionsCollapsed } from '../../src/venues/dydx/fixtures/variants';

const TICKET = `${DYDX_FIXTURES}/ticket.html`;
const MARK = 64251;
const BALANCE = 1234.56;

test.describe('overlay on dYdX v4', () => {
  test('a limit long typed into the ticket shows the liquidation price the risk core computes', async ({ serveFixture, openPage }) => {
    await serveFixture(DydxPage.url(), TICKET);
    const dx = new DydxPage(await openPage(DydxPage.url()));
    await dx.freezeMark(MARK);
    await dx.price('64000');
    await dx.amount('0.25');
    await dx.leverage(10);
    await dx.marginMode('Isolated');

    await expect(dx.field('marginMode')).toHaveText('isolated');
    await expect(dx.field('leverage')).toHaveText('10×');
    await expect.poll(() => dx.overlay.readingRows()).toMatchObject({
      symbol: 'BTC-USD',
      side: 'long',
      orderType: 'limit',
      price: '64000',
      markPrice: String(MARK),
      size: '0.25 (base)',
      leverage: '10',
      marginMode: 'isolated',
      balance: String(BALANCE),
      takeProfit: 'none',
      stopLoss: 'none',
    });
    const cli = riskCli({
      venue: 'dydx', symbol: 'BTC-USD', side: 'long', orderType: 'limit', price: 64000, markPrice: MARK,
      size: { value: 0.25, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: BALANCE,
    });
    expect(cli.liquidationPrice).not.toBeNull();
    const overlay = new OverlayPart(dx.page);
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
    await expect.poll(() => overlay.numberOf(overlay.margin)).toBeCloseTo(cli.initialMargin!, 6);
    // dYdX's own receipt figure agrees with ours: no self-check warning; the overlay speaks dYdX's words.
    await expect(dx.field('venueLiquidationPrice')).not.toHaveText(/none|not found/);
    await expect(overlay.warning('selfCheck')).toHaveCount(0);
    await expect(overlay.root).toContainText('Position Margin');
  });

  test('a market short sized in USD, cross margin, follows the oracle price', async ({ serveFixture, openPage }) => {
    await serveFixture(DydxPage.url(), TICKET);
    const dx = new DydxPage(await openPage(DydxPage.url()));
    await dx.side('short');
    await dx.orderType('MARKET');
    await dx.toggleUnit();
    await dx.amount('5000');
    await expect(dx.field('side')).toHaveText('short');
    await expect(dx.field('price')).toContainText('market order uses the mark price');
    await expect(dx.field('size')).toHaveAttribute('data-value', '5000');
    await expect(dx.field('size')).toHaveAttribute('data-unit', 'quote');
    const first = await dx.field('markPrice').textContent();
    await expect(dx.field('markPrice')).not.toHaveText(first!, { timeout: 5000 });
    await dx.freezeMark(MARK);
    const cli = riskCli({
      venue: 'dydx', symbol: 'BTC-USD', side: 'short', orderType: 'market', markPrice: MARK,
      size: { value: 5000, unit: 'quote' }, leverage: 5, marginMode: 'cross', balance: BALANCE,
    });
    const overlay = new OverlayPart(dx.page);
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
  });

  test('the Chinese page (dYdX’s own zh-CN strings) reads the limit long exactly as the English page does', async ({ serveFixture, openPage }) => {
    await serveFixture(DydxPage.url(), TICKET, { transform: languages['zh-CN'].page });
    const dx = new DydxPage(await openPage(DydxPage.url()));
    await expect(dx.submit).toHaveText('下限价订单');
    await dx.freezeMark(MARK);
    await dx.price('64000');
    await dx.amount('0.25');
    await dx.leverage(10);

    await expect.poll(() => dx.overlay.readingRows()).toMatchObject({
      symbol: 'BTC-USD',
      side: 'long',
      orderType: 'limit',
      price: '64000',
      markPrice: String(MARK),
      size: '0.25 (base)',
      leverage: '10',
      marginMode: 'cross',
      balance: String(BALANCE),
      takeProfit: 'none',
      stopLoss: 'none',
    });
    const cli = riskCli({
      venue: 'dydx', symbol: 'BTC-USD', side: 'long', orderType: 'limit', price: 64000, markPrice: MARK,
      size: { value: 0.25, unit: 'base' }, leverage: 10, marginMode: 'cross', balance: BALANCE,
    });
    const overlay = new OverlayPart(dx.page);
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
    await expect.poll(() => overlay.severity()).not.toBe('unknown');
  });

  test('a market switch inside the page re-reads the re-rendered ticket', async ({ serveFixture, openPage }) => {
    await serveFixture(DydxPage.url(), TICKET);
    const dx = new DydxPage(await openPage(DydxPage.url()));
    await dx.amount('0.25');
    await expect(dx.field('symbol')).toHaveText('BTC-USD');
    await dx.switchMarket('ETH-USD');
    expect(dx.page.url()).toBe(DydxPage.url('ETH-USD'));
    await dx.amount('2');
    await expect(dx.field('symbol')).toHaveText('ETH-USD');
    await expect(dx.field('size')).toHaveAttribute('data-value', '2');
    await expect(dx.field('size')).toHaveAttribute('data-unit', 'base');
    await expect(dx.field('leverage')).toHaveText('10×');
    await expect(dx.field('markPrice')).toHaveAttribute('data-value', /^34\d{2}/);
  });

  test('the overlay sits below the submit button without moving it, also on a redeployed page', async ({ serveFixture, openPage }) => {
    await serveFixture(DydxPage.url(), TICKET, { transform: drifted });
    const dx = new DydxPage(await openPage(DydxPage.url()));
    await dx.amount('0.01');
    await expect(dx.overlay.root).toBeVisible();
    const before = await dx.submit.boundingBox();
    const box = await dx.overlay.root.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(before!.y + before!.height);
    await dx.amount('0.02');
    expect(await dx.submit.boundingBox()).toEqual(before);
    await dx.submit.click();
    await expect.poll(async () => (await dx.submits()).length).toBe(1);
  });

  test('a trade page without the trade box is quiet while it may be loading, then says the ticket cannot be found', async ({ serveFixture, openPage }) => {
    await serveFixture(DydxPage.url(), `${DYDX_FIXTURES}/no-ticket.html`);
    const page = await openPage(DydxPage.url());
    await expectQuietThenTicketLost(page, 'dYdX');
  });
});

test.describe('dYdX v4 with open positions', () => {
  const POSITIONS = `${DYDX_FIXTURES}/positions.html`;
  // What the fixture's Positions table shows (v4-web's columns), as npm run risk takes it.
  const held = { side: 'long', size: 0.5, entryPrice: 63500 };
  const others = [
    { symbol: 'ETH-USD', side: 'short', size: 4, entryPrice: 3450, markPrice: 3412.5, marginMode: 'cross' },
    { symbol: 'SOL-USD', side: 'long', size: 120, entryPrice: 142.15, markPrice: 145.21, marginMode: 'isolated' },
  ];

  test('a cross order adds to the BTC long held; the other cross position and the equity move its liquidation price, as npm run risk computes', async ({ serveFixture, openPage }) => {
    await serveFixture(DydxPage.url(), POSITIONS);
    const dx = new DydxPage(await openPage(DydxPage.url()));
    await dx.freezeMark(MARK);
    await dx.price('64000');
    await dx.amount('0.25');
    await dx.leverage(10);
    await dx.marginMode('Cross');
    const overlay = new OverlayPart(dx.page);
    await expect(overlay.root.getByTestId('lg-positions-read')).toHaveAttribute('data-count', '3');
    await expect(overlay.root.getByTestId('lg-position-change')).toHaveAttribute('data-kind', 'adds');
    const balance = Number((await overlay.readingRows()).balance);
    const cli = riskCli({
      venue: 'dydx', symbol: 'BTC-USD', side: 'long', orderType: 'limit', price: 64000, markPrice: MARK, size: { value: 0.25, unit: 'base' }, leverage: 10,
      marginMode: 'cross', balance, equity: 12480.4, position: held, otherPositions: others, fundingRate: 0.00000125, fundingIntervalHours: 1,
    }) as ReturnType<typeof riskCli> & { accountLeverage: number; marginRatio: { before: number; after: number } };
    expect(cli.liquidationPrice).not.toBeNull();
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
    await expect(overlay.accountLeverage).toHaveAttribute('data-covers', 'allPositions');
    expect(Number(await overlay.accountLeverage.getAttribute('data-value'))).toBeCloseTo(cli.accountLeverage, 9);
    const ratio = overlay.root.getByTestId('lg-margin-ratio');
    expect(Number(await ratio.getAttribute('data-before'))).toBeCloseTo(cli.marginRatio.before, 9);
    expect(Number(await ratio.getAttribute('data-after'))).toBeCloseTo(cli.marginRatio.after, 9);
  });

  test('a folded Positions panel is "positions unknown": the ticket alone is assessed and account leverage says "this symbol only"', async ({ serveFixture, openPage }) => {
    await serveFixture(DydxPage.url(), POSITIONS, { transform: positionsCollapsed });
    const dx = new DydxPage(await openPage(DydxPage.url()));
    await dx.freezeMark(MARK);
    await dx.price('64000');
    await dx.amount('0.25');
    await dx.leverage(10);
    await dx.marginMode('Cross');
    const overlay = new OverlayPart(dx.page);
    await expect(overlay.root.getByTestId('lg-positions-unknown')).toHaveAttribute('data-why', 'collapsed');
    await expect(overlay.accountLeverage).toHaveAttribute('data-covers', 'thisSymbol');
    await expect(overlay.root.getByTestId('lg-position-change')).toHaveCount(0);
    const balance = Number((await overlay.readingRows()).balance);
    const cli = riskCli({ venue: 'dydx', symbol: 'BTC-USD', side: 'long', orderType: 'limit', price: 64000, markPrice: MARK, size: { value: 0.25, unit: 'base' }, leverage: 10, marginMode: 'cross', balance, fundingRate: 0.00000125, fundingIntervalHours: 1 });
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
  });
});
