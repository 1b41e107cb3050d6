import * as z from 'zod/mini';
import type { TicketReading } from './venues/reading';
import type { PositionHealth } from './guard/positionHealth';
import type { RiskReport } from './risk';
import type { VenueWords } from './venues/adapter';
import { limitsSchema } from './settings/limitsSchema';
import { guardModeSchema } from './settings/guardModes';

/** Messages between the popup, the background and a tab's content script. Validated on receipt. */
const severitySchema = z.enum(['safe', 'caution', 'danger', 'blocked', 'unknown']);

const messageSchema = z.discriminatedUnion('type', [
  // popup -> content script of the active tab: what does your overlay show right now?
  // Venue tabs get it by `tabs.sendMessage`. The demo page is an extension page, which only
  // `runtime.sendMessage` reaches: there `tabId` says which demo tab should answer.
  z.object({ type: z.literal('lg:get-tab-state'), tabId: z.optional(z.number()) }),
  // content script -> background: update this tab's toolbar badge.
  z.object({
    type: z.literal('lg:badge'),
    leverage: z.nullable(z.number()),
    severity: z.nullable(severitySchema),
  }),
  // content script -> background: what applies on my site now? The background reads, migrates and
  // repairs the stored settings, so content scripts carry none of that code. Answer: `SiteLimitsAnswer`.
  z.object({ type: z.literal('lg:site-limits'), siteId: z.string().check(z.maxLength(40)) }),
  // content script -> background: assess these inputs (one per side of the ticket) on the trader's
  // account: the risk core's account figures live in the background, not in every page. Each input is
  // validated there by the risk core's own schema. Answer: one report (or null) per input.
  z.object({ type: z.literal('lg:assess-account'), inputs: z.array(z.unknown()).check(z.maxLength(2)) }),
  // content script -> background: the trader placed an order past a warning; add it to the override log.
  z.object({
    type: z.literal('lg:record-override'),
    record: z.object({
      site: z.string(),
      symbol: z.nullable(z.string()),
      side: z.nullable(z.enum(['long', 'short'])),
      leverage: z.nullable(z.number()),
      severity: severitySchema,
      warnings: z.array(z.string()),
    }),
  }),
]);
export type Message = z.infer<typeof messageSchema>;

/**
 * The venue's own words for its figures ("Cost", "Liq. Price"), as the tab's overlay uses them, so the
 * popup names the same figure the same way. Checked where the popup reads them: a tab that sends
 * none (an older content script) gets Leverage Guard's own words.
 */
const venueWordsSchema = z.object({
  margin: z.string().check(z.minLength(1), z.maxLength(40)),
  liquidationPrice: z.string().check(z.minLength(1), z.maxLength(40)),
  marginAsset: z.string().check(z.minLength(1), z.maxLength(12)),
});

/** The background's answer to `lg:site-limits`: the site's limits now, and when a pending change next falls due. */
export const siteLimitsAnswerSchema = z.object({
  enabled: z.boolean(),
  limits: limitsSchema,
  guardMode: guardModeSchema,
  riskPerTrade: z.number(),
  nextChangeAt: z.nullable(z.number()),
});
export type SiteLimitsAnswer = z.infer<typeof siteLimitsAnswerSchema>;

/** The venue's words from a tab's answer, or null when absent or not words. */
export function venueWordsOf(state: TabState): VenueWords | null {
  const parsed = venueWordsSchema.safeParse(state.words);
  return parsed.success ? parsed.data : null;
}

/** The content script's answer to `lg:get-tab-state`. */
export interface TabState {
  site: string;
  siteName: string;
  enabled: boolean;
  /** False when the page has no order ticket (for example a markets list). */
  ticketFound: boolean;
  /** True when this should be a ticket page but no ticket has been found for a while: the page changed. */
  ticketLost?: boolean;
  reading: TicketReading | null;
  report: RiskReport | null;
  /** The venue's own words for the figures the overlay shows. */
  words?: VenueWords;
  /** The open positions the page showed, each against the trader's minimum distance; null: not read. */
  positions?: PositionHealth[] | null;
}

export function parseMessage(raw: unknown): Message | null {
  const parsed = messageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
