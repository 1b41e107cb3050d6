import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';

type LimitKey = 'maxLeverage' | 'minLiquidationDistance' | 'maxAccountLeverage' | 'maxLossAtStop' | 'riskPerTrade';

interface StorageAreaLike {
  get(k: string | null): Promise<Record<string, unknown>>;
  set(v: object): Promise<void>;
}

/** The extension APIs the tests call inside extension pages and the service worker. */
interface ChromeLike {
  tabs: { getCurrent(): Promise<{ id?: number } | undefined>; query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]> };
  storage: { sync: StorageAreaLike; local: StorageAreaLike };
}

/** An override-log record as stored (src/settings/overrideLog.ts). */
export interface OverrideRecordLike {
  at: number;
  site: string;
  symbol: string | null;
  side: 'long' | 'short' | null;
  leverage: number | null;
  severity: 'safe' | 'caution' | 'danger' | 'blocked' | 'unknown';
  warnings: string[];
}
/** Inside evaluate callbacks (serialised into the page or worker): only type casts, no helpers. */
type WithChrome = { chrome: ChromeLike };

/**
 * The toolbar popup, opened as a page: Playwright cannot click the toolbar button, and a popup
 * opened as a tab would describe itself, so `?tab=<id>` names the tab it is about (see src/ui/popup/tab.ts).
 * Owns every selector of the popup.
 */
export class PopupPage {
  constructor(readonly page: Page) {}

  static url(extensionId: string, tabId?: number) {
    return `chrome-extension://${extensionId}/popup.html${tabId !== undefined ? `?tab=${tabId}` : ''}`;
  }

  get siteStatus() {
    return this.page.getByTestId('site-status');
  }
  get siteName() {
    return this.page.getByTestId('site-name');
  }
  get unsupported() {
    return this.page.getByTestId('unsupported');
  }
  get siteToggle() {
    return this.page.getByRole('switch');
  }
  get liveReport() {
    return this.page.getByTestId('live-report');
  }
  get liveLeverage() {
    return this.page.getByTestId('live-leverage');
  }
  /** The open positions the tab's page showed: rows `lg-position` with `data-symbol`, `data-side`, `data-distance`, `data-below-min`. */
  get positions() {
    return this.page.getByTestId('lg-positions').getByTestId('lg-position');
  }
  get liveSeverity() {
    return this.page.getByTestId('live-severity');
  }
  get liveOff() {
    return this.page.getByTestId('live-off');
  }
  get status() {
    return this.page.getByTestId('limits-status');
  }
  get save() {
    return this.page.getByRole('button', { name: 'Save limits' });
  }
  limit(key: LimitKey): Locator {
    return this.page.getByTestId(`limit-${key}`);
  }
  limitError(key: LimitKey): Locator {
    return this.page.getByTestId(`limit-${key}-error`);
  }
  /** What a limit's field says under it; shown for this site's own value ("Only here; all sites: 10×."). */
  limitHelp(key: LimitKey): Locator {
    return this.page.getByTestId(`limit-${key}-help`);
  }
  /** "Only here": the radio that shows this site's own limits. */
  get scopeHere(): Locator {
    return this.page.getByTestId('scope-site');
  }
  /** Drops this site's own limits: it follows all sites again. */
  get useAllSiteLimits(): Locator {
    return this.page.getByTestId('use-all-site-limits');
  }
  preset(name: 'Conservative' | 'Moderate' | 'Aggressive'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
  scope(which: 'All sites' | 'Only here'): Locator {
    return this.page.getByRole('radio', { name: which });
  }

  async setLimit(key: LimitKey, value: string) {
    await this.limit(key).fill(value);
    await this.save.click();
  }

  /** The site's guard mode: one select in the site box. */
  get guardMode() {
    return this.page.getByRole('combobox', { name: 'Guard mode', exact: true });
  }
  /** "3 overrides today" in the header (absent when there are none). */
  get overrideCount() {
    return this.page.getByTestId('override-count');
  }
  /** The raises waiting for the cool-down. */
  get pending() {
    return this.page.getByTestId('pending');
  }
  get pendingItems() {
    return this.page.getByTestId('pending-item');
  }
  /** The pending change whose text starts with `what`, e.g. "Max leverage 25×". */
  pendingItem(what: string): Locator {
    return this.pendingItems.filter({ hasText: what });
  }
  async cancelPending(what: string) {
    await this.pendingItem(what).getByRole('button', { name: /^Cancel/ }).click();
  }
  /** "Your stored settings were damaged…" (or other stored data could not be read). */
  get repairNotice() {
    return this.page.getByTestId('repair-notice');
  }
  /** Why the settings could not be loaded or saved. */
  get settingsError() {
    return this.page.getByTestId('settings-error');
  }
  /** The first section of the popup, below its header and any notice about the settings. */
  get firstSection() {
    return this.page.locator('main > section').first();
  }
  /** True when something sticks out of the popup's side (a word or a button cut off at its edge). */
  overflowsSideways(): Promise<boolean> {
    return this.page.evaluate(() => {
      const main = document.querySelector('main')!;
      return main.scrollWidth > main.clientWidth;
    });
  }
  /** How tall the popup's document is: Chrome shows at most 600 px of it without scrolling. */
  documentHeight(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollHeight);
  }
}

/** The options page. Owns its selectors. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  static url(extensionId: string) {
    return `chrome-extension://${extensionId}/options.html`;
  }

  override(siteId: string, key: LimitKey): Locator {
    return this.page.getByTestId(`ov-${siteId}-${key}`);
  }
  siteEnabled(siteId: string): Locator {
    return this.page.getByTestId(`site-enabled-${siteId}`);
  }
  get saveOverrides() {
    return this.page.getByRole('button', { name: 'Save site overrides' });
  }
  get sitesStatus() {
    return this.page.getByTestId('sites-status');
  }
  get exportButton() {
    return this.page.getByRole('button', { name: 'Export settings…' });
  }
  get importInput() {
    return this.page.getByLabel('Import settings…');
  }
  get transferStatus() {
    return this.page.getByTestId('transfer-status');
  }
  get resetButton() {
    return this.page.getByRole('button', { name: 'Reset to defaults…' });
  }
  get resetConfirm() {
    return this.page.getByTestId('reset-confirm');
  }
  hard(key: LimitKey): Locator {
    return this.page.getByTestId(`hard-${key}`);
  }
  presetNameInput(): Locator {
    return this.page.locator('#options-preset-name');
  }
  get coolDown() {
    return this.page.getByLabel('Cool-down before a raise applies');
  }
  siteGuard(siteId: string): Locator {
    return this.page.getByTestId(`site-guard-${siteId}`);
  }
  get pendingItems() {
    return this.page.getByTestId('pending-item');
  }
  /** Rows of the override log, newest first. */
  get overrideRows() {
    return this.page.getByTestId('override-row');
  }
  get exportOverrides() {
    return this.page.getByRole('button', { name: 'Export CSV' });
  }
  get clearOverrides() {
    return this.page.getByRole('button', { name: 'Clear log…' });
  }
  get clearOverridesConfirm() {
    return this.page.getByTestId('overrides-clear-confirm');
  }
  get overridesEmpty() {
    return this.page.getByTestId('overrides-empty');
  }
  /** Why the settings could not be loaded or saved. */
  get settingsError() {
    return this.page.getByTestId('settings-error');
  }
  /** "Your settings were saved by a newer version of Leverage Guard…" */
  get newerVersion() {
    return this.page.getByTestId('newer-version');
  }
  /** The question Reset asks before it replaces anything: what is lost, where the copy is. */
  get resetQuestion() {
    return this.page.getByTestId('reset-question');
  }
  /** Backups on this device whose description starts with `what`, e.g. "Before a reset to defaults". */
  backup(what: string): Locator {
    return this.page.getByTestId('backup').filter({ hasText: what });
  }
  presetName(presetId: string): Locator {
    return this.page.getByTestId(`preset-${presetId}`).getByRole('textbox');
  }
  /** "Overlay colours": follow the exchange page, always dark or always light. */
  overlayColours(theme: 'auto' | 'dark' | 'light'): Locator {
    return this.page.getByTestId(`overlay-theme-${theme}`);
  }
  renamePreset(presetId: string): Locator {
    return this.page.getByTestId(`preset-${presetId}`).getByRole('button', { name: 'Rename' });
  }
}

/** The background service worker: badge and stored settings, read the way the browser sees them. */
export class Background {
  constructor(readonly worker: Worker) {}

  static of(context: BrowserContext) {
    const [worker] = context.serviceWorkers();
    if (!worker) throw new Error('no extension service worker');
    return new Background(worker);
  }

  badgeText(tabId: number): Promise<string> {
    return this.worker.evaluate((id) => (globalThis as unknown as WithChrome).chrome.action.getBadgeText({ tabId: id }), tabId);
  }
  badgeColor(tabId: number): Promise<number[]> {
    return this.worker.evaluate((id) => (globalThis as unknown as WithChrome).chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
  }
  storedSettings(): Promise<unknown> {
    return this.worker.evaluate(async () => (await (globalThis as unknown as WithChrome).chrome.storage.sync.get('settings')).settings);
  }
  /** Writes the stored settings as another context would (the item's version metadata is kept). */
  storeSettings(settings: unknown): Promise<void> {
    return this.worker.evaluate(async (value) => (globalThis as unknown as WithChrome).chrome.storage.sync.set({ settings: value }), settings);
  }
  /**
   * Moves every pending change of the stored settings `ago` ms into the past (keeping the schema's
   * "applies within 24 h of being asked for"), as if the cool-down had run out: no clock needed.
   */
  makePendingDue(ago = 1000): Promise<void> {
    return this.worker.evaluate(async (ms) => {
      const { chrome } = globalThis as unknown as WithChrome;
      const { settings } = (await chrome.storage.sync.get('settings')) as { settings: { pending: { requestedAt: number; appliesAt: number }[] } };
      const appliesAt = Date.now() - ms;
      settings.pending = settings.pending.map((p) => ({ ...p, requestedAt: appliesAt - (p.appliesAt - p.requestedAt), appliesAt }));
      await chrome.storage.sync.set({ settings });
    }, ago);
  }
  overrideLog(): Promise<unknown> {
    return this.worker.evaluate(async () => (await (globalThis as unknown as WithChrome).chrome.storage.local.get('overrideLog')).overrideLog);
  }
  seedOverrideLog(records: OverrideRecordLike[]): Promise<void> {
    return this.worker.evaluate(async (log) => (globalThis as unknown as WithChrome).chrome.storage.local.set({ overrideLog: log }), records);
  }
  /** The id of the active tab of the last focused window (a page just opened by the test). */
  activeTabId(): Promise<number> {
    return this.worker.evaluate(async () => (await (globalThis as unknown as WithChrome).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  }
}

/** The id of the tab an extension page (the demo) runs in. */
export function tabIdOf(page: Page): Promise<number> {
  return page.evaluate(async () => (await (globalThis as unknown as WithChrome).chrome.tabs.getCurrent())!.id!);
}
