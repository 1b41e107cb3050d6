import { test, expect } from './fixtures';
import { BINANCE_FIXTURES, BinancePage } from './pages/binancePage';
import { OverlayPart } from './pages/overlay';
import { ticketLostNotice } from './pages/ticketLost';
import { riskCli } from './riskCli';
import { languages } from '../../src/venues/binance-usdm/fixtures/variants';

const TICKET = `${BINANCE_FIXTURES}/ticket.html`;
const MARK = 64251.3;
const BALANCE = 1234.56;

test.describe('overlay on Binance USDⓈ-M Futures', () => {
  test('typing price, size and leverage shows, for each side, the liquidation price the risk core computes', async ({ serveFixture, openPage }) => {
    await serveFixture(BinancePage.url(), TICKET);
    const bn = new BinancePage(await openPage(BinancePage.url()));
    await bn.freezeMark(MARK);
    await bn.price('64000');
    await bn.size('0.1');
    await bn.leverage(10);

    await expect(bn.overlay.root.locator('[data-field="leverage"]')).toHaveText('10×');
    await expect.poll(() => bn.overlay.readingRows()).toMatchObject({
      symbol: 'BTCUSDT',
      orderType: 'limit',
      price: '64000',
      markPrice: String(MARK),
      size: '0.1 (base)',
      leverage: '10',
      marginMode: 'cross',
      balance: String(BALANCE),
      takeProfit: 'none',
      stopLoss: 'none',
    });
    // Binance offers both sides at once: the overlay assesses each.
    for (const side of ['long', 'short'] as const) {
      const overlay = new OverlayPart(bn.page, side);
      const cli = riskCli({
        venue: 'binance-usdm', symbol: 'BTCUSDT', side, orderType: 'limit', price: 64000, markPrice: MARK,
        size: { value: 0.1, unit: 'base' }, leverage: 10, marginMode: 'cross', balance: BALANCE,
      });
      expect(cli.liquidationPrice).not.toBeNull();
      await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
      await expect.poll(() => overlay.numberOf(overlay.margin)).toBeCloseTo(cli.initialMargin!, 6);
    }
  });

  test('market orders use the mark price; the unit switch and isolated margin are followed', async ({ serveFixture, openPage }) => {
    await serveFixture(BinancePage.url(), TICKET);
    const bn = new BinancePage(await openPage(BinancePage.url()));
    await bn.freezeMark(MARK);
    await bn.size('0.1');
    await bn.orderType('MARKET');
    await expect(bn.overlay.root.locator('[data-field="price"]')).toContainText('market order uses the mark price');
    await bn.sizeUnit('USDT');
    await bn.size('1000');
    await expect(bn.overlay.root.locator('[data-field="size"]')).toHaveAttribute('data-value', '1000');
    await expect(bn.overlay.root.locator('[data-field="size"]')).toHaveAttribute('data-unit', 'quote');
    // Written as the trader would write it: grouped, with the asset's name.
    await expect(bn.overlay.root.locator('[data-field="size"]')).toHaveText('1,000 USDT');
    await expect(bn.overlay.root.locator('[data-field="markPrice"]')).toHaveText('64,251.3');
    await bn.marginMode('Isolated');
    await expect(bn.overlay.root.locator('[data-field="marginMode"]')).toHaveText('isolated');
    const long = riskCli({
      venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', orderType: 'market', markPrice: MARK,
      size: { value: 1000, unit: 'quote' }, leverage: 20, marginMode: 'isolated', balance: BALANCE,
    });
    const overlay = new OverlayPart(bn.page, 'long');
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(long.liquidationPrice!, 6);
  });

  test('follows the mark price as it ticks, and a symbol switch inside the page', async ({ serveFixture, openPage }) => {
    await serveFixture(BinancePage.url(), TICKET);
    const bn = new BinancePage(await openPage(BinancePage.url()));
    await bn.size('0.1');
    const mark = bn.overlay.root.locator('[data-field="markPrice"]');
    await expect(mark).toHaveText(/^6\d,\d{3}/);
    const first = await mark.textContent();
    await expect(mark).not.toHaveText(first!, { timeout: 5000 });

    await bn.switchSymbol('ETHUSDT');
    expect(bn.page.url()).toBe(BinancePage.url('ETHUSDT'));
    await bn.size('2');
    await expect(bn.overlay.root.locator('[data-field="symbol"]')).toHaveText('ETHUSDT');
    await expect(bn.overlay.root.locator('[data-field="size"]')).toHaveAttribute('data-value', '2');
    await expect(bn.overlay.root.locator('[data-field="size"]')).toHaveAttribute('data-unit', 'base');
    await expect(bn.overlay.root.locator('[data-field="leverage"]')).toHaveText('10×');
    await expect(mark).toHaveText(/^3,4\d{2}/);
  });

  test('the overlay sits below the submit buttons, does not shift them, and submitting still works', async ({ serveFixture, openPage }) => {
    await serveFixture(BinancePage.url(), TICKET);
    const bn = new BinancePage(await openPage(BinancePage.url()));
    await bn.size('0.1');
    await expect(bn.overlay.root).toBeVisible();
    const long = await bn.openLong.boundingBox();
    const short = await bn.openShort.boundingBox();
    const box = await bn.overlay.root.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(Math.max(long!.y + long!.height, short!.y + short!.height));
    await bn.size('0.25');
    await bn.price('63000');
    expect(await bn.openLong.boundingBox()).toEqual(long);
    // An order within the trader's limits goes through untouched (guard mode holds only dangerous ones).
    await bn.leverage(3);
    await bn.size('0.01');
    await expect(bn.overlay.root).toHaveAttribute('data-severity', /safe|caution/);
    await bn.openLong.click();
    await bn.openShort.click();
    await expect.poll(async () => (await bn.submits()).length).toBe(2);
  });

  test('the zh-CN page is read from its Chinese labels: the same reading as the English page, the liquidation prices the risk core computes', async ({ serveFixture, openPage }) => {
    test.slow(); // two pages: the English one, then the Chinese one
    /** Size 0.1 typed at the page's price (64,250) and 20x cross, with the mark frozen. */
    const typeOrder = async (bn: BinancePage) => {
      await bn.freezeMark(MARK);
      await bn.size('0.1');
    };
    await serveFixture(BinancePage.url(), TICKET);
    const english = new BinancePage(await openPage(BinancePage.url()));
    await typeOrder(english);
    await expect.poll(async () => (await english.overlay.readingRows()).size).toMatch(/0\.1/);
    const englishRows = await english.overlay.readingRows();
    await english.page.close();

    const url = BinancePage.url('BTCUSDT', 'zh-CN');
    await serveFixture(url, TICKET, { transform: languages['zh-CN']!.page });
    const bn = new BinancePage(await openPage(url));
    await typeOrder(bn);
    await expect.poll(() => bn.overlay.readingRows()).toEqual(englishRows);
    for (const side of ['long', 'short'] as const) {
      const overlay = new OverlayPart(bn.page, side);
      const cli = riskCli({
        venue: 'binance-usdm', symbol: 'BTCUSDT', side, orderType: 'limit', price: 64250, markPrice: MARK,
        size: { value: 0.1, unit: 'base' }, leverage: 20, marginMode: 'cross', balance: BALANCE,
      });
      await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
    }
    await expect(bn.overlay.root).toHaveAttribute('data-severity', /^(safe|caution|danger|blocked)$/);
  });

  test('the futures markets page (no ticket by design) shows nothing, not even the lost-ticket notice, and logs no error', async ({ serveFixture, openPage }) => {
    const url = 'https://www.binance.com/en/futures/home';
    await serveFixture(url, `${BINANCE_FIXTURES}/no-ticket.html`);
    const page = await openPage(url);
    await page.waitForTimeout(8000); // longer than the lost-ticket delay: silence itself is what is checked
    await expect(page.locator('[data-testid="lg-overlay"]')).toHaveCount(0);
    await expect(ticketLostNotice(page)).toHaveCount(0);
    await expect(page.locator('leverage-guard, leverage-guard-notice')).toHaveCount(0);
  });

  test('a trade page whose ticket cannot be found says so in a corner, without moving the page; the ticket coming back replaces the notice with the overlay', async ({ serveFixture, openPage }) => {
    // A redesign the adapter cannot read, imitated by hiding the order form: the page still works.
    await serveFixture(BinancePage.url(), TICKET, { transform: (html) => html.replace('<div class="css-9p1xk2">', '<div class="css-9p1xk2" id="lg-test-form" hidden>') });
    const page = await openPage(BinancePage.url());
    const notice = ticketLostNotice(page);
    await expect(notice).toBeVisible({ timeout: 10_000 });
    await expect(notice).toContainText('cannot find the Binance USDⓈ-M Futures order ticket');
    await expect(notice).toContainText('your orders here are not being checked');
    // It floats over the page: its host in the page's flow takes no space at all.
    const host = await page.locator('leverage-guard-notice').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { width: r.width, height: r.height };
    });
    expect(host).toEqual({ width: 0, height: 0 });
    await expect(notice).toHaveCSS('position', 'fixed');
    await page.evaluate(() => document.getElementById('lg-test-form')!.removeAttribute('hidden'));
    await expect(new OverlayPart(page).root).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  test('a ticket whose leverage control has gone says loudly that the page changed and names the field', async ({ serveFixture, openPage }) => {
    // The leverage button redesigned into a control the adapter does not know.
    await serveFixture(BinancePage.url(), TICKET, {
      transform: (html) => html.replace('<button type="button" class="css-1fk2ra" data-fx="leverage">20x</button>', '<div class="css-newlev" role="slider" aria-valuenow="20"></div>'),
    });
    const page = await openPage(BinancePage.url());
    const bn = new BinancePage(page);
    await bn.size('0.1');
    const overlay = bn.overlay;
    const banner = overlay.root.getByTestId('lg-page-changed');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('cannot read the leverage field');
    // Never "within limits" on a ticket it cannot fully read (what it can compute may still warn).
    await expect(overlay.root).not.toHaveAttribute('data-severity', 'safe');
    await expect(overlay.leverage.first()).toHaveText('—');
  });
});
