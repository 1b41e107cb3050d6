import type { Page } from '@playwright/test';
import { OverlayPart } from './overlay';

export const OKX_FIXTURES = 'src/venues/okx-swap/fixtures';

/**
 * The OKX swap fixture page (`ticket.html`) served at https://www.okx.com/trade-swap/<inst-id>. Owns
 * every selector of that page; they are the real page's hooks as recorded (`#leftPoForm`,
 * `input[name=…]`, okui classes, `data-testid`), except for the fixture's own dialog controls.
 */
export class OkxSwapPage {
  readonly overlay: OverlayPart;
  constructor(readonly page: Page) {
    this.overlay = new OverlayPart(page);
  }

  static url(inst = 'btc-usdt-swap') {
    return `https://www.okx.com/trade-swap/${inst}`;
  }

  get sizeInput() {
    return this.page.locator('#leftPoForm input[name="size"]');
  }
  get priceInput() {
    return this.page.locator('#leftPoForm input[name="price"]');
  }
  get buyLong() {
    return this.page.locator('#leftPoForm button.okui-positivebutton');
  }
  get sellShort() {
    return this.page.locator('#leftPoForm button.okui-negativebutton');
  }
  field(name: string) {
    return this.overlay.root.locator(`[data-field="${name}"]`);
  }

  async freezeMark(mark: number) {
    await this.page.evaluate((v) => (window as unknown as { __fixture: { setMark(v: number): void } }).__fixture.setMark(v), mark);
  }
  async orderType(name: 'Limit' | 'Market') {
    await this.page.locator('.okui-tabs-pane-underline[role="tab"]:visible', { hasText: name }).first().click();
  }
  async price(value: string) {
    await this.priceInput.fill('');
    await this.priceInput.pressSequentially(value);
  }
  async size(value: string) {
    await this.sizeInput.fill('');
    await this.sizeInput.pressSequentially(value);
  }
  /** The unit beside the size input cycles Contracts → coin → USDT. */
  async sizeUnit(unit: string) {
    const trigger = this.page.locator('#leftPoForm .place-order-input-box:has(input[name="size"]) > span').last();
    for (let i = 0; i < 3 && (await trigger.textContent())?.trim() !== unit; i++) await trigger.click();
  }
  async leverage(value: number) {
    await this.page.locator('#leftPoForm button', { hasText: /^\d+(\.\d+)?x$/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Leverage' }).fill(String(value));
    await dialog.getByRole('button', { name: 'Confirm' }).click();
  }
  async marginMode(mode: 'Cross' | 'Isolated') {
    await this.page.locator('#leftPoForm button', { hasText: /^(Cross|Isolated)$/ }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: mode, exact: true }).click();
  }
  async switchInstrument(inst: 'BTC-USDT-SWAP' | 'ETH-USDT-SWAP') {
    await this.page.getByRole('navigation', { name: 'Favorites' }).getByRole('link', { name: inst }).click();
  }
  submits(): Promise<unknown[]> {
    return this.page.evaluate(() => (window as unknown as { __submits: unknown[] }).__submits);
  }
}
