import { test, expect } from './fixtures';
import { BINANCE_FIXTURES, BinancePage } from './pages/binancePage';

test.describe('nothing leaks into the exchange page', () => {
  test('no cookies, no web storage, no DOM outside the overlay’s own shadow host', async ({ serveFixture, openPage }) => {
    await serveFixture(BinancePage.url(), `${BINANCE_FIXTURES}/ticket.html`);
    const bn = new BinancePage(await openPage(BinancePage.url()));
    const before = await bn.page.evaluate(() => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      headChildren: document.head.children.length,
    }));
    await bn.price('63000');
    await bn.size('0.25');
    await bn.leverage(5);
    await expect(bn.overlay.liqPrice.first()).not.toHaveText('—');

    const after = await bn.page.evaluate(() => {
      const hosts = document.querySelectorAll('leverage-guard');
      const foreign = Array.from(document.querySelectorAll('*')).filter((el) =>
        Array.from(el.attributes).some((a) => /^(data-)?(wxt|lg)[-_]/i.test(a.name)),
      );
      return {
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
        headChildren: document.head.children.length,
        hosts: hosts.length,
        hostHasLightChildren: Array.from(hosts).some((h) => h.children.length > 0),
        foreign: foreign.map((el) => el.tagName),
      };
    });
    expect(after).toEqual({ ...before, hosts: 1, hostHasLightChildren: false, foreign: [] });
  });
});
