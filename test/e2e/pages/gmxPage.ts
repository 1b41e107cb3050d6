import type { Page } from '@playwright/test';
import { OverlayPart } from './overlay';

export const GMX_FIXTURES = 'src/venues/gmx/fixtures';

/**
 * The GMX v2 fixture page (`ticket.html`) served at https://app.gmx.io/trade/long. Owns every selector
 * of that page; they are the real page's `data-qa` hooks (gmx-interface and its own page objects),
 * except for the fixture's leverage popover input.
 */
export class GmxPage {
  readonly overlay: OverlayPart;
  constructor(readonly page: Page) {
    this.overlay = new OverlayPart(page);
  }

  static url(direction: 'long' | 'short' = 'long') {
    return `https://app.gmx.io/trade/${direction}`;
  }

  get sizeInput() {
    return this.page.locator('[data-qa="tradebox"]:visible input[data-qa="position-size-input"]');
  }
  get priceInput() {
    return this.page.locator('[data-qa="tradebox"]:visible input[data-qa="trigger-price-input"]');
  }
  get submit() {
    return this.page.locator('[data-qa="tradebox"]:visible [data-qa="confirm-trade-button"]');
  }
  field(name: string) {
    return this.overlay.root.locator(`[data-field="${name}"]`);
  }

  async freezeMark(mark: number) {
    await this.page.evaluate((v) => (window as unknown as { __fixture: { setMark(v: number): void } }).__fixture.setMark(v), mark);
  }
  async direction(dir: 'Long' | 'Short') {
    await this.page.locator(`[data-qa="tradebox"]:visible [data-qa="trade-direction-tab-${dir}"]`).click();
  }
  async mode(mode: 'Market' | 'Limit') {
    await this.page.locator(`[data-qa="tradebox"]:visible [data-qa="trade-mode-tab-${mode}"]`).click();
  }
  async price(value: string) {
    await this.priceInput.fill('');
    await this.priceInput.pressSequentially(value);
  }
  async size(value: string) {
    await this.sizeInput.fill('');
    await this.sizeInput.pressSequentially(value);
  }
  async toggleSizeUnit() {
    await this.page.locator('[data-qa="tradebox"]:visible [data-qa="position-size-display-mode"]').click();
  }
  /** The leverage field opens the "Adjust leverage" popover. */
  async leverage(value: number) {
    await this.page.locator('[data-qa="tradebox"]:visible [data-qa="leverage-slider"]').click();
    const popover = this.page.getByRole('dialog', { name: 'Adjust leverage' });
    await popover.getByRole('textbox', { name: 'Leverage' }).fill(String(value));
    await popover.getByRole('button', { name: 'Confirm' }).click();
  }
  async switchMarket(market: 'ETH/USD' | 'BTC/USD') {
    await this.page.locator('[data-qa="market-selector"]').click();
    await this.page.locator(`[data-qa="market-selector-${market}"]`).click();
  }
  submits(): Promise<unknown[]> {
    return this.page.evaluate(() => (window as unknown as { __submits: unknown[] }).__submits);
  }
}
