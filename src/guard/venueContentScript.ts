import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { VenueModel } from '../risk/venues/model';
import type { VenueAdapter } from '../venues/adapter';
import { venueExcludeMatches, venueMatches } from '../venues/hosts';
import { guardTicket } from './guardTicket';

/**
 * One content script per venue: it runs only on that venue's ticket pages and carries only that
 * venue's adapter and risk rules, so a page loads what it needs and nothing else.
 * (Imported by WXT at build time: nothing here may run outside `main`.)
 */
export function venueContentScript(adapter: VenueAdapter, models: readonly VenueModel[]) {
  const id = adapter.id as keyof typeof venueMatches;
  const exclude = venueExcludeMatches[id];
  return {
    matches: [...venueMatches[id]],
    // Firefox refuses to install a manifest with `exclude_matches: []`: omit the key instead.
    ...(exclude?.length ? { excludeMatches: exclude } : {}),
    runAt: 'document_idle' as const,
    main(ctx: ContentScriptContext) {
      void guardTicket(ctx, adapter, { models });
    },
  };
}
