import { VENUES } from '../venues/catalogue';
import { contentScriptRunsOn } from '../venues/scriptPages';

/**
 * Every site Leverage Guard knows: the demo, then each venue of `src/venues/catalogue.ts`. The popup uses this to tell from the active tab's URL which site it is on,
 * the options page to list every site, the background to clear badges of switched-off sites.
 */
export interface SiteInfo {
  id: string;
  name: string;
  /** Hostnames the site lives on. The demo has none: it is the extension's own `demo.html`. */
  hosts: readonly string[];
  /** Content-script match patterns: the pages of `hosts` that have an order ticket. */
  matches: readonly string[];
}

/** @inlined */
export const DEMO_PATH = '/demo.html';

export const SITES: readonly SiteInfo[] = [
  { id: 'demo', name: 'Demo exchange', hosts: [], matches: [] },
  ...VENUES.map(({ id, name, hosts, matches }) => ({ id, name, hosts, matches })),
];

export const siteById = (id: string): SiteInfo | undefined => SITES.find((s) => s.id === id);

export const siteName = (id: string): string => siteById(id)?.name ?? id;

export interface SiteMatch {
  site: SiteInfo;
  /** True when the content script runs on this page (it has an order ticket), false on e.g. a spot page of the same host. */
  ticketPage: boolean;
}

/**
 * Which site a tab's URL belongs to. `extensionBase` is `browser.runtime.getURL('/')`, so the demo
 * page is recognised in Chrome (`chrome-extension://…`) and Firefox (`moz-extension://…`).
 */
export function siteForUrl(url: string | undefined | null, extensionBase?: string): SiteMatch | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (extensionBase) {
    let base: URL | null = null;
    try {
      base = new URL(extensionBase);
    } catch {
      base = null;
    }
    // Compare scheme and host: `origin` is "null" for chrome-extension:// and moz-extension:// URLs.
    if (base && parsed.protocol === base.protocol && parsed.host === base.host && parsed.pathname === DEMO_PATH) {
      return { site: SITES[0]!, ticketPage: true };
    }
  }
  if (parsed.protocol !== 'https:') return null;
  const site = SITES.find((s) => s.hosts.includes(parsed.hostname));
  if (!site) return null;
  // Where the site's content script does not run, there is no ticket page.
  return { site, ticketPage: contentScriptRunsOn(site.id, parsed) };
}
