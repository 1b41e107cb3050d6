import type { Page } from '@playwright/test';
import { OverlayPart } from './overlay';

export const BITGET_FIXTURES = 'src/venues/bitget-usdtm/fixtures';

/** The form's words the page object finds controls by, in the page's language and position mode. */
export interface BitgetWords {
  /** Matched case-sensitively: the overlay inside the form says "available balance". */
  available: RegExp;
  long: string;
  short: string;
  price: string;
  quantity: string;
}
const ENGLISH: BitgetWords = { available: /Available/, long: 'Open long', short: 'Open short', price: 'Price', quantity: 'Quantity' };
/** One-way mode: "Buy" / "Sell" (`oneWayBuySell`). */
export const ONE_WAY_BUY_SELL: BitgetWords = { ...ENGLISH, long: 'Buy', short: 'Sell' };
/** The zh-CN page's words (the translated fixture's, `fixtures/variants.ts`). */
export const SIMPLIFIED_CHINESE: BitgetWords = { available: /可用/, long: '开多', short: '开空', price: '价格', quantity: '数量' };
/** The Spanish page's words (`/es/`, the translated fixture's). */
export const SPANISH: BitgetWords = { available: /Disponible/, long: 'Abrir long', short: 'Abrir short', price: 'Precio', quantity: 'Cantidad' };

/**
 * The Bitget USDT-M fixture page (`ticket.html`) served at https://www.bitget.com/futures/usdt/<SYMBOL>.
 * Like the adapter, it finds controls by visible text, placeholders and roles only (the reference has
 * no DOM evidence for Bitget); only the fixture's `__fixture` hook freezes the mark price.
 */
export class BitgetPage {
  readonly overlay: OverlayPart;
  constructor(
    readonly page: Page,
    readonly words: BitgetWords = ENGLISH,
  ) {
    this.overlay = new OverlayPart(page);
  }

  /** A futures page; `locale` is Bitget's path segment for a language (`zh-CN`, `ru`…). */
  static url(symbol = 'BTCUSDT', locale?: string) {
    return `https://www.bitget.com/${locale ? `${locale}/` : ''}futures/usdt/${symbol}`;
  }

  /** The visible order form: the panel holding "Available" and "Open long" (case-sensitive: the overlay inside says "available balance"). */
  get ticket() {
    return this.page
      .locator('div:visible')
      .filter({ hasText: this.words.available })
      .filter({ has: this.page.getByRole('button', { name: this.words.long, exact: true }) })
      .last();
  }
  get openLong() {
    return this.page.getByRole('button', { name: this.words.long, exact: true }).filter({ visible: true });
  }
  get openShort() {
    return this.page.getByRole('button', { name: this.words.short, exact: true }).filter({ visible: true });
  }
  get priceInput() {
    return this.ticket
      .locator('div', { has: this.page.getByText(this.words.price, { exact: true }) })
      .filter({ has: this.page.locator('input[type="text"]') })
      .last()
      .locator('input[type="text"]');
  }
  get qtyInput() {
    return this.ticket.getByPlaceholder(this.words.quantity, { exact: true });
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
