import { test, expect } from './fixtures';
import { DemoPage } from './pages/demoPage';
import { BINANCE_FIXTURES, BinancePage } from './pages/binancePage';
import { OptionsPage } from './pages/popup';
import type { Page } from '@playwright/test';
import { clickAsScript } from './closedRoots';

/**
 * Guard mode's promise, tried as a careless trader and as a hostile page would: an order past the
 * trader's limits goes out only if the trader confirmed that very order, and nothing on the page
 * can switch the guard off, read it, or confirm for the trader.
 */

type Submit = { size?: string; leverage?: string | number; side?: string; action?: string };
const demoSubmits = (page: Page) => page.evaluate(() => window.__submits as Submit[]);

test.describe('guard mode holds exactly the order the trader confirmed', () => {
  test('an order changed after the tick is shown afresh, the tick is cleared, and what is placed and logged is the new order', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    const o = demo.overlay;
    await demo.leverage(20);
    await demo.size('0.01');
    await demo.submit.click();
    await expect(o.confirmPanel).toBeVisible();
    await expect(o.heldOrder).toHaveAttribute('data-size', '0.01');
    await o.understand.check();
    await expect(o.placeAnyway).toBeEnabled();

    await demo.leverage(30);
    await expect(o.heldOrder).toHaveAttribute('data-leverage', '30');
    await expect(o.confirmChange).toContainText('The order changed while it was held');
    await expect(o.understand).not.toBeChecked();
    await expect(o.placeAnyway).toBeDisabled();
    expect(await demoSubmits(demo.page)).toHaveLength(0);

    await o.understand.check();
    await o.placeAnyway.click();
    await expect(o.confirmPanel).toBeHidden();
    await expect.poll(() => demoSubmits(demo.page)).toMatchObject([{ leverage: '30', size: '0.01' }]);
    const options = new OptionsPage(await openPage(OptionsPage.url(extensionId)));
    await expect(options.overrideRows).toHaveCount(1);
    await expect(options.overrideRows.first()).toContainText('30');
  });

  test('switching the side while held clears the tick and shows the short order', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    const o = demo.overlay;
    await demo.leverage(20);
    await demo.size('0.01');
    await demo.submit.click();
    await o.understand.check();
    await demo.side('short');
    await expect(o.heldOrder).toHaveAttribute('data-side', 'short');
    await expect(o.understand).not.toBeChecked();
    await expect(o.placeAnyway).toBeDisabled();
    expect(await demoSubmits(demo.page)).toHaveLength(0);
  });

  test('an order the page changed without a keystroke is re-read at "Place anyway": nothing is placed, and the panel says why', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    const o = demo.overlay;
    await demo.leverage(20);
    await demo.size('0.01');
    await demo.submit.click();
    await o.understand.check();
    // A script sets the value the way a framework does: no input event, no mutation.
    await demo.page.evaluate(() => {
      (document.querySelector('input[name="size"]') as HTMLInputElement).value = '0.5';
    });
    await o.placeAnyway.click();
    await expect(o.confirmChange).toContainText('The order changed after you confirmed it, so nothing was placed');
    await expect(o.heldOrder).toHaveAttribute('data-size', '0.5');
    await expect(o.understand).not.toBeChecked();
    expect(await demoSubmits(demo.page)).toHaveLength(0);
  });

  test('with a hard limit on account leverage, an order grown past it while held offers only "Go back"', async ({ openPage, extensionId }) => {
    const options = new OptionsPage(await openPage(OptionsPage.url(extensionId)));
    await options.hard('maxAccountLeverage').check();
    await expect(options.hard('maxAccountLeverage')).toBeChecked();
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    const o = demo.overlay;
    await demo.leverage(20);
    await demo.size('0.01');
    await demo.submit.click();
    await o.understand.check();
    await demo.size('2');
    await expect(o.confirmPanel).toHaveAttribute('data-severity', 'blocked');
    await expect(o.placeAnyway).toHaveCount(0);
    await expect(o.understand).toHaveCount(0);
    await o.goBack.click();
    await demo.submit.click();
    await expect(o.confirmPanel).toHaveAttribute('data-severity', 'blocked');
    expect(await demoSubmits(demo.page)).toHaveLength(0);
  });

  test('an order brought within the limits while held is released with a note, not placed', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    const o = demo.overlay;
    await demo.leverage(20);
    await demo.size('0.01');
    await demo.submit.click();
    await expect(o.confirmPanel).toBeVisible();
    await demo.leverage(3);
    await expect(o.confirmPanel).toHaveCount(0);
    await expect(o.notice).toContainText('now within your limits. It was not placed');
    expect(await demoSubmits(demo.page)).toHaveLength(0);
    await demo.submit.click();
    await expect.poll(() => demoSubmits(demo.page)).toHaveLength(1);
  });

  test('a click right after the page re-rendered its ticket is held, every time', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    const o = demo.overlay;
    await demo.leverage(20);
    await demo.size('0.5');
    await expect(o.root).toHaveAttribute('data-severity', 'danger');
    for (let i = 0; i < 10; i++) {
      // React-style: the ticket's root is replaced by a new node with the same state, and the
      // trader's click lands in it within the same task.
      await demo.page.evaluate(() => {
        const old = document.querySelector('form[data-testid="order-ticket"]') as HTMLFormElement;
        const fresh = old.cloneNode(true) as HTMLFormElement;
        for (const input of old.querySelectorAll('input')) (fresh.querySelector(`[name="${input.name}"]`) as HTMLInputElement).value = input.value;
        fresh.addEventListener('submit', (e) => {
          e.preventDefault();
          window.__submits.push({ side: 'long', symbol: 'BTCUSDT', size: '?', leverage: '?', at: Date.now() });
        });
        old.replaceWith(fresh);
        (fresh.querySelector('[data-testid="place-order"]') as HTMLButtonElement).click();
      });
      await expect(o.confirmPanel).toBeVisible();
      expect(await demoSubmits(demo.page)).toHaveLength(0);
      await o.goBack.click();
      await expect(o.confirmPanel).toHaveCount(0);
    }
  });

  test('a submit inside a web component, and Enter in an input inside one, are held', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId, { tick: '0', shadow: '1' })));
    const o = demo.overlay;
    await demo.leverage(50);
    await demo.size('0.5');
    await expect(o.root).toHaveAttribute('data-severity', 'danger');
    await demo.page.locator('demo-submit').locator('button').click();
    await expect(o.confirmPanel).toBeVisible();
    expect(await demoSubmits(demo.page)).toHaveLength(0);
    await o.goBack.click();
    await demo.page.getByLabel('Order note').press('Enter');
    await expect(o.confirmPanel).toBeVisible();
    expect(await demoSubmits(demo.page)).toHaveLength(0);
  });

  test('a second visible ticket is guarded too', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    await demo.page.evaluate(() => {
      const clone = document.querySelector('form[data-testid="order-ticket"]')!.cloneNode(true) as HTMLFormElement;
      clone.id = 'clone';
      clone.addEventListener('submit', (e) => {
        e.preventDefault();
        window.__submits.push({ side: 'long', symbol: 'BTCUSDT', size: (clone.querySelector('[name="size"]') as HTMLInputElement).value, leverage: '?', at: Date.now() });
      });
      document.querySelector('form[data-testid="order-ticket"]')!.after(clone);
    });
    const clone = demo.page.locator('#clone');
    await clone.getByLabel('Leverage', { exact: true }).fill('40');
    await clone.locator('input[name="size"]').fill('0.5');
    await clone.getByTestId('place-order').click();
    await expect(clone.getByTestId('lg-confirm')).toBeVisible();
    await expect(clone.getByTestId('lg-held-order')).toHaveAttribute('data-leverage', '40');
    expect(await demoSubmits(demo.page)).toHaveLength(0);
  });

  test('the tick and "Place anyway" answer only the trader: events a script dispatches do nothing', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    const o = demo.overlay;
    await demo.leverage(20);
    await demo.size('0.5');
    await demo.submit.click();
    await clickAsScript(demo.page, 'lg-confirm-ack');
    await expect(o.understand).not.toBeChecked();
    await expect(o.placeAnyway).toBeDisabled();
    await o.understand.check();
    await clickAsScript(demo.page, 'lg-confirm-place');
    await expect(o.confirmPanel).toBeVisible();
    expect(await demoSubmits(demo.page)).toHaveLength(0);
  });

  test('"Place anyway" when the page has no matching button any more places nothing, says so, and logs nothing', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    const o = demo.overlay;
    await demo.leverage(20);
    await demo.size('0.5');
    await demo.submit.click();
    await o.understand.check();
    await demo.page.evaluate(() => {
      const b = document.querySelector('[data-testid="place-order"]')!;
      const other = document.createElement('button');
      other.type = 'submit';
      other.textContent = 'Place order';
      b.replaceWith(other);
    });
    await o.placeAnyway.click();
    await expect(o.notice).toContainText('The exchange redrew its button while the order was held, so nothing was placed');
    expect(await demoSubmits(demo.page)).toHaveLength(0);
    const options = new OptionsPage(await openPage(OptionsPage.url(extensionId)));
    await expect(options.page.getByTestId('override-log')).toBeVisible();
    await expect(options.overrideRows).toHaveCount(0);
  });

  test('the held order takes focus; Escape goes back and focus returns to the submit', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    const o = demo.overlay;
    await demo.leverage(20);
    await demo.size('0.5');
    await demo.submit.focus();
    await demo.page.keyboard.press('Enter');
    await expect(o.confirmPanel).toBeVisible();
    await expect(o.confirmPanel).toHaveAttribute('role', 'alertdialog');
    await expect(o.understand).toBeFocused();
    await demo.page.keyboard.press('Space');
    await expect(o.understand).toBeChecked();
    await demo.page.keyboard.press('Escape');
    await expect(o.confirmPanel).toHaveCount(0);
    await expect(demo.submit).toBeFocused();
    expect(await demoSubmits(demo.page)).toHaveLength(0);
  });
});

test.describe('a hostile exchange page cannot switch the guard off or confirm for the trader', () => {
  const held = async (bn: BinancePage) => {
    await bn.freezeMark(64000);
    await bn.price('64000');
    await bn.size('0.01');
    await expect(bn.overlay.root).toHaveAttribute('data-severity', 'danger');
  };

  test('WXT’s “newer script started” event, forged by the page, does not end the guard', async ({ serveFixture, openPage, extensionId }) => {
    await serveFixture(BinancePage.url(), `${BINANCE_FIXTURES}/ticket.html`);
    const bn = new BinancePage(await openPage(BinancePage.url()));
    await held(bn);
    await bn.page.evaluate((id) => {
      const name = `${id}:binance:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'binance', messageId: 'forged' } }));
    }, extensionId);
    await bn.size('0.02');
    await expect(bn.overlay.root).toHaveAttribute('data-severity', 'danger');
    await bn.openLong.click();
    await expect(bn.overlay.confirmPanel).toBeVisible();
    expect(await bn.submits()).toHaveLength(0);
  });

  test('the overlay is closed to the page: it cannot read the limits, rewrite the verdict, tick the box or place the order', async ({ serveFixture, openPage }) => {
    await serveFixture(BinancePage.url(), `${BINANCE_FIXTURES}/ticket.html`);
    const bn = new BinancePage(await openPage(BinancePage.url()));
    await held(bn);
    await bn.openLong.click();
    await expect(bn.overlay.confirmPanel).toBeVisible();
    const attack = await bn.page.evaluate(() => {
      const host = document.querySelector('leverage-guard') as HTMLElement;
      const root = host.shadowRoot;
      const seen = (root?.textContent ?? '') + host.innerText + document.body.innerText;
      for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      return { root: root === null, readLimit: /maximum of 10/.test(seen) };
    });
    expect(attack).toEqual({ root: true, readLimit: false });
    await expect(bn.overlay.status).toHaveText('Breaks your limits');
    await expect(bn.overlay.placeAnyway).toBeDisabled();
    expect(await bn.submits()).toHaveLength(0);
  });

  test('a venue acting on pointerdown or mousedown is held from the first event of the press', async ({ serveFixture, openPage }) => {
    await serveFixture(BinancePage.url(), `${BINANCE_FIXTURES}/ticket.html`, {
      transform: (html) =>
        html.replace(
          '</body>',
          `<script>for (const type of ['pointerdown', 'mousedown']) document.addEventListener(type, (e) => {
            const b = e.target.closest && e.target.closest('button');
            if (b && /^Open (Long|Short)$/.test(b.textContent.trim())) window.__submits.push({ action: type });
          });</script></body>`,
        ),
    });
    const bn = new BinancePage(await openPage(BinancePage.url()));
    await held(bn);
    await bn.openLong.click();
    await expect(bn.overlay.confirmPanel).toBeVisible();
    expect(await bn.submits()).toHaveLength(0);
  });

  test('"Place anyway" after the page redrew its button places through the new button, once', async ({ serveFixture, openPage }) => {
    await serveFixture(BinancePage.url(), `${BINANCE_FIXTURES}/ticket.html`);
    const bn = new BinancePage(await openPage(BinancePage.url()));
    const o = bn.overlay;
    await held(bn);
    await bn.openLong.click();
    await o.understand.check();
    await bn.page.evaluate(() => {
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent!.trim() === 'Open Long' && x.offsetParent)!;
      b.replaceWith(b.cloneNode(true));
    });
    await o.placeAnyway.click();
    await expect.poll(async () => (await bn.submits()) as Submit[]).toMatchObject([{ action: 'Open Long', size: '0.01' }]);
    await expect(o.confirmPanel).toHaveCount(0);
  });

  for (const typed of ['1e2', '0x10', '2,5', '٠٫٥', '0.\u200b5']) {
    test(`a known breach (20× over a 10× maximum) is held although the size reads “${typed}”`, async ({ serveFixture, openPage }) => {
      await serveFixture(BinancePage.url(), `${BINANCE_FIXTURES}/ticket.html`);
      const bn = new BinancePage(await openPage(BinancePage.url()));
      await bn.freezeMark(64000);
      await bn.price('64000');
      await bn.sizeInput.fill(typed);
      await bn.openLong.click();
      await expect(bn.overlay.confirmPanel).toBeVisible();
      expect(await bn.submits()).toHaveLength(0);
    });
  }

  test('within the limits but with a size it cannot read, the order is held and names what was typed; the trader can still place it', async ({ serveFixture, openPage }) => {
    await serveFixture(BinancePage.url(), `${BINANCE_FIXTURES}/ticket.html`);
    const bn = new BinancePage(await openPage(BinancePage.url()));
    const o = bn.overlay;
    await bn.freezeMark(64000);
    await bn.leverage(5);
    await bn.price('64000');
    await bn.sizeInput.fill('1e2');
    await bn.openLong.click();
    await expect(o.unreadable).toContainText('cannot read the size (“1e2”)');
    await o.understand.check();
    await o.placeAnyway.click();
    await expect.poll(async () => (await bn.submits()) as Submit[]).toMatchObject([{ size: '1e2' }]);
  });
});

test.describe('figures beyond what the account or the venue allows are named, never shown as numbers', () => {
  test('100 BTC at 20× on a 12,500 USDT balance: "You do not have the margin", no exponent, no 0.00×', async ({ openPage, extensionId }) => {
    const demo = new DemoPage(await openPage(DemoPage.url(extensionId)));
    const o = demo.overlay;
    await demo.leverage(5);
    await demo.size('100');
    await expect(o.root).toHaveAttribute('data-severity', 'danger');
    await expect(o.warning('notEnoughMargin')).toContainText('You do not have the margin for this order');
    await demo.size('1000000000000000000000');
    await expect(o.root).toHaveAttribute('data-severity', /danger|blocked/);
    await o.showDetails();
    for (const text of await o.root.allTextContents()) expect(text).not.toMatch(/e\+\d|0\.00×/);
    await demo.submit.click();
    await expect(o.confirmPanel).toBeVisible();
    expect(await demoSubmits(demo.page)).toHaveLength(0);
  });
});
