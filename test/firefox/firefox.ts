/**
 * `npm run test:firefox`: the Firefox build in a real Firefox (Debian's firefox-esr), driven by
 * puppeteer-core over WebDriver BiDi. Installs the build the way `web-ext run` and about:debugging
 * do (a temporary add-on: Firefox reads and validates the manifest as for any install), serves the
 * Binance fixture at the exchange's real URL so the content script meets its real match pattern,
 * and asks the extension, from its own popup page, what its overlay shows. The overlay sits in a
 * closed shadow root, which no page script (nor this test) can read: the content script's own
 * `lg:get-tab-state` answer, and the popup's rendering of it, are what is checked.
 *
 * No byte leaves: every page request but the fixture is aborted (and fails the test), and all
 * other traffic goes to a proxy that does not exist.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { TabState } from '../../src/messages';
import { formatLeverage, formatPrice } from '../../src/ui/format';
import { riskCli } from '../e2e/riskCli';

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const buildDir = path.resolve(process.env.LG_OUT_DIR ?? '.output', 'firefox-mv3');
const BINANCE_URL = 'https://www.binance.com/en/futures/BTCUSDT';
const BINANCE_FIXTURE = 'src/venues/binance-usdm/fixtures/ticket.html';
const MARK = 64251.3;

// ---- a minimal runner: named checks in order, one line each, then a summary ----

const checks: { name: string; run: () => Promise<void> }[] = [];
const check = (name: string, run: () => Promise<void>) => checks.push({ name, run });

class Failure extends Error {}
function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Failure(message);
}
const closeTo = (actual: number | null | undefined, expected: number | null | undefined, what: string) =>
  assert(
    actual != null && expected != null && Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} (expected ${expected})`,
  );

/** Waits for `probe` to return a value (not a timed assertion: the deadline only stops a hung run). */
async function until<T>(what: string, probe: () => Promise<T | null | undefined>, deadlineMs = 15_000): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value != null) return value;
    if (Date.now() > end) throw new Failure(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ---- the browser ----

const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8'));
const addonId: string = manifest.browser_specific_settings.gecko.id;
// Fixed for this run through Firefox's own pref, so the test knows the moz-extension:// origin.
const uuid = randomUUID();
const extensionUrl = (page: string) => `moz-extension://${uuid}/${page}`;
const unexpectedRequests: string[] = [];
let browser: Browser;
let installed = false;

/**
 * Opens one of the extension's pages. puppeteer's goto() does not settle on moz-extension:// pages
 * (it waits for navigation events Firefox does not send for them), so this sends BiDi's own
 * browsingContext.navigate, which returns once the page has loaded.
 */
async function openExtensionPage(page: Page, file: string) {
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await connection.send('browsingContext.navigate', { context, url: extensionUrl(file), wait: 'complete' });
}

async function newPage() {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** A tab holding one of the extension's pages: where `browser.*` is the WebExtension API. */
async function extensionTab(file: string) {
  const page = await newPage();
  await openExtensionPage(page, file);
  return page;
}

/** Serves `file` at `url`; any other http(s) request from the page is aborted and recorded. */
async function servePage(page: Page, url: string, file: string) {
  const body = readFileSync(file, 'utf8');
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const u = request.url();
    if (u === url) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    if (u.startsWith('data:') || u.startsWith('blob:')) return void request.continue();
    if (new URL(u).pathname === '/favicon.ico') return void request.respond({ status: 204, body: '' });
    unexpectedRequests.push(`${request.method()} ${u}`);
    return void request.abort();
  });
}

type ExtensionGlobal = {
  browser: {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(tabId: number, message: object): Promise<unknown>;
      getCurrent(): Promise<{ id?: number } | undefined>;
    };
    runtime: { sendMessage(message: object): Promise<unknown> };
  };
};

/** The popup about `tabId` (`popup.html?tab=` as in the Chromium tests), once it shows a live report. */
async function popupFigures(popup: Page, tabId: number) {
  await openExtensionPage(popup, `popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="live-report"]');
  // (No functions declared inside evaluate callbacks: tsx's helpers do not exist in the page.)
  const [site, leverage, liqPrice] = await popup.evaluate(
    (ids) => ids.map((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null),
    ['site-name', 'live-leverage', 'live-liq-price'],
  );
  return { site, leverage, liqPrice };
}

// ---- the checks ----

check(`Firefox installs the build (${path.relative(process.cwd(), buildDir)})`, async () => {
  const id = await browser.installExtension(buildDir).catch((error: Error) => {
    // BiDi says only "Extension is invalid"; Mozilla's linter names the manifest error.
    throw new Failure(`Firefox refused to install it (npm run lint:firefox says why): ${error.message.split(' RemoteError@')[0]}`);
  });
  assert(id === addonId, `installed as ${id}, expected ${addonId}`);
  installed = true;
});

check(`on ${BINANCE_URL} the content script adds its overlay, and it shows the order's figures`, async () => {
  assert(installed, 'the extension is not installed');
  const page = await newPage();
  await servePage(page, BINANCE_URL, BINANCE_FIXTURE);
  await page.goto(BINANCE_URL);
  // The overlay's host element, in the page: its content is in a closed shadow root.
  await page.waitForSelector('leverage-guard').catch(() => {
    throw new Failure(`no <leverage-guard> element: the content script did not run on ${BINANCE_URL}`);
  });
  const box = await page.$eval('leverage-guard', (host) => host.getBoundingClientRect().height);
  assert(box > 0, `the overlay takes no space on the page (height ${box})`);

  await page.evaluate((mark) => (window as unknown as { __fixture: { setMark(v: number): void } }).__fixture.setMark(mark), MARK);
  // The visible size input (the fixture, like the real page, also has a hidden duplicate).
  const sizeId = await page.$$eval('input[id^="unitAmount-"]', (inputs) => inputs.find((i) => i.checkVisibility())?.id);
  assert(sizeId, 'no visible size input on the ticket');
  await page.type(`[id="${sizeId}"]`, '0.1');

  const ext = await extensionTab('popup.html');
  const tabId = await ext.evaluate(async (url) => {
    const [tab] = await (globalThis as unknown as ExtensionGlobal).browser.tabs.query({ url });
    return tab?.id;
  }, BINANCE_URL);
  assert(tabId !== undefined, 'the extension cannot see the Binance tab');
  // Asked as the popup asks: the content script answers with what its overlay shows.
  const state = await until('the overlay to read the typed size', async () => {
    const s = (await ext.evaluate(
      (id) => (globalThis as unknown as ExtensionGlobal).browser.tabs.sendMessage(id, { type: 'lg:get-tab-state' }),
      tabId,
    )) as TabState;
    return s?.reading?.size.ok && s.report?.liquidationPrice != null ? s : null;
  });
  assert(state.site === 'binance-usdm' && state.enabled && state.ticketFound, `state: ${JSON.stringify(state).slice(0, 300)}`);
  const r = state.reading!;
  assert(r.size.ok && r.size.value.value === 0.1, `size read as ${JSON.stringify(r.size)}`);
  assert(r.markPrice.ok && r.markPrice.value === MARK, `mark read as ${JSON.stringify(r.markPrice)}`);
  assert(r.price.ok && r.leverage.ok && r.balance.ok, 'price, leverage or balance not read');
  const cli = riskCli({
    venue: 'binance-usdm', symbol: 'BTCUSDT', side: state.report!.side, orderType: 'limit', price: r.price.value,
    markPrice: MARK, size: { value: 0.1, unit: 'base' }, leverage: r.leverage.value, marginMode: 'cross', balance: r.balance.value,
  });
  closeTo(state.report!.liquidationPrice, cli.liquidationPrice, 'liquidation price');
  closeTo(state.report!.initialMargin, cli.initialMargin, 'margin');

  // What the trader sees in the popup for that tab.
  const shown = await popupFigures(ext, tabId);
  assert(shown.site === 'Binance USDⓈ-M Futures', `popup site: ${shown.site}`);
  assert(shown.liqPrice === formatPrice(cli.liquidationPrice!), `popup liq. price ${shown.liqPrice}, expected ${formatPrice(cli.liquidationPrice!)}`);
  assert(shown.leverage === formatLeverage(cli.positionLeverage!), `popup leverage ${shown.leverage}, expected ${formatLeverage(cli.positionLeverage!)}`);
  await ext.close();
  await page.close();
});

check('the demo exchange (moz-extension://…/demo.html) runs the guard on its ticket', async () => {
  assert(installed, 'the extension is not installed');
  const demo = await extensionTab('demo.html?tick=0');
  await demo.waitForSelector('[data-testid="order-ticket"] input[name="size"]');
  await demo.type('[data-testid="order-ticket"] input[name="size"]', '0.5');
  const tabId = await demo.evaluate(async () => (await (globalThis as unknown as ExtensionGlobal).browser.tabs.getCurrent())?.id);
  assert(tabId !== undefined, 'the demo page has no tab id');
  const popup = await newPage();
  const state = await until('the demo overlay to read the typed size', async () => {
    await openExtensionPage(popup, 'popup.html');
    const s = (await popup.evaluate(
      (id) => (globalThis as unknown as ExtensionGlobal).browser.runtime.sendMessage({ type: 'lg:get-tab-state', tabId: id }),
      tabId,
    )) as TabState;
    return s?.reading?.size.ok && s.report?.liquidationPrice != null ? s : null;
  });
  assert(state.site === 'demo' && state.ticketFound, `state: ${JSON.stringify(state).slice(0, 300)}`);
  const shown = await popupFigures(popup, tabId);
  assert(shown.liqPrice === formatPrice(state.report!.liquidationPrice!), `popup liq. price ${shown.liqPrice}`);
  await popup.close();
  await demo.close();
});

// ---- run ----

if (!existsSync(firefoxPath)) {
  console.error(`Firefox is not installed at ${firefoxPath}: apt-get install -y firefox-esr (or set FIREFOX_PATH=…)`);
  process.exit(1);
}
if (!existsSync(path.join(buildDir, 'manifest.json'))) {
  console.error(`No Firefox build in ${buildDir}: npm run build:firefox`);
  process.exit(1);
}

const started = Date.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: firefoxPath,
  headless: true,
  // Lets WebDriver BiDi open moz-extension:// pages (the popup, the demo); refused without it.
  args: ['-remote-allow-system-access'],
  extraPrefsFirefox: {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    // Anything the interception does not answer goes to a proxy that is not there.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': '',
  },
});
const version = await browser.version();
console.log(`${version} (launched in ${seconds(Date.now() - started)})`);

let passed = 0;
let failed = 0;
try {
  for (const { name, run } of checks) {
    const t0 = Date.now();
    try {
      await run();
      passed++;
      console.log(`  ✓ ${name} (${seconds(Date.now() - t0)})`);
    } catch (error) {
      failed++;
      console.log(`  ✘ ${name} (${seconds(Date.now() - t0)})\n      ${error instanceof Failure ? error.message : String((error as Error)?.stack ?? error)}`);
    }
  }
  if (unexpectedRequests.length) {
    failed++;
    console.log(`  ✘ no network request leaves the browser\n      ${unexpectedRequests.join('\n      ')}`);
  }
} finally {
  await browser.close();
}
console.log(`\n${passed} passed, ${failed} failed (${seconds(Date.now() - started)})`);
process.exit(failed ? 1 : 0);
