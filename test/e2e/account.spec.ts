import { test, expect } from './fixtures';
import { DemoPage } from './pages/demoPage';
import { Background, PopupPage, tabIdOf } from './pages/popup';
import { riskCli } from './riskCli';

// The account around the ticket on the demo exchange: its positions panel, margin balance and funding
// are read off the page, the background assesses the ticket on the account, and the overlay shows it.
// Every figure is compared with `npm run risk` given the same inputs, as a trader's own check would.

const TWO_CROSS = 'ETHUSDT:long:cross:2:3000:3050,SOLUSDT:short:cross:50:150:148';
const ticket = { venue: 'binance-usdm', symbol: 'BTCUSDT', orderType: 'limit', price: 62000, markPrice: 62000, size: { value: 0.5, unit: 'base' }, leverage: 20, balance: 12500 };
const demoAccount = { fundingRate: 0.0001, fundingIntervalHours: 8, pageMaxLeverage: 125 };

test.describe('the account around the ticket (demo exchange)', () => {
  test('two cross positions in other symbols move the liquidation price, and account leverage and the margin ratio count them', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId, { tick: '0', positions: TWO_CROSS, equity: '15000' })));
    await demo.leverage(20);
    await demo.size('0.5');
    const cli = riskCli({
      ...ticket,
      ...demoAccount,
      side: 'long',
      marginMode: 'cross',
      equity: 15000,
      otherPositions: [
        { symbol: 'ETHUSDT', side: 'long', size: 2, entryPrice: 3000, markPrice: 3050, marginMode: 'cross' },
        { symbol: 'SOLUSDT', side: 'short', size: 50, entryPrice: 150, markPrice: 148, marginMode: 'cross' },
      ],
    }) as ReturnType<typeof riskCli> & { accountLeverage: number; marginRatio: { before: number; after: number }; liquidationLoss: { total: number } };
    const alone = riskCli({ ...ticket, side: 'long', marginMode: 'cross' });
    const overlay = demo.overlay;
    await expect(overlay.root.getByTestId('lg-positions-read')).toHaveAttribute('data-count', '2');
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
    // Not the ticket-alone figure: the other positions' maintenance and PnL count.
    expect(Math.abs(cli.liquidationPrice! - alone.liquidationPrice!)).toBeGreaterThan(100);
    await expect(overlay.accountLeverage).toHaveAttribute('data-covers', 'allPositions');
    expect(Number(await overlay.accountLeverage.getAttribute('data-value'))).toBeCloseTo(cli.accountLeverage, 9);
    const ratio = overlay.root.getByTestId('lg-margin-ratio');
    expect(Number(await ratio.getAttribute('data-before'))).toBeCloseTo(cli.marginRatio.before, 9);
    expect(Number(await ratio.getAttribute('data-after'))).toBeCloseTo(cli.marginRatio.after, 9);
    expect(cli.marginRatio.after).toBeGreaterThan(cli.marginRatio.before);
    const loss = overlay.root.getByTestId('lg-liquidation-loss');
    expect(Number(await loss.getAttribute('data-value'))).toBeCloseTo(cli.liquidationLoss.total, 6);
    await overlay.showDetails();
    await expect(ratio).toHaveText(/0\.9\d?% → 1\.7\d?%/);
  });

  test('an order against a position held in the same market says what it closes, and is assessed on what is left', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId, { tick: '0', positions: 'BTCUSDT:long:isolated:0.5:60000:62000:3000' })));
    await demo.marginMode('Isolated');
    await demo.side('short');
    await demo.leverage(20);
    await demo.size('0.3');
    const change = demo.overlay.root.getByTestId('lg-position-change');
    await expect(change).toHaveAttribute('data-kind', 'reduces');
    await expect(change).toHaveText('Closes 0.3 BTC of your 0.5 BTC long.');
    const cli = riskCli({ ...ticket, ...demoAccount, side: 'short', marginMode: 'isolated', size: { value: 0.3, unit: 'base' }, position: { side: 'long', size: 0.5, entryPrice: 60000, margin: 3000 }, otherPositions: [] });
    expect(cli.liquidationPrice).not.toBeNull();
    await expect.poll(() => demo.overlay.numberOf(demo.overlay.liqPrice)).toBeCloseTo(cli.liquidationPrice!, 6);
  });

  test('funding that moves an isolated liquidation by more than 0.1 % a day is said, with the price after 24 h as npm run risk computes it', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId, { tick: '0', funding: '0.001' })));
    await demo.marginMode('Isolated');
    await demo.leverage(20);
    await demo.size('0.5');
    const cli = riskCli({ ...ticket, side: 'long', marginMode: 'isolated', equity: 12500, otherPositions: [], fundingRate: 0.001, fundingIntervalHours: 8, pageMaxLeverage: 125 }) as ReturnType<typeof riskCli> & {
      fundingDrift: { afterDay: number; flagged: boolean; direction: string };
    };
    expect(cli.fundingDrift.flagged).toBe(true);
    const drift = demo.overlay.root.getByTestId('lg-funding-drift');
    await expect(drift).toHaveAttribute('data-direction', 'closer');
    expect(Number(await drift.getAttribute('data-day'))).toBeCloseTo(cli.fundingDrift.afterDay, 6);
    await demo.overlay.showDetails();
    await expect(drift).toContainText('Funding moves your liquidation');
  });

  test('a folded positions panel, or one on another tab, is "positions unknown" and account leverage says "this symbol only"', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId, { tick: '0', positions: TWO_CROSS, equity: '15000' })));
    await demo.leverage(20);
    await demo.size('0.5');
    const overlay = demo.overlay;
    await expect(overlay.accountLeverage).toHaveAttribute('data-covers', 'allPositions');
    await demo.page.getByTestId('positions-fold').click();
    const unknown = overlay.root.getByTestId('lg-positions-unknown');
    await expect(unknown).toHaveAttribute('data-why', 'collapsed');
    await expect(overlay.accountLeverage).toHaveAttribute('data-covers', 'thisSymbol');
    // Back to the ticket alone: the same liquidation price as npm run risk without the account.
    const alone = riskCli({ ...ticket, ...demoAccount, side: 'long', marginMode: 'cross' });
    await expect.poll(() => overlay.numberOf(overlay.liqPrice)).toBeCloseTo(alone.liquidationPrice!, 6);
    await overlay.showDetails();
    await expect(unknown).toHaveText('Positions unknown: the positions panel is collapsed. Account figures count this symbol only.');
    await expect(overlay.accountLeverage).toContainText('this symbol only');

    await demo.page.getByTestId('positions-fold').click();
    await expect(overlay.root.getByTestId('lg-positions-read')).toHaveAttribute('data-count', '2');
    await demo.page.getByRole('tab', { name: 'Open Orders' }).click();
    await expect(unknown).toHaveAttribute('data-why', 'otherTab');
  });
});

test.describe('position health', () => {
  // The default limits keep liquidation at least 8 % from the mark. ETH is 3.3 % from its liquidation
  // price (3,150 against a 3,050 mark, short), SOL 33 % away.
  const NEAR = 'ETHUSDT:short:isolated:1:3000:3050:150:3150,SOLUSDT:long:cross:10:150:150::100';

  test('the popup lists every open position with its distance to liquidation; one below the minimum colours the badge although the ticket is safe', async ({ openPage, extensionId, context }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId, { tick: '0', positions: NEAR, equity: '15000' })));
    await demo.leverage(2);
    await demo.size('0.01');
    await expect(demo.overlay.root).toHaveAttribute('data-severity', 'safe');
    const tabId = await tabIdOf(demo.page);
    await expect.poll(() => Background.of(context).badgeColor(tabId)).toEqual([0xd1, 0x24, 0x2f, 255]);
    const popup = new PopupPage(await openPage(PopupPage.url(extensionId, tabId)));
    await expect(popup.positions).toHaveCount(2);
    const eth = popup.positions.and(popup.page.locator('[data-symbol="ETHUSDT"][data-side="short"]'));
    await expect(eth).toHaveAttribute('data-below-min', 'true');
    expect(Number(await eth.getAttribute('data-distance'))).toBeCloseTo(100 / 3050, 12);
    await expect(eth).toContainText('3.3%');
    // Its own margin ratio (isolated, 150 USDT of margin, 50 of it lost at the mark); the cross SOL shares the account's.
    expect(Number(await eth.getByTestId('lg-position-ratio').getAttribute('data-value'))).toBeGreaterThan(0);
    const sol = popup.positions.and(popup.page.locator('[data-symbol="SOLUSDT"][data-side="long"]'));
    await expect(sol).toHaveAttribute('data-below-min', 'false');
    expect(Number(await sol.getAttribute('data-distance'))).toBeCloseTo(50 / 150, 12);
    await expect(sol.getByTestId('lg-position-ratio')).toHaveCount(0);
  });

  test('a position below the minimum raises one corner notice per crossing, never a stream', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId, { tick: '0', positions: NEAR, equity: '15000' })));
    await demo.leverage(2);
    await demo.size('0.01');
    const alert = demo.page.getByTestId('lg-position-alert');
    await expect(alert.locator('[data-symbol="ETHUSDT"]')).toHaveAttribute('data-side', 'short');
    await alert.getByTestId('lg-position-alert-close').click();
    await expect(alert).toHaveCount(0);

    // The ETH mark moves and stays below the minimum: read again, said nothing more. The proof that
    // the panel was read is the account leverage on the account (ETH's notional follows its mark);
    // the ticket-alone figure shown while the background is asked proves nothing, so it is skipped.
    const leverage = demo.overlay.accountLeverage;
    const onAccount = async () => ((await leverage.getAttribute('data-covers')) === 'allPositions' ? await leverage.getAttribute('data-value') : null);
    const readAfter = async (previous: string | null) => {
      await expect.poll(async () => {
        const now = await onAccount();
        return now !== null && now !== previous;
      }).toBe(true);
      return onAccount();
    };
    const before = await readAfter(null);
    await setEthRow(demo, { mark: '3,060.00' });
    const still = await readAfter(before);
    await expect(alert).toHaveCount(0);

    // Back above the minimum, then below again: a new crossing, said once more.
    await setEthRow(demo, { mark: '2,700.00' });
    await readAfter(still);
    await expect(alert).toHaveCount(0);
    await setEthRow(demo, { mark: '3,100.00' });
    await expect(alert.locator('[data-symbol="ETHUSDT"]')).toHaveCount(1);
  });
});

/** Rewrites the ETH row's mark price as the venue's own panel would on a tick. */
async function setEthRow(demo: DemoPage, { mark }: { mark: string }) {
  await demo.page.evaluate((m) => {
    const row = Array.from(document.querySelectorAll('[data-testid="positions-table"] tbody tr')).find((r) => r.firstElementChild?.textContent === 'ETHUSDT')!;
    row.children[5]!.textContent = m;
  }, mark);
}
