import type { Page } from '@playwright/test';
import { OverlayPart } from './overlay';

export const MEXC_FIXTURES = 'src/venues/mexc/fixtures';

/**
 * The MEXC futures fixture page (`ticket.html`) served at https://www.mexc.com/futures/<SYMBOL>?type=linear_swap
 * (or the legacy https://futures.mexc.com/exchange/<SYMBOL>). Owns every selector of that page; they are
 * the real page's hooks as the bots record them (`data-testid="contract-trade-*"`, the `#mexc…` ids, AntD
 * roles, label text), except for the fixture's own leverage dialog controls.
 */
export class MexcPage {
  readonly overlay: OverlayPart;
  constructor(readonly page: Page) {
    this.overlay = new OverlayPart(page);
  }

  static url(symbol = 'BTC_USDT') {
    return `https://www.mexc.com/futures/${symbol}?type=linear_swap`;
  }
  static legacyUrl(symbol = 'BTC_USDT') {
    return `https://futures.mexc.com/exchange/${symbol}?type=linear_swap`;
  }

  get form() {
    return this.page.locator('[data-testid="contract-trade-order-form"]:visible');
  }
  /** An AntD number input by the label text in its wrapper ("Price", "Quantity (USDT)"). */
  inputLabelled(label: RegExp) {
    return this.form.locator('div', { has: this.page.getByText(label) }).filter({ has: this.page.locator('input.ant-input') }).last().locator('input.ant-input');
  }
  get priceInput() {
    return this.inputLabelled(/^Price$/);
  }
  get quantityInput() {
    return this.inputLabelled(/^Quantity \(/);
  }
  get openLong() {
    return this.form.locator('[data-testid="contract-trade-open-long-btn"]');
  }
  get openShort() {
    return this.form.locator('[data-testid="contract-trade-open-short-btn"]');
  }
  field(name: string) {
    return this.overlay.root.locator(`[data-field="${name}"]`);
  }

  async freezeMark(mark: number) {
    await this.page.evaluate((v) => (window as unknown as { __fixture: { setMark(v: number): void } }).__fixture.setMark(v), mark);
  }
  async orderType(name: 'Limit' | 'Market') {
    await this.form.getByRole('tab', { name, exact: true }).click();
  }
  async price(value: string) {
    await this.priceInput.fill('');
    await this.priceInput.pressSequentially(value);
  }
  async quantity(value: string) {
    await this.quantityInput.fill('');
    await this.quantityInput.pressSequentially(value);
  }
  /** The Quantity label cycles its unit: USDT → Cont → coin. */
  async quantityUnit(unit: string) {
    const label = this.form.getByText(/^Quantity \(/);
    for (let i = 0; i < 3 && (await label.textContent())?.trim() !== `Quantity (${unit})`; i++) await label.click();
  }
  /** The leverage selector opens "Adjust Leverage" (margin mode and leverage). */
  async leverage(value: number, mode: 'Cross' | 'Isolated' = 'Cross') {
    await this.form.locator('.leverage-selector').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: mode, exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Leverage' }).fill(String(value));
    await dialog.getByRole('button', { name: 'Confirm' }).click();
  }
  async switchContract(name: 'BTCUSDT' | 'ETHUSDT') {
    await this.page.getByRole('navigation', { name: 'Favorites' }).getByRole('link', { name }).click();
  }
  submits(): Promise<unknown[]> {
    return this.page.evaluate(() => (window as unknown as { __submits: unknown[] }).__submits);
  }
}
