import type { Locator, Page } from '@playwright/test';

/** The overlay, identical on every venue; its closed shadow root is handed to Playwright's locators by `closedRoots.ts`. */
export class OverlayPart {
  readonly root: Locator;
  constructor(
    readonly page: Page,
    side?: 'long' | 'short',
  ) {
    this.root = page.locator('[data-testid="lg-overlay"]');
    this.scope = side ? this.root.locator(`[data-side="${side}"]`) : this.root;
  }
  private readonly scope: Locator;

  get status() {
    return this.root.getByTestId('lg-status');
  }
  get leverage() {
    return this.scope.getByTestId('lg-leverage');
  }
  get accountLeverage() {
    return this.scope.getByTestId('lg-account-leverage');
  }
  get margin() {
    return this.scope.getByTestId('lg-margin');
  }
  get liqPrice() {
    return this.scope.getByTestId('lg-liq-price');
  }
  get liqDistance() {
    return this.scope.getByTestId('lg-liq-distance');
  }
  get warnings() {
    return this.root.getByTestId('lg-warnings').locator('li');
  }
  get confirmPanel() {
    return this.root.getByTestId('lg-confirm');
  }
  get understand() {
    return this.root.getByTestId('lg-confirm-ack');
  }
  get placeAnyway() {
    return this.root.getByTestId('lg-confirm-place');
  }
  get goBack() {
    return this.root.getByTestId('lg-confirm-cancel');
  }
  /** The order guard mode holds: `data-side`, `data-size`, `data-leverage`. */
  get heldOrder() {
    return this.root.getByTestId('lg-held-order');
  }
  /** Why the held order shown is not the one first held. */
  get confirmChange() {
    return this.root.getByTestId('lg-confirm-change');
  }
  /** "Leverage Guard cannot read the size (“1e2”)" in the held order. */
  get unreadable() {
    return this.root.getByTestId('lg-unreadable');
  }
  get notice() {
    return this.root.getByTestId('lg-notice');
  }
  get sizeForRisk() {
    return this.scope.getByTestId('lg-size-for-risk');
  }
  get useSize() {
    return this.scope.getByTestId('lg-use-size');
  }
  get liqRange() {
    return this.scope.getByTestId('lg-liq-range');
  }
  warning(code: string) {
    return this.root.locator(`[data-testid="lg-warnings"] li[data-code="${code}"]`);
  }
  /** Opens the disclosure with everything beyond one glance (sizing, account leverage, what was read). */
  async showDetails() {
    const details = this.root.getByTestId('lg-reading');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  }
  /** The overlay's own figure behind the formatted text. */
  async numberOf(locator: Locator): Promise<number | null> {
    const raw = await locator.getAttribute('data-value');
    return raw === null || raw === '' ? null : Number(raw);
  }
  async severity(): Promise<string | null> {
    return this.root.getAttribute('data-severity');
  }
  /**
   * Each "what it read" row as the value read, e.g. { size: '0.5 (base)', balance: '12500', side:
   * 'long' } (the row's `data-value`, with its unit), or the row's words where nothing was read.
   */
  async readingRows(): Promise<Record<string, string>> {
    // Attribute by attribute: evaluate() would run in the page's world, which cannot see into the closed root.
    const rows = this.root.locator('[data-field]');
    const out: Record<string, string> = {};
    for (const row of await rows.all()) {
      const [name, value, unit] = await Promise.all(['data-field', 'data-value', 'data-unit'].map((a) => row.getAttribute(a)));
      out[name!] = value ? (unit ? `${value} (${unit})` : value) : ((await row.textContent()) ?? '');
    }
    return out;
  }
}
