import type { Page } from '@playwright/test';
import { OverlayPart } from './overlay';

export const BYBIT_FIXTURES = 'src/venues/bybit/fixtures';

/** The order zone's words the page object finds controls by, in the page's language. */
export interface BybitWords {
  /** Matched case-sensitively: the overlay, inserted inside the zone, lists "available balance" too. */
  balance: RegExp;
  buyLong: string;
  sellShort: string;
  price: string;
  orderBy: RegExp;
}
const ENGLISH: BybitWords = { balance: /Available Balance/, buyLong: 'Buy/Long', sellShort: 'Sell/Short', price: 'Price', orderBy: /^Order by/ };
/** The Simplified Chinese page's words (the translated fixture's, `fixtures/variants.ts`). */
export const SIMPLIFIED_CHINESE: BybitWords = { balance: /可用余额/, buyLong: '买入/做多', sellShort: '卖出/做空', price: '价格', orderBy: /^按(数量|价值|成本)/ };

/**
 * The Bybit fixture page (`ticket.html`) served at https://www.bybit.com/trade/usdt/<SYMBOL> or
 * /trade/inverse/<SYMBOL>. Like the adapter, it finds controls by visible text and roles (the
 * reference is thin for Bybit, and the drifted variant renames every class); only the fixture's own
 * `__fixture` hook freezes the mark price.
 */
export class BybitPage {
  readonly overlay: OverlayPart;
  constructor(
    readonly page: Page,
    readonly words: BybitWords = ENGLISH,
  ) {
    this.overlay = new OverlayPart(page);
  }

  /** A trade page; `locale` is Bybit's path segment for a language (`zh-MY` is its Simplified Chinese). */
  static url(symbol = 'BTCUSDT', family: 'usdt' | 'inverse' = 'usdt', locale?: string) {
    return `https://www.bybit.com/${locale ? `${locale}/` : ''}trade/${family}/${symbol}`;
  }

  /**
   * The visible order zone: the panel holding "Available Balance" and the Buy/Long button. (Matched
   * case-sensitively: the overlay, inserted inside the zone, lists "available balance" too.)
   */
  get ticket() {
    return this.page
      .locator('div:visible')
      .filter({ hasText: this.words.balance })
      .filter({ has: this.page.getByRole('button', { name: this.words.buyLong, exact: true }) })
      .last();
  }
  get buyLong() {
    return this.page.getByRole('button', { name: this.words.buyLong, exact: true }).filter({ visible: true });
  }
  get sellShort() {
    return this.page.getByRole('button', { name: this.words.sellShort, exact: true }).filter({ visible: true });
  }
  /** The input in the smallest box that also holds `label` ("Price", "Order by Qty"). */
  inputBeside(label: string | RegExp) {
    return this.ticket
      .locator('div', { has: this.page.getByText(label, { exact: true }) })
      .filter({ has: this.page.locator('input[type="text"]') })
      .last()
      .locator('input[type="text"]')
      .first();
  }

  async freezeMark(mark: number) {
    await this.page.evaluate((v) => (window as unknown as { __fixture: { setMark(v: number): void } }).__fixture.setMark(v), mark);
  }
  async price(value: string) {
    const input = this.inputBeside(this.words.price);
    await input.fill('');
    await input.pressSequentially(value);
  }
  async qty(value: string) {
    const input = this.inputBeside(this.words.orderBy);
    await input.fill('');
    await input.pressSequentially(value);
  }
  async orderType(type: 'Limit' | 'Market') {
    await this.ticket.getByRole('tab', { name: type, exact: true }).click();
  }
  async orderBy(mode: 'Order by Qty' | 'Order by Value' | 'Order by Cost') {
    await this.ticket.getByRole('button', { name: /^Order by/ }).click();
    await this.page.getByRole('menuitem', { name: mode, exact: true }).click();
  }
  /** Opens the leverage dialog from the order zone's "10.00x", types the leverage, confirms. */
  async leverage(value: number) {
    await this.ticket.getByRole('button', { name: /^\d+(\.\d+)?x$/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.locator('input[type="text"]').fill(String(value));
    await dialog.getByRole('button', { name: 'Confirm' }).click();
  }
  async marginMode(mode: 'Cross' | 'Isolated') {
    await this.ticket.getByRole('button', { name: /^(Cross|Isolated)$/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('radio', { name: `${mode} Margin` }).click();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
  }
  async switchSymbol(symbol: 'BTCUSDT' | 'ETHUSDT' | 'BTCUSD') {
    await this.page.getByRole('navigation', { name: 'Favorites' }).getByRole('link', { name: symbol, exact: true }).click();
  }
  submits(): Promise<unknown[]> {
    return this.page.evaluate(() => (window as unknown as { __submits: unknown[] }).__submits);
  }
}
