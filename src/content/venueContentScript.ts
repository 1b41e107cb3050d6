import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { VenueModel } from '../risk/venues/model';
import type { VenueAdapter } from '../venues/adapter';
import { venueById } from '../venues/catalogue';
import { guardTicket } from './guardTicket';

/**
 * One content script per venue: it runs only on that venue's ticket pages and carries only that
 * venue's adapter and risk rules, so a page loads what it needs and nothing else.
 * (Imported by WXT at build time: nothing here may run outside `main`.)
 */
export function venueContentScript(adapter: VenueAdapter, models: readonly VenueModel[]) {
  const pages = venueById(adapter.id);
  if (!pages) throw new Error(`${adapter.id} is not in src/venues/catalogue.ts`);
  const exclude = pages.excludeMatches;
  return {
    matches: [...pages.matches],
    // Firefox refuses to install a manifest with `exclude_matches: []`: omit the key instead.
    ...(exclude?.length ? { excludeMatches: [...exclude] } : {}),
    runAt: 'document_idle' as const,
    main(ctx: ContentScriptContext) {
      guardFor(ctx, adapter, models);
    },
  };
}

/**
 * Runs the guard for the life of `ctx`, and again at once if a page script ended it.
 *
 * WXT ends a content script's context when a newer copy of the script announces itself with a DOM
 * event on `document`. The page can dispatch that event too (its name is in a window message the
 * script posts), which would switch the guard off silently. A real newer copy only exists after
 * the extension was reloaded or updated, and then this copy's `browser.runtime.id` is gone: so a
 * context ended while the extension is still alive was ended by the page, and the guard re-attaches
 * in a new context straight away (held orders are dropped, never placed).
 */
function guardFor(ctx: ContentScriptContext, adapter: VenueAdapter, models: readonly VenueModel[]) {
  void guardTicket(ctx, adapter, { models });
  ctx.onInvalidated(() => {
    if (browser.runtime?.id == null) return;
    console.debug('Leverage Guard: the page ended the content script’s context; re-attaching.');
    // WXT's own class, taken from the context (importing it here would run it at build time).
    const Context = ctx.constructor as typeof ContentScriptContext;
    guardFor(new Context(`${adapter.id}-reattached`, { noScriptStartedPostMessage: true }), adapter, models);
  });
}
