import type { CDPSession, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { BINANCE_FIXTURES, BinancePage } from './pages/binancePage';
import { Background, OptionsPage } from './pages/popup';

/**
 * A site the trader switched off costs its page nothing. Seen from outside, the way DevTools sees
 * it (the content script's isolated world is out of the page's reach):
 * - DOMDebugger.getEventListeners on the window and on the document with its whole subtree (shadow
 *   roots included), as seen from the page's world and from the content script's, keeping the
 *   listeners whose function is in one of the extension's scripts;
 * - V8's precise coverage (Profiler.takePreciseCoverage with call counts) over a stretch of trading:
 *   any listener, observer, timer, frame or message channel of the content script would run a
 *   function of it. Switched off, none runs; switched on, the same stretch runs many.
 */

interface Listener {
  type: string;
  scriptId: string;
}

async function devtools(page: Page, extensionId: string) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const extensionScripts = new Set<string>();
  cdp.on('Debugger.scriptParsed', (s) => {
    if (s.url.startsWith(`chrome-extension://${extensionId}/`)) extensionScripts.add(s.scriptId);
  });
  // The content script's own world: its `window` is another wrapper of the page's window, and
  // DevTools lists the window's listeners per world (the document's are shared). Enabling reports
  // the worlds already there.
  const worlds: { id: number; origin: string; name: string; isDefault: boolean }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    worlds.push({ id: context.id, origin: context.origin, name: context.name, isDefault: (context.auxData as { isDefault?: boolean } | undefined)?.isDefault ?? false });
  });
  await cdp.send('Runtime.enable');
  // Enabling the debugger reports every script already parsed, the content script's included.
  await cdp.send('Debugger.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });

  /** The extension's listeners on the window and anywhere in the document (shadow roots too). */
  const listeners = async (): Promise<{ window: Listener[]; document: Listener[] }> => {
    const contentWorld = worlds.find((w) => !w.isDefault && w.origin === `chrome-extension://${extensionId}`);
    if (!contentWorld) throw new Error(`no content-script world among ${JSON.stringify(worlds)}`);
    const on = async (expression: string, depth?: number) => {
      const found: Listener[] = [];
      for (const contextId of [contentWorld.id, worlds.find((w) => w.isDefault)!.id]) {
        const { result } = await cdp.send('Runtime.evaluate', { expression, contextId });
        const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', {
          objectId: result.objectId!,
          ...(depth !== undefined ? { depth, pierce: true } : {}),
        })) as { listeners: Listener[] };
        for (const l of listeners) {
          if (extensionScripts.has(l.scriptId) && !found.some((f) => f.type === l.type && f.scriptId === l.scriptId)) found.push({ type: l.type, scriptId: l.scriptId });
        }
      }
      return found;
    };
    return { window: await on('window'), document: await on('document', -1) };
  };

  /** Calls of the extension's functions since the last look. */
  const extensionCalls = async (): Promise<number> => {
    const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as {
      result: { scriptId: string; url: string; functions: { ranges: { count: number }[] }[] }[];
    };
    return result
      .filter((s) => s.url.startsWith(`chrome-extension://${extensionId}/`))
      .reduce((sum, s) => sum + s.functions.reduce((n, f) => n + (f.ranges[0]?.count ?? 0), 0), 0);
  };
  return { listeners, extensionCalls, extensionScripts };
}

/** What a trader does on the page: types a size, clicks the ticket, while the page ticks its mark. */
async function trade(bn: BinancePage) {
  await bn.size('0.25');
  await bn.sizeInput.click();
  await bn.price('64000');
  // Two search intervals, a mark follow-up and several frames: what any timer of ours would fire in.
  await bn.page.waitForTimeout(1200);
}

test('a site switched off adds no listener, observer, timer or message channel to its page until it is switched on', async ({
  context,
  extensionId,
  serveFixture,
  openPage,
}) => {
  const options = new OptionsPage(await openPage(OptionsPage.url(extensionId)));
  await options.siteEnabled('binance-usdm').click();
  await expect(options.siteEnabled('binance-usdm')).not.toBeChecked();
  const background = Background.of(context);
  await expect.poll(() => background.storedSettings()).toMatchObject({ sites: { 'binance-usdm': { enabled: false } } });

  await serveFixture(BinancePage.url(), `${BINANCE_FIXTURES}/ticket.html`);
  const bn = new BinancePage(await openPage(BinancePage.url()));
  const tabId = await background.activeTabId();
  // The content script has asked what applies on its site and learnt it is off (the popup's answer).
  await expect
    .poll(() => background.worker.evaluate(async (id) => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<{ enabled?: boolean } | undefined> } } }).chrome;
      return (await chrome.tabs.sendMessage(id, { type: 'lg:get-tab-state' }).catch(() => undefined))?.enabled;
    }, tabId))
    .toBe(false);

  const tools = await devtools(bn.page, extensionId);
  expect(tools.extensionScripts.size, 'the content script is seen by DevTools').toBeGreaterThan(0);
  const off = await tools.listeners();
  expect(off.window, 'window listeners of a switched-off site').toEqual([]);
  // WXT's own context listens on the document for a newer copy of the script (an update): that one only.
  expect(off.document.map((l) => l.type)).toEqual([expect.stringMatching(/wxt:content-script-started$/)]);

  await tools.extensionCalls();
  await trade(bn);
  expect(await tools.extensionCalls(), 'functions of the content script run while the site is off').toBe(0);
  await expect(bn.overlay.root).toHaveCount(0);

  await options.page.bringToFront();
  await options.siteEnabled('binance-usdm').click();
  await expect(options.siteEnabled('binance-usdm')).toBeChecked();
  await bn.page.bringToFront();
  await expect(bn.overlay.root).toBeVisible();
  const on = await tools.listeners();
  expect(on.window.map((l) => l.type)).toEqual(expect.arrayContaining(['click', 'input', 'change', 'pointerdown', 'keydown']));

  await tools.extensionCalls();
  await trade(bn);
  expect(await tools.extensionCalls(), 'the same trading once the site is on').toBeGreaterThan(0);
  await expect(bn.overlay.root.locator('[data-field="size"]')).toHaveAttribute('data-value', '0.25');
  await expect(bn.overlay.root.locator('[data-field="size"]')).toHaveText('0.25 BTC');
});
