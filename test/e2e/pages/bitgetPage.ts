import type { Page } from '@playwright/test';
import { OverlayPart } from './overlay';

export const BITGET_FIXTURES = 'src/venues/bitget-usdtm/fixtures';

/**
 * The Bitget USDT-M fixture page (`ticket.html`) served at https://www.bitget.com/futures/usdt/<SYMBOL>.
 * Like the adapter, it finds controls by visible text, placeholders and roles only (the reference has
 * no DOM evidence for Bitget); only the fixture's `__fixture` hook freezes the mark price.
 */
export class BitgetPage {
  readonly overlay: OverlayPart;
  constructor(readonly page: Page) {
    this.overlay = new OverlayPart(page);
  }

  static url(symbol = 'BTCUSDT') {
    return `https://www.bitget.com/futures/usdt/${symbol}`;
  }

  /** The visible order form: the panel holding "Available" and "Open long" (case-sensitive: the overlay inside says "available balance"). */
  get ticket() {
    return this.page
      .locator('div:visible')
      .filter({ hasText: /Available/ })
      .filter({ has: this.page.getByRole('button', { name: 'Open long', exact: true }) })
      .last();
  }
  get openLong() {
    return this.page.getByRole('button', { name: 'Open long', exact: true }).filter({ visible: true });
  }
  get openShort() {
    return this.page.getByRole('button', { name: 'Open short', exact: true }).filter({ visible: true });
  }
  get priceInput() {
    return this.ticket
      .locator('div', { has: this.page.getByText('Price', { exact: true }) })
      .filter({ has: this.page.locator('input[type="text"]') })
      .last()
      .locator('input[type="text"]');
  }
  get qtyInput() {
    return this.ticket.getByPlaceholder('Quantity', { exact: true });
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
    await this.ticket.getByText(type, { exact: true }).click();
  }
  async unit(unit: string) {
    await this.ticket.getByRole('button', { name: /^(BTC|ETH|USDT)/ }).click();
    await this.page.getByRole('option', { name: unit, exact: true }).click();
  }
  async leverage(value: number) {
    await this.ticket.getByRole('button', { name: /^\d+x$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Adjust leverage' });
    await dialog.locator('input[type="text"]').fill(String(value));
    await dialog.getByRole('button', { name: 'Confirm' }).click();
  }
  async marginMode(mode: 'Cross' | 'Isolated') {
    await this.ticket.getByRole('button', { name: /^(Cross|Isolated)$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Margin mode' });
    await dialog.getByRole('radio', { name: mode, exact: true }).click();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
  }
  async switchSymbol(symbol: 'BTCUSDT' | 'ETHUSDT') {
    await this.page.getByRole('navigation', { name: 'Favorites' }).getByRole('link', { name: symbol, exact: true }).click();
  }
  submits(): Promise<unknown[]> {
    return this.page.evaluate(() => (window as unknown as { __submits: unknown[] }).__submits);
  }
}
