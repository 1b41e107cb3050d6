import { test, expect, type Fixtures } from './fixtures';

type ServeFixture = Fixtures['serveFixture'];
type OpenPage = Fixtures['openPage'];
import { expectQuietThenTicketLost } from './pages/ticketLost';
import { OKX_FIXTURES, OkxSwapPage } from './pages/okxSwapPage';
import { OverlayPart } from './pages/overlay';
import { riskCli } from './riskCli';
import { drifted, languages } from '../../src/venues/okx-swap/fixtures/variants';

const TICKET = `${OKX_FIXTURES}/ticket.html`;
const MARK = 64251.3;
const BALANCE = 6996.26;

test.describe('overlay on OKX perpetual swaps', () => {
  test('a limit order in contracts shows, for each side, the liquidation price npm run risk computes', async ({ serveFixture, openPage }) => {
    await serveFixture(OkxSwapPage.url(), TICKET);
    const okx = new OkxSwapPage(await openPage(OkxSwapPage.url()));
    await okx.freezeMark(MARK);
    await okx.price('64000');
    await okx.size('25');
    await okx.leverage(20);
    await okx.marginMode('Isolated');

    await expect(okx.field('marginMode')).toHaveText('isolated');
    await expect.poll(() => okx.overlay.readingRows()).toMatchObject({
      symbol: 'BTC-USDT-SWAP',
      orderType: 'limit',
      price: '64000',
      markPrice: String(MARK),
      size: '25 (contracts)',
      leverage: '20',
      marginMode: 'isolated',
      balance: String(BALANCE),
      takeProfit: 'none',
      stopLoss: 'none',
    });
    // OKX offers Buy/Long and Sell/Short at once: the overlay assesses each.
    for (const side of ['long', 'short'] as const) {
      const overlay = new OverlayPart(okx.page, side);
      const cli = riskCli({
        venue: 'okx-swap', symbol: 'BTC-USDT-SWAP', side, orderType: 'limit', price: 64000, markPrice: MARK,
        size: { value: 25, unit: 'contracts' }, leverage: 20, marginMode: 'isolated', balance: BALANCE,
      });
      expect(cli.liquidationPrice).not.toBeNull();
      await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
      await expect.poll(() => overlay.numberOf(overlay.margin)).toBeCloseTo(cli.initialMargin!, 6);
    }
    await expect(okx.overlay.root).toContainText('Margin');
    await expect(okx.overlay.root).toContainText('Est. liq. price');
  });

  test('a market order sized in the coin, cross margin, follows the ticking mark price', async ({ serveFixture, openPage }) => {
    await serveFixture(OkxSwapPage.url(), TICKET);
    const okx = new OkxSwapPage(await openPage(OkxSwapPage.url()));
    await okx.orderType('Market');
    await okx.sizeUnit('BTC');
    await okx.size('0.1');
    await expect(okx.field('price')).toContainText('market order uses the mark price');
    await expect(okx.field('size')).toHaveAttribute('data-value', '0.1');
    await expect(okx.field('size')).toHaveAttribute('data-unit', 'base');
    const first = await okx.field('markPrice').textContent();
    await expect(okx.field('markPrice')).not.toHaveText(first!, { timeout: 5000 });
    await okx.freezeMark(MARK);
    const cli = riskCli({
      venue: 'okx-swap', symbol: 'BTC-USDT-SWAP', side: 'short', orderType: 'market', markPrice: MARK,
      size: { value: 0.1, unit: 'base' }, leverage: 10, marginMode: 'cross', balance: BALANCE,
    });
    const overlay = new OverlayPart(okx.page, 'short');
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
  });

  test('an instrument switch inside the page re-reads the re-rendered form', async ({ serveFixture, openPage }) => {
    await serveFixture(OkxSwapPage.url(), TICKET);
    const okx = new OkxSwapPage(await openPage(OkxSwapPage.url()));
    await okx.size('3');
    await okx.switchInstrument('ETH-USDT-SWAP');
    expect(okx.page.url()).toBe(OkxSwapPage.url('eth-usdt-swap'));
    await okx.size('12');
    await expect(okx.field('symbol')).toHaveText('ETH-USDT-SWAP');
    await expect(okx.field('size')).toHaveAttribute('data-value', '12');
    await expect(okx.field('size')).toHaveAttribute('data-unit', 'contracts');
    await expect(okx.field('leverage')).toHaveText('20×');
    await expect(okx.field('markPrice')).toHaveAttribute('data-value', /^34\d{2}/);
  });

  test('the overlay sits below both buttons without moving them, also on a redeployed page', async ({ serveFixture, openPage }) => {
    await serveFixture(OkxSwapPage.url(), TICKET, { transform: drifted });
    const okx = new OkxSwapPage(await openPage(OkxSwapPage.url()));
    await okx.size('1');
    await expect(okx.overlay.root).toBeVisible();
    const long = await okx.buyLong.boundingBox();
    const short = await okx.sellShort.boundingBox();
    const box = await okx.overlay.root.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(Math.max(long!.y + long!.height, short!.y + short!.height));
    await okx.size('2');
    expect(await okx.buyLong.boundingBox()).toEqual(long);
    await okx.buyLong.click();
    await okx.sellShort.click();
    await expect.poll(async () => (await okx.submits()).length).toBe(2);
  });

  test('a swap page without an order form is quiet while it may be loading, then says the ticket cannot be found', async ({ serveFixture, openPage }) => {
    const url = OkxSwapPage.url('luna-usdt-swap');
    await serveFixture(url, `${OKX_FIXTURES}/no-ticket.html`);
    const page = await openPage(url);
    await expectQuietThenTicketLost(page, 'OKX Perpetual Swaps');
  });

  /** What the overlay shows for a 25-contract limit order at a frozen mark price, on the page at `url`. */
  async function overlayFor(url: string, transform: ((html: string) => string) | undefined, serveFixture: ServeFixture, openPage: OpenPage) {
    await serveFixture(url, TICKET, transform ? { transform } : {});
    const okx = new OkxSwapPage(await openPage(url));
    await okx.freezeMark(MARK);
    await okx.size('25');
    await expect(okx.field('size')).toHaveAttribute('data-value', '25');
    await expect(okx.field('size')).toHaveAttribute('data-unit', 'contracts');
    const sides = ['long', 'short'].map((side) => new OverlayPart(okx.page, side as 'long' | 'short'));
    for (const o of sides) await expect.poll(() => o.numberOf(o.liqPrice)).not.toBeNull();
    return {
      reading: await okx.overlay.readingRows(),
      leverage: await okx.overlay.leverage.first().textContent(),
      liquidation: await Promise.all(sides.map((o) => o.liqPrice.textContent())),
      severity: await okx.overlay.severity(),
      pageChanged: await okx.overlay.root.getByTestId('lg-page-changed').count(),
      page: okx.page,
    };
  }

  for (const lang of ['zh-CN', 'es', 'vi'] as const) {
    test(`the ${lang} page at its locale URL shows what the English page shows: the reading, leverage, liquidation prices, the verdict`, async ({ serveFixture, openPage }) => {
      test.slow(); // two pages: the English one, then the translated one
      const english = await overlayFor(OkxSwapPage.url(), undefined, serveFixture, openPage);
      expect(english.reading).toMatchObject({ leverage: '10', marginMode: 'cross', size: '25 (contracts)', markPrice: String(MARK), balance: String(BALANCE) });
      expect(english.severity).not.toBe('unknown');
      await english.page.close();

      const { page: inLanguage, url } = languages[lang]!;
      const translated = await overlayFor(url!, inLanguage, serveFixture, openPage);
      expect(translated.page.url()).toContain(url!);
      expect(translated).toMatchObject({ reading: english.reading, leverage: english.leverage, liquidation: english.liquidation, severity: english.severity, pageChanged: 0 });
    });
  }
});
