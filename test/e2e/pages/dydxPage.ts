import type { Page } from '@playwright/test';
import { OverlayPart } from './overlay';

export const DYDX_FIXTURES = 'src/venues/dydx/fixtures';

/**
 * The dYdX v4 fixture page (`ticket.html`) served at https://dydx.trade/trade/<MARKET>. Owns every
 * selector of that page; they are the real page's hooks (element ids, Radix roles and ids, text),
 * except for the fixture's own leverage dialog controls.
 */
export class DydxPage {
  readonly overlay: OverlayPart;
  constructor(readonly page: Page) {
    this.overlay = new OverlayPart(page);
  }

  static url(market = 'BTC-USD') {
    return `https://dydx.trade/trade/${market}`;
  }

  get amountInput() {
    return this.page.locator('input[id="trade-amount"]:visible');
  }
  get priceInput() {
    return this.page.locator('input[id="price.limitPrice"]:visible');
  }
  get submit() {
    return this.page.locator('form button[type="submit"]:visible');
  }
  field(name: string) {
    return this.overlay.root.locator(`[data-field="${name}"]`);
  }

  async freezeMark(mark: number) {
    await this.page.evaluate((v) => (window as unknown as { __fixture: { setMark(v: number): void } }).__fixture.setMark(v), mark);
  }
  async side(side: 'long' | 'short') {
    await this.page.locator(`[role="tab"][id$="-trigger-${side === 'long' ? 'BUY' : 'SELL'}"]:visible`).click();
  }
  async orderType(type: 'LIMIT' | 'MARKET') {
    await this.page.locator(`[role="tab"][id$="-trigger-${type}"]:visible`).click();
  }
  async price(value: string) {
    await this.priceInput.fill('');
    await this.priceInput.pressSequentially(value);
  }
  async amount(value: string) {
    await this.amountInput.fill('');
    await this.amountInput.pressSequentially(value);
  }
  /** Clicks the unit tag in the Amount label (coin ↔ USD). */
  async toggleUnit() {
    await this.page.locator('label[for="trade-amount"]:visible span').click();
  }
  async marginMode(mode: 'Cross' | 'Isolated') {
    await this.page.getByRole('radio', { name: mode }).filter({ visible: true }).click();
  }
  /** The "5×" button opens the leverage dialog. */
  async leverage(value: number) {
    await this.page.locator('button:visible', { hasText: /^\s*\d+(\.\d+)?×\s*$/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox').fill(String(value));
    await dialog.getByRole('button', { name: 'Confirm Leverage' }).click();
  }
  async switchMarket(market: 'BTC-USD' | 'ETH-USD') {
    await this.page.getByRole('button', { name: /-USD ▾$/ }).click();
    await this.page.getByRole('button', { name: market, exact: true }).click();
  }
  submits(): Promise<unknown[]> {
    return this.page.evaluate(() => (window as unknown as { __submits: unknown[] }).__submits);
  }
}
