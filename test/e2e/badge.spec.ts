import { test, expect } from './fixtures';
import { BINANCE_FIXTURES, BinancePage } from './pages/binancePage';
import { Background } from './pages/popup';

test('on a ticket offering both sides at once, the badge shows their shared leverage, coloured by the worse verdict', async ({ serveFixture, openPage, context }) => {
  await serveFixture(BinancePage.url(), `${BINANCE_FIXTURES}/ticket.html`);
  const bn = new BinancePage(await openPage(BinancePage.url()));
  await bn.freezeMark(64000);
  await bn.price('64000');
  await bn.size('0.01');
  await expect(bn.overlay.root).toHaveAttribute('data-severity', 'danger');
  const background = Background.of(context);
  const tabId = await background.activeTabId();
  await expect.poll(() => background.badgeText(tabId)).toBe('20x');
  await expect.poll(() => background.badgeColor(tabId)).toEqual([0xd1, 0x24, 0x2f, 255]);
});
