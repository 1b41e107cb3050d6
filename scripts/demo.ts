/**
 * `npm run demo`: opens Chromium with the built extension on the built-in demo exchange.
 * With a display it opens a window for you to play with; without one (CI, servers) it fills a
 * sample order headless, prints what the overlay shows and writes screenshots to demo-output/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MissingChromiumError, launchWithExtension } from '../test/e2e/browser';
import { exposeClosedRootsToLocators } from '../test/e2e/closedRoots';

const outDir = path.resolve('demo-output');
const headless = !process.env.DISPLAY || process.env.CI === 'true' || process.argv.includes('--headless');

const { context, extensionId } = await launchWithExtension(undefined, { headless }).catch((error: unknown) => {
  // A machine without Chromium: say what to install, not a stack trace.
  if (!(error instanceof MissingChromiumError)) throw error;
  console.error(`npm run demo: ${error.message}`);
  process.exit(1);
});
// The overlay lives in a closed shadow root: hand it to Playwright's locators as the e2e tests do.
await exposeClosedRootsToLocators(context);
// No network at all: every http(s) request is refused.
await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));

const page = await context.newPage();
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));
await page.goto(`chrome-extension://${extensionId}/demo.html${headless ? '?tick=0' : ''}`);

if (!headless) {
  console.log('Leverage Guard demo is open: type into the ticket. Close the browser window to finish.');
  await new Promise((resolve) => context.on('close', resolve));
  process.exit(0);
}

const ticket = page.getByTestId('order-ticket');
await ticket.getByLabel('Leverage', { exact: true }).fill('20');
await ticket.locator('input[name="size"]').pressSequentially('0.5');
await ticket.locator('input[name="tpsl"]').check();
await ticket.locator('input[name="stopLoss"]').fill('60,000');
const overlay = page.getByTestId('lg-overlay');
await overlay.getByTestId('lg-liq-price').filter({ hasNotText: '—' }).first().waitFor();
// Open "What Leverage Guard read" as a user would (a page-world evaluate cannot reach the closed root).
const readingDetails = overlay.getByTestId('lg-reading');
await readingDetails.locator('summary').click();

const text = (testId: string) => overlay.getByTestId(testId).first().innerText();
console.log('Sample order on the demo ticket: BTCUSDT, Buy/Long 0.5 BTC at 62,000, 20× cross, stop loss 60,000\n');
console.log(`Overlay status:      ${await text('lg-status')} (data-severity="${await overlay.getAttribute('data-severity')}")`);
console.log(`Position leverage:   ${await text('lg-leverage')}`);
console.log(`Account leverage:    ${await text('lg-account-leverage')}`);
console.log(`Cost:                ${await text('lg-margin')}`);
console.log(`Liq. price:          ${await text('lg-liq-price')}`);
console.log(`                     ${await text('lg-liq-distance')}`);
for (const w of await overlay.getByTestId('lg-warnings').locator('li').allInnerTexts()) console.log(`Warning:             ${w}`);
console.log('\nWhat the overlay read from the ticket:');
for (const row of await overlay.locator('[data-field]').all()) {
  console.log(`  ${String(await row.getAttribute('data-field')).padEnd(22)} ${await row.textContent()}`);
}

mkdirSync(outDir, { recursive: true });
await readingDetails.locator('summary').click();
await ticket.screenshot({ path: path.join(outDir, 'ticket-with-overlay.png') });
await page.screenshot({ path: path.join(outDir, 'demo-page.png') });

// Guard mode: the order breaks the 10× limit, so clicking Buy/Long is held for confirmation.
await page.getByTestId('place-order').click();
await overlay.getByTestId('lg-confirm').waitFor();
console.log(`\nGuard mode held the click: "${(await overlay.getByTestId('lg-confirm').innerText()).split('\n')[0]}"`);
console.log(`Orders placed so far: ${await page.evaluate(() => (window as unknown as { __submits: unknown[] }).__submits.length)}`);
await ticket.screenshot({ path: path.join(outDir, 'guard-mode.png') });
await overlay.getByTestId('lg-confirm-cancel').click();

type TabsApi = { tabs: { getCurrent(): Promise<{ id?: number } | undefined> } };
const tabId = await page.evaluate(async () => (await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.getCurrent())?.id);
const popup = await context.newPage();
await popup.setViewportSize({ width: 380, height: 600 });
await popup.goto(`chrome-extension://${extensionId}/popup.html${tabId ? `?tab=${tabId}` : ''}`);
await popup.getByTestId('live-report').waitFor();
await popup.screenshot({ path: path.join(outDir, 'popup.png'), fullPage: true });

await context.close();

// The same order in a Chinese browser: the overlay and the popup speak the trader's language.
const zh = await launchWithExtension(undefined, { headless: true, locale: 'zh-CN' });
await exposeClosedRootsToLocators(zh.context);
await zh.context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
const zhPage = await zh.context.newPage();
await zhPage.goto(`chrome-extension://${zh.extensionId}/demo.html?tick=0`);
const zhTicket = zhPage.getByTestId('order-ticket');
await zhTicket.getByLabel('Leverage', { exact: true }).fill('20');
await zhTicket.locator('input[name="size"]').pressSequentially('0.5');
await zhPage.getByTestId('lg-overlay').getByTestId('lg-liq-price').filter({ hasNotText: '—' }).first().waitFor();
await zhPage.getByTestId('place-order').click();
await zhPage.getByTestId('lg-overlay').getByTestId('lg-confirm').waitFor();
await zhTicket.screenshot({ path: path.join(outDir, 'guard-mode-zh-CN.png') });
await zh.context.close();

console.log(`\nScreenshots in ${path.relative(process.cwd(), outDir)}/: ticket-with-overlay.png, guard-mode.png, demo-page.png, popup.png, guard-mode-zh-CN.png`);
if (errors.length) {
  console.error(`Page errors:\n${errors.join('\n')}`);
  process.exit(1);
}
