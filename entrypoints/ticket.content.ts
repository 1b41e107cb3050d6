import { guardTicket } from '@/src/guard/guardTicket';
import { venueMatches } from '@/src/venues/hosts';
import { adapterForUrl } from '@/src/venues/registry';

export default defineContentScript({
  matches: Object.values(venueMatches).flat(),
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForUrl(location.href);
    if (adapter) void guardTicket(ctx, adapter);
  },
});
