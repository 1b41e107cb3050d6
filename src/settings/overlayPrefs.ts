import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

/**
 * How the overlay looks on this device: its theme (follow the ticket, or always dark/light) and,
 * per site, whether its details are open as the trader last left them. Kept in `storage.local`:
 * a matter of this screen, not of the trader's limits, so it neither syncs nor needs a migration.
 * Whatever is stored is parsed; anything unreadable reads as the defaults.
 */
export const OVERLAY_THEMES = ['auto', 'dark', 'light'] as const;
export type OverlayTheme = (typeof OVERLAY_THEMES)[number];

const prefsSchema = z.object({
  theme: z.catch(z.enum(OVERLAY_THEMES), 'auto'),
  detailsOpen: z.catch(z.record(z.string().check(z.maxLength(40)), z.boolean()), {}),
});
export type OverlayPrefs = z.infer<typeof prefsSchema>;

const DEFAULT_OVERLAY_PREFS: OverlayPrefs = { theme: 'auto', detailsOpen: {} };

// Read with the browser's own storage API: content scripts load this, and WXT's storage wrapper would add its weight to every exchange page.
const KEY = 'overlayPrefs';

function parseOverlayPrefs(raw: unknown): OverlayPrefs {
  const parsed = prefsSchema.safeParse(raw);
  return parsed.success ? parsed.data : { ...DEFAULT_OVERLAY_PREFS, detailsOpen: {} };
}

export async function loadOverlayPrefs(): Promise<OverlayPrefs> {
  const stored = await browser.storage.local.get(KEY).catch(() => ({}) as Record<string, unknown>);
  return parseOverlayPrefs(stored[KEY] ?? null);
}

export async function saveOverlayPrefs(change: (prefs: OverlayPrefs) => OverlayPrefs): Promise<void> {
  await browser.storage.local.set({ [KEY]: change(await loadOverlayPrefs()) });
}

export function watchOverlayPrefs(onChange: (prefs: OverlayPrefs) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(parseOverlayPrefs(changes[KEY]!.newValue ?? null));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
