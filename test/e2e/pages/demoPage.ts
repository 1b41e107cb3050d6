import type { Page } from '@playwright/test';
import { OverlayPart } from './overlay';

/** The built-in demo exchange (`demo.html`); owns every selector of its ticket. */
export class DemoPage {
  readonly overlay: OverlayPart;
  constructor(readonly page: Page) {
    this.overlay = new OverlayPart(page);
  }

  static url(extensionId: string, params: Record<string, string> = { tick: '0' }) {
    return `chrome-extension://${extensionId}/demo.html?${new URLSearchParams(params)}`;
  }

  get ticket() {
    return this.page.getByTestId('order-ticket');
  }
  get submit() {
    return this.page.getByTestId('place-order');
  }
  async side(side: 'long' | 'short') {
    await this.ticket.getByRole('tab', { name: side === 'long' ? 'Buy / Long' : 'Sell / Short' }).click();
  }
  async orderType(type: 'Limit' | 'Market') {
    await this.ticket.getByRole('tab', { name: type }).click();
  }
  async marginMode(mode: 'Cross' | 'Isolated') {
    await this.ticket.getByRole('radio', { name: mode }).click();
  }
  async price(value: string) {
    await this.ticket.locator('input[name="price"]').fill(value);
  }
  async size(value: string, unit?: 'BTC' | 'ETH' | 'USDT') {
    if (unit) await this.ticket.getByLabel('Size unit').selectOption(unit);
    const input = this.ticket.locator('input[name="size"]');
    await input.fill('');
    await input.pressSequentially(value);
  }
  async leverage(value: number) {
    await this.ticket.getByLabel('Leverage', { exact: true }).fill(String(value));
  }
  async stopLoss(value: string) {
    await this.ticket.locator('input[name="tpsl"]').check();
    await this.ticket.locator('input[name="stopLoss"]').fill(value);
  }
  sizeValue(): Promise<string> {
    return this.ticket.locator('input[name="size"]').inputValue();
  }
  async pressEnterInSize() {
    await this.ticket.locator('input[name="size"]').press('Enter');
  }
  async markPrice(): Promise<number> {
    return Number((await this.page.getByTestId('mark-price').textContent())!.replace(/,/g, ''));
  }
  async switchSymbol(symbol: 'BTCUSDT' | 'ETHUSDT') {
    await this.page.locator(`[data-symbol="${symbol}"]`).click();
  }
  submits(): Promise<number> {
    return this.page.evaluate(() => window.__submits.length);
  }
}
