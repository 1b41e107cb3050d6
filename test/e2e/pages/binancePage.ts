import type { Page } from '@playwright/test';
import { OverlayPart } from './overlay';

export const BINANCE_FIXTURES = 'src/venues/binance-usdm/fixtures';

/**
 * The Binance USDⓈ-M fixture page (`ticket.html`) served at a real futures URL. Owns every selector
 * of that page; the selectors are the real page's hooks (`input[id^="unitAmount-"]`, `[data-tab-key]`,
 * button text), not the fixture's own `data-fx` attributes, except for its dialogs' controls.
 */
export class BinancePage {
  readonly overlay: OverlayPart;
  constructor(readonly page: Page) {
    this.overlay = new OverlayPart(page);
  }

  static url(symbol = 'BTCUSDT', lang = 'en') {
    return `https://www.binance.com/${lang}/futures/${symbol}`;
  }

  /** The visible size input (the hidden duplicate pane and mobile form are skipped by `:visible`). */
  get sizeInput() {
    return this.page.locator('input[id^="unitAmount-"]:visible');
  }
  get priceInput() {
    return this.page.locator('input[id^="limitPrice-"]:visible');
  }
  get openLong() {
    return this.page.getByRole('button', { name: 'Open Long', exact: true });
  }
  get openShort() {
    return this.page.getByRole('button', { name: 'Open Short', exact: true });
  }
  get markPriceText() {
    return this.page.locator('.css-stat-v').first();
  }

  /** Stops the page's mark price and order book from ticking, at a known mark. */
  async freezeMark(mark: number) {
    await this.page.evaluate((v) => (window as unknown as { __fixture: { setMark(v: number): void } }).__fixture.setMark(v), mark);
  }
  async price(value: string) {
    await this.priceInput.fill('');
    await this.priceInput.pressSequentially(value);
  }
  async size(value: string) {
    await this.sizeInput.fill('');
    await this.sizeInput.pressSequentially(value);
  }
  async orderType(key: 'LIMIT' | 'MARKET') {
    await this.page.locator(`[role="tab"][data-tab-key="${key}"]:visible`).click();
  }
  async sizeUnit(unit: string) {
    const trigger = this.page.locator('div[target^="unitAmount-"]:visible [role="combobox"]');
    if ((await trigger.textContent())?.trim() !== unit) await trigger.click();
  }
  /** Opens the leverage dialog from the ticket's "20x" button, types the leverage, confirms. */
  async leverage(value: number) {
    await this.page.getByRole('button', { name: /^\d+x$/ }).filter({ visible: true }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.locator('input[type="text"]').fill(String(value));
    await dialog.getByRole('button', { name: 'Confirm' }).click();
  }
  async marginMode(mode: 'Cross' | 'Isolated') {
    await this.page.getByRole('button', { name: /^(Cross|Isolated)$/ }).filter({ visible: true }).first().click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: mode, exact: true }).click();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
  }
  async switchSymbol(symbol: 'BTCUSDT' | 'ETHUSDT') {
    await this.page.getByRole('navigation', { name: 'Favorites' }).getByRole('link', { name: new RegExp(`^${symbol}`) }).click();
  }
  submits(): Promise<unknown[]> {
    return this.page.evaluate(() => (window as unknown as { __submits: unknown[] }).__submits);
  }
}
