import { test, expect, type Fixtures } from './fixtures';

type ServeFixture = Fixtures['serveFixture'];
type OpenPage = Fixtures['openPage'];
import { MEXC_FIXTURES, MexcPage } from './pages/mexcPage';
import { OverlayPart } from './pages/overlay';
import { riskCli } from './riskCli';
import { drifted, languages } from '../../src/venues/mexc/fixtures/variants';

const TICKET = `${MEXC_FIXTURES}/ticket.html`;
const MARK = 64251.3;
const BALANCE = 1234.56;

test.describe('overlay on MEXC futures', () => {
  test('a limit order in contracts shows, for each side, the liquidation price npm run risk computes with MEXC’s levels', async ({ serveFixture, openPage }) => {
    await serveFixture(MexcPage.url(), TICKET);
    const mx = new MexcPage(await openPage(MexcPage.url()));
    await mx.freezeMark(MARK);
    await mx.price('64000');
    await mx.quantityUnit('Cont');
    await mx.quantity('2500');
    await mx.leverage(25, 'Isolated');

    await expect(mx.field('marginMode')).toHaveText('isolated');
    await expect.poll(() => mx.overlay.readingRows()).toMatchObject({
      symbol: 'BTC_USDT',
      orderType: 'limit',
      price: '64000',
      markPrice: String(MARK),
      size: '2500 (contracts)',
      leverage: '25',
      marginMode: 'isolated',
      balance: String(BALANCE),
      takeProfit: 'none',
      stopLoss: 'none',
    });
    for (const side of ['long', 'short'] as const) {
      const overlay = new OverlayPart(mx.page, side);
      const cli = riskCli({
        venue: 'mexc-usdtm', symbol: 'BTC_USDT', side, orderType: 'limit', price: 64000, markPrice: MARK,
        size: { value: 2500, unit: 'contracts' }, leverage: 25, marginMode: 'isolated', balance: BALANCE,
      });
      expect(cli.liquidationPrice).not.toBeNull();
      await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
      await expect.poll(() => overlay.numberOf(overlay.margin)).toBeCloseTo(cli.initialMargin!, 6);
    }
    await expect(mx.overlay.root).toContainText('Cost');
    await expect(mx.overlay.root).toContainText('Est. Liq. Price');
  });

  test('a market order in USDT, cross margin, follows the ticking fair price', async ({ serveFixture, openPage }) => {
    await serveFixture(MexcPage.url(), TICKET);
    const mx = new MexcPage(await openPage(MexcPage.url()));
    await mx.orderType('Market');
    await mx.quantity('5000');
    await expect(mx.field('orderType')).toHaveText('market');
    await expect(mx.field('price')).toContainText('market order uses the mark price');
    await expect(mx.field('size')).toHaveAttribute('data-value', '5000');
    await expect(mx.field('size')).toHaveAttribute('data-unit', 'quote');
    const first = await mx.field('markPrice').textContent();
    await expect(mx.field('markPrice')).not.toHaveText(first!, { timeout: 5000 });
    await mx.freezeMark(MARK);
    const cli = riskCli({
      venue: 'mexc-usdtm', symbol: 'BTC_USDT', side: 'short', orderType: 'market', markPrice: MARK,
      size: { value: 5000, unit: 'quote' }, leverage: 20, marginMode: 'cross', balance: BALANCE,
    });
    expect(cli.liquidationPrice).not.toBeNull();
    const overlay = new OverlayPart(mx.page, 'short');
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
  });

  test('a contract switch inside the page re-reads the re-rendered form; the legacy futures host works too', async ({ serveFixture, openPage }) => {
    await serveFixture(MexcPage.url(), TICKET);
    const mx = new MexcPage(await openPage(MexcPage.url()));
    await mx.quantity('100');
    await mx.switchContract('ETHUSDT');
    expect(mx.page.url()).toBe(MexcPage.url('ETH_USDT'));
    await mx.quantity('300');
    await expect(mx.field('symbol')).toHaveText('ETH_USDT');
    await expect(mx.field('size')).toHaveAttribute('data-value', '300');
    await expect(mx.field('size')).toHaveAttribute('data-unit', 'quote');
    await expect(mx.field('leverage')).toHaveText('10×');
    await expect(mx.field('markPrice')).toHaveAttribute('data-value', /^34\d{2}/);

    await serveFixture(MexcPage.legacyUrl(), TICKET);
    const legacy = new MexcPage(await openPage(MexcPage.legacyUrl()));
    await legacy.quantity('100');
    await expect(legacy.field('symbol')).toHaveText('BTC_USDT');
  });

  test('the overlay sits below both buttons without moving them, also on a redeployed page', async ({ serveFixture, openPage }) => {
    await serveFixture(MexcPage.url(), TICKET, { transform: drifted });
    const mx = new MexcPage(await openPage(MexcPage.url()));
    await mx.leverage(5); // within the default limits, so guard mode lets the clicks through
    await mx.quantity('50');
    await expect(mx.overlay.root).toBeVisible();
    const long = await mx.openLong.boundingBox();
    const short = await mx.openShort.boundingBox();
    const box = await mx.overlay.root.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(Math.max(long!.y + long!.height, short!.y + short!.height));
    await mx.quantity('60');
    expect(await mx.openLong.boundingBox()).toEqual(long);
    await mx.openLong.click();
    await mx.openShort.click();
    await expect.poll(async () => (await mx.submits()).length).toBe(2);
  });

  /** The Quantity box's label in each language's page (fixtures/variants.ts). */
  const QUANTITY_LABEL = { en: /^Quantity \(/, 'zh-CN': /^数量\(/, es: /^Cantidad \(/, vi: /^Số lượng \(/ } as const;

  /** What the overlay shows for a 1,000 USDT limit order at a frozen fair price, on the page at `url`. */
  async function overlayFor(url: string, lang: keyof typeof QUANTITY_LABEL, transform: ((html: string) => string) | undefined, serveFixture: ServeFixture, openPage: OpenPage) {
    await serveFixture(url, TICKET, transform ? { transform } : {});
    const mx = new MexcPage(await openPage(url));
    await mx.freezeMark(MARK);
    const quantity = mx.inputLabelled(QUANTITY_LABEL[lang]);
    await quantity.fill('');
    await quantity.pressSequentially('1000');
    await expect(mx.field('size')).toHaveAttribute('data-value', '1000');
    await expect(mx.field('size')).toHaveAttribute('data-unit', 'quote');
    const sides = ['long', 'short'].map((side) => new OverlayPart(mx.page, side as 'long' | 'short'));
    for (const o of sides) await expect(o.liqPrice).not.toHaveText('');
    return {
      reading: await mx.overlay.readingRows(),
      leverage: await mx.overlay.leverage.first().textContent(),
      liquidation: await Promise.all(sides.map((o) => o.liqPrice.textContent())),
      severity: await mx.overlay.severity(),
      pageChanged: await mx.overlay.root.getByTestId('lg-page-changed').count(),
      page: mx.page,
    };
  }

  for (const lang of ['zh-CN', 'es', 'vi'] as const) {
    test(`the ${lang} page at its locale URL shows what the English page shows: the reading, leverage, liquidation prices, the verdict`, async ({ serveFixture, openPage }) => {
      test.slow(); // two pages: the English one, then the translated one
      const english = await overlayFor(MexcPage.url(), 'en', undefined, serveFixture, openPage);
      expect(english.reading).toMatchObject({ leverage: '20', marginMode: 'cross', size: '1000 (quote)', markPrice: String(MARK), balance: String(BALANCE) });
      expect(english.severity).not.toBe('unknown');
      await english.page.close();

      const { page: inLanguage, url } = languages[lang]!;
      const translated = await overlayFor(url!, lang, inLanguage, serveFixture, openPage);
      expect(translated).toMatchObject({ reading: english.reading, leverage: english.leverage, liquidation: english.liquidation, severity: english.severity, pageChanged: 0 });
    });
  }

  test('the futures markets page shows nothing and logs no error', async ({ serveFixture, openPage }) => {
    const url = 'https://www.mexc.com/futures/';
    await serveFixture(url, `${MEXC_FIXTURES}/no-ticket.html`);
    const page = await openPage(url);
    await page.waitForTimeout(1500);
    await expect(page.locator('[data-testid="lg-overlay"]')).toHaveCount(0);
    await expect(page.locator('leverage-guard')).toHaveCount(0);
  });
});
