import { test, expect } from './fixtures';
import { GMX_FIXTURES, GmxPage } from './pages/gmxPage';
import { OverlayPart } from './pages/overlay';
import { riskCli } from './riskCli';
import { currentHeader, drifted, languages } from '../../src/venues/gmx/fixtures/variants';

const TICKET = `${GMX_FIXTURES}/ticket.html`;
const MARK = 3120.45;
const BALANCE = 1250;

test.describe('overlay on GMX v2', () => {
  test('a limit long (size in USD) shows the liquidation price of GMX’s collateral rule, as npm run risk computes it', async ({ serveFixture, openPage }) => {
    await serveFixture(GmxPage.url(), TICKET);
    const gmx = new GmxPage(await openPage(GmxPage.url()));
    await gmx.freezeMark(MARK);
    await gmx.mode('Limit');
    await gmx.price('3100');
    await gmx.size('1000');
    await gmx.leverage(20);

    await expect(gmx.field('leverage')).toHaveText('20×');
    await expect.poll(() => gmx.overlay.readingRows()).toMatchObject({
      symbol: 'ETH/USD',
      side: 'long',
      orderType: 'limit',
      price: '3100',
      markPrice: String(MARK),
      size: '1000 (quote)',
      leverage: '20',
      marginMode: 'isolated',
      balance: String(BALANCE),
      takeProfit: 'none',
      stopLoss: 'none',
    });
    const cli = riskCli({
      venue: 'gmx', symbol: 'ETH/USD', side: 'long', orderType: 'limit', price: 3100, markPrice: MARK,
      size: { value: 1000, unit: 'quote' }, leverage: 20, marginMode: 'isolated', balance: BALANCE,
    });
    expect(cli.liquidationPrice).not.toBeNull();
    const overlay = new OverlayPart(gmx.page);
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
    await expect.poll(() => overlay.numberOf(overlay.margin)).toBeCloseTo(cli.initialMargin!, 6);
    // GMX's own "Liq. Price" row agrees (same formula, same fees); the overlay uses GMX's words.
    await expect(gmx.field('venueLiquidationPrice')).toHaveText(/^\d/);
    await expect(overlay.warning('selfCheck')).toHaveCount(0);
    await expect(overlay.root).toContainText('Collateral');
    await expect(overlay.root).toContainText('Liq. Price');
    await expect(overlay.margin).toContainText('USD');
  });

  test('the Short tab (the URL follows), a market order sized in ETH, and the ticking mark price', async ({ serveFixture, openPage }) => {
    await serveFixture(GmxPage.url(), TICKET);
    const gmx = new GmxPage(await openPage(GmxPage.url()));
    await gmx.direction('Short');
    expect(gmx.page.url()).toBe(GmxPage.url('short'));
    await gmx.toggleSizeUnit();
    await gmx.size('0.3');
    await expect(gmx.field('side')).toHaveText('short');
    await expect(gmx.field('orderType')).toHaveText('market');
    await expect(gmx.field('size')).toHaveAttribute('data-value', '0.3');
    await expect(gmx.field('size')).toHaveAttribute('data-unit', 'base');
    const first = await gmx.field('markPrice').textContent();
    await expect(gmx.field('markPrice')).not.toHaveText(first!, { timeout: 5000 });
    await gmx.freezeMark(MARK);
    const cli = riskCli({
      venue: 'gmx', symbol: 'ETH/USD', side: 'short', orderType: 'market', markPrice: MARK,
      size: { value: 0.3, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: BALANCE,
    });
    const overlay = new OverlayPart(gmx.page);
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
  });

  test('today’s chart header (price without data-qa or label): a market long reads the mark, not “unknown”', async ({ serveFixture, openPage }) => {
    await serveFixture(GmxPage.url(), TICKET, { transform: currentHeader });
    const gmx = new GmxPage(await openPage(GmxPage.url()));
    await gmx.freezeMark(MARK);
    await gmx.size('1000');
    await expect.poll(() => gmx.overlay.readingRows()).toMatchObject({ symbol: 'ETH/USD', orderType: 'market', markPrice: String(MARK), size: '1000 (quote)' });
    const cli = riskCli({
      venue: 'gmx', symbol: 'ETH/USD', side: 'long', orderType: 'market', markPrice: MARK,
      size: { value: 1000, unit: 'quote' }, leverage: 10, marginMode: 'isolated', balance: BALANCE,
    });
    const overlay = new OverlayPart(gmx.page);
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
    await expect.poll(() => overlay.severity()).not.toBe('unknown');
  });

  test('the Chinese page (GMX’s own zh strings) reads the limit long exactly as the English page does', async ({ serveFixture, openPage }) => {
    await serveFixture(GmxPage.url(), TICKET, { transform: languages['zh-CN'].page });
    const gmx = new GmxPage(await openPage(GmxPage.url()));
    await expect(gmx.submit).toHaveText('Open 做多');
    await gmx.freezeMark(MARK);
    await gmx.mode('Limit');
    await gmx.price('3100');
    await gmx.size('1000');
    await expect.poll(() => gmx.overlay.readingRows()).toMatchObject({
      symbol: 'ETH/USD',
      side: 'long',
      orderType: 'limit',
      price: '3100',
      markPrice: String(MARK),
      size: '1000 (quote)',
      leverage: '10',
      marginMode: 'isolated',
      balance: String(BALANCE),
      takeProfit: 'none',
      stopLoss: 'none',
    });
    const cli = riskCli({
      venue: 'gmx', symbol: 'ETH/USD', side: 'long', orderType: 'limit', price: 3100, markPrice: MARK,
      size: { value: 1000, unit: 'quote' }, leverage: 10, marginMode: 'isolated', balance: BALANCE,
    });
    const overlay = new OverlayPart(gmx.page);
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
    await expect.poll(() => overlay.severity()).not.toBe('unknown');
  });

  test('a market switch in the selector re-reads the re-rendered trade box', async ({ serveFixture, openPage }) => {
    await serveFixture(GmxPage.url(), TICKET);
    const gmx = new GmxPage(await openPage(GmxPage.url()));
    await gmx.size('500');
    await expect(gmx.field('symbol')).toHaveText('ETH/USD');
    await gmx.switchMarket('BTC/USD');
    await gmx.size('800');
    await expect(gmx.field('symbol')).toHaveText('BTC/USD');
    await expect(gmx.field('size')).toHaveAttribute('data-value', '800');
    await expect(gmx.field('size')).toHaveAttribute('data-unit', 'quote');
    await expect(gmx.field('leverage')).toHaveText('20×');
    await expect(gmx.field('markPrice')).toHaveAttribute('data-value', /^642\d\d/);
  });

  test('the overlay sits below the confirm button without moving it, also on a redeployed page', async ({ serveFixture, openPage }) => {
    await serveFixture(GmxPage.url(), TICKET, { transform: drifted });
    const gmx = new GmxPage(await openPage(GmxPage.url()));
    await gmx.size('100');
    await expect(gmx.overlay.root).toBeVisible();
    const before = await gmx.submit.boundingBox();
    const box = await gmx.overlay.root.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(before!.y + before!.height);
    await gmx.size('200');
    expect(await gmx.submit.boundingBox()).toEqual(before);
    await gmx.submit.click();
    await expect.poll(async () => (await gmx.submits()).length).toBe(1);
  });

  test('a GMX page without a trade box shows nothing and logs no error', async ({ serveFixture, openPage }) => {
    const url = 'https://app.gmx.io/';
    await serveFixture(url, `${GMX_FIXTURES}/no-ticket.html`);
    const page = await openPage(url);
    await page.waitForTimeout(1500);
    await expect(page.locator('[data-testid="lg-overlay"]')).toHaveCount(0);
    await expect(page.locator('leverage-guard')).toHaveCount(0);
  });
});
