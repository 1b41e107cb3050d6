import type { Page } from '@playwright/test';
import { OverlayPart } from './overlay';

export const HYPERLIQUID_FIXTURES = 'src/venues/hyperliquid/fixtures';

/**
 * The Hyperliquid fixture page (`ticket.html`) served at https://app.hyperliquid.xyz/trade/<COIN>.
 * Like the adapter, it finds controls by their visible text only (the app has no test ids).
 */
export class HyperliquidPage {
  readonly overlay: OverlayPart;
  constructor(readonly page: Page) {
    this.overlay = new OverlayPart(page);
  }

  static url(coin = 'BTC') {
    return `https://app.hyperliquid.xyz/trade/${coin}`;
  }

  /** The visible order ticket: the panel holding "Available to Trade" and "Place Order". */
  get ticket() {
    return this.page.locator('div:visible').filter({ hasText: 'Available to Trade' }).filter({ has: this.page.getByRole('button', { name: 'Place Order' }) }).last();
  }
  get submit() {
    return this.page.getByRole('button', { name: 'Place Order' }).filter({ visible: true });
  }
  /** An input by the text label beside it ("Size", "Price (USD)"). */
  inputLabelled(label: string) {
    return this.ticket.locator('div', { has: this.page.getByText(label, { exact: true }) }).filter({ has: this.page.locator('input') }).last().locator('input').first();
  }

  async freezeMark(mark: number) {
    await this.page.evaluate((v) => (window as unknown as { __fixture: { setMark(v: number): void } }).__fixture.setMark(v), mark);
  }
  async side(side: 'long' | 'short') {
    await this.ticket.getByText(side === 'long' ? 'Buy / Long' : 'Sell / Short', { exact: true }).click();
  }
  async orderType(type: 'Market' | 'Limit') {
    await this.ticket.getByText(type, { exact: true }).click();
  }
  async price(value: string) {
    const input = this.inputLabelled('Price (USD)');
    await input.fill('');
    await input.pressSequentially(value);
  }
  async size(value: string) {
    const input = this.inputLabelled('Size');
    await input.fill('');
    await input.pressSequentially(value);
  }
  async sizeUnit(unit: string) {
    const trigger = this.ticket.getByRole('button', { name: /^(BTC|ETH|USDC)$/ });
    if ((await trigger.textContent())?.trim() !== unit) await trigger.click();
  }
  async leverage(value: number) {
    await this.ticket.getByRole('button', { name: /^\d+x$/ }).click();
    const modal = this.page.getByText('Adjust Leverage').locator('..');
    await modal.locator('input[type="text"]').fill(String(value));
    await modal.getByRole('button', { name: 'Confirm' }).click();
  }
  async marginMode(mode: 'Cross' | 'Isolated') {
    await this.ticket.getByRole('button', { name: /^(Cross|Isolated)$/ }).click();
    const modal = this.page.getByText(/Margin Mode$/).locator('..');
    await modal.getByRole('button', { name: mode, exact: true }).click();
    await modal.getByRole('button', { name: 'Confirm' }).click();
  }
  async switchCoin(coin: 'BTC' | 'ETH') {
    await this.page.getByRole('button', { name: /-USD$/ }).click();
    await this.page.getByText(`${coin}-USD`, { exact: true }).filter({ visible: true }).last().click();
  }
  submits(): Promise<unknown[]> {
    return this.page.evaluate(() => (window as unknown as { __submits: unknown[] }).__submits);
  }
}
