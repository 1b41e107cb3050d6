import type { Page } from '@playwright/test';
import { OverlayPart } from './overlay';

export const BITMEX_FIXTURES = 'src/venues/bitmex/fixtures';

/**
 * The BitMEX fixture page (`ticket.html`) served at https://www.bitmex.com/app/trade/<SYMBOL>. Like the
 * adapter, it finds controls by their labels and roles only (the reference has no DOM evidence for
 * BitMEX); only the fixture's `__fixture` hook freezes the mark price.
 */
export class BitmexPage {
  readonly overlay: OverlayPart;
  constructor(readonly page: Page) {
    this.overlay = new OverlayPart(page);
  }

  static url(symbol = 'XBTUSD') {
    return `https://www.bitmex.com/app/trade/${symbol}`;
  }

  /** The visible order form: the panel holding "Available Balance" and "Buy / Long" (case-sensitive: the overlay inside lists "available balance"). */
  get ticket() {
    return this.page
      .locator('div:visible')
      .filter({ hasText: /Available Balance/ })
      .filter({ has: this.page.getByRole('button', { name: 'Buy / Long', exact: true }) })
      .last();
  }
  get buyLong() {
    return this.page.getByRole('button', { name: 'Buy / Long', exact: true }).filter({ visible: true });
  }
  get sellShort() {
    return this.page.getByRole('button', { name: 'Sell / Short', exact: true }).filter({ visible: true });
  }
  get qtyInput() {
    return this.page.getByLabel('Quantity', { exact: true }).filter({ visible: true });
  }
  get priceInput() {
    return this.page.getByLabel('Limit Price', { exact: true }).filter({ visible: true });
  }

  /** Types into the visible input labelled `label` (the translated page's "仓位", "价格"). */
  async typeInto(label: string, value: string) {
    const box = this.page.getByLabel(label, { exact: true }).filter({ visible: true });
    await box.fill('');
    await box.pressSequentially(value);
  }
  async freezeMark(mark: number) {
    await this.page.evaluate((v) => (window as unknown as { __fixture: { setMark(v: number): void } }).__fixture.setMark(v), mark);
  }
  async price(value: string) {
    await this.priceInput.fill('');
    await this.priceInput.pressSequentially(value);
  }
  async qty(value: string) {
    await this.qtyInput.fill('');
    await this.qtyInput.pressSequentially(value);
  }
  async orderType(type: 'Limit' | 'Market') {
    await this.ticket.getByRole('tab', { name: type, exact: true }).click();
  }
  async marginMode(mode: 'Cross' | 'Isolated') {
    await this.ticket.getByRole('radio', { name: mode, exact: true }).click();
  }
  async leverage(value: number) {
    await this.ticket.getByRole('button', { name: /^\d+(\.\d+)?x$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Leverage' });
    await dialog.locator('input[type="text"]').fill(String(value));
    await dialog.getByRole('button', { name: 'Confirm' }).click();
  }
  async switchSymbol(symbol: 'XBTUSD' | 'XBTUSDT' | 'ETHUSD') {
    await this.page.getByRole('navigation', { name: 'Instruments' }).getByRole('link', { name: symbol, exact: true }).click();
  }
  submits(): Promise<unknown[]> {
    return this.page.evaluate(() => (window as unknown as { __submits: unknown[] }).__submits);
  }
}
