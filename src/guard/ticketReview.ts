import type { Limits } from '../settings/schema';
import type { RiskInput } from '../risk/schema';
import type { RiskReport } from '../risk/types';
import type { AccountReading } from '../venues/account';
import type { VenueModel } from '../risk/venues/model';
import type { VenueAdapter } from '../venues/adapter';
import { validateReading, type TicketReading } from '../venues/reading';
import { assessTicket } from './assessTicket';
import { dailyRange, MarkHistory } from './markHistory';
import type { TicketNow } from './orderGate';

/** What applies on the site when the ticket is read: the trader's limits and risk per trade. */
export interface SiteRules {
  limits: Limits | null;
  riskPerTrade: number | null;
}

/** The outcome of one look at the ticket. */
export type Review =
  /** Read, validated and assessed (by `model`'s rules): what the overlay, the badge and the gate show now. */
  | { kind: 'assessed'; now: TicketNow; model: VenueModel }
  /** The same figures as the last look: nothing to redo. */
  | { kind: 'unchanged' }
  /** The content script does not carry this venue's risk rules (a build mistake). */
  | { kind: 'noRules'; venue: string };

/**
 * Read → validate → assess, once per change. Most re-reads (the page re-rendering after a keystroke
 * already answered) find nothing new: the raw reading is compared first, and only a changed one is
 * validated and assessed. Also keeps the marks seen, for the distance in daily ranges.
 */
export class TicketReview {
  #lastKey = '';
  readonly #marks = new MarkHistory();

  readonly #adapter: Pick<VenueAdapter, 'name' | 'words' | 'riskVenue' | 'riskVenueFor'>;
  readonly #models: readonly VenueModel[];

  constructor(adapter: Pick<VenueAdapter, 'name' | 'words' | 'riskVenue' | 'riskVenueFor'>, models: readonly VenueModel[]) {
    this.#adapter = adapter;
    this.#models = models;
  }

  /** The next look assesses whatever it reads (the limits changed, the symbol switched). */
  forget(): void {
    this.#lastKey = '';
  }

  /**
   * `account`: what the page shows of the account, and the report of an input on it once the
   * background has answered (see `AccountLink`).
   */
  review(
    raw: TicketReading,
    where: Pick<Location, 'pathname' | 'href' | 'search'>,
    rules: SiteRules,
    at: number,
    account?: { reading: AccountReading; key: string; report: (input: RiskInput) => RiskReport | null },
  ): Review {
    if (raw.markPrice.ok) this.#marks.add(raw.symbol.ok ? raw.symbol.value : null, raw.markPrice.value, at);
    const range = dailyRange(raw.high24h?.ok ? raw.high24h.value : null, raw.low24h?.ok ? raw.low24h.value : null, this.#marks.range());
    const key = `${JSON.stringify(raw)}|${range}|${account?.key ?? ''}`;
    if (key === this.#lastKey) return { kind: 'unchanged' };
    this.#lastKey = key;
    const venue = this.#adapter.riskVenueFor?.(where) ?? this.#adapter.riskVenue;
    const model = this.#models.find((m) => m.id === venue);
    if (!model) return { kind: 'noRules', venue };
    const reading = validateReading(raw);
    const assessment = assessTicket(reading, this.#adapter, { model, limits: rules.limits, riskPerTrade: rules.riskPerTrade, dailyRange: range, onAccount: account?.report });
    return { kind: 'assessed', now: { reading, assessment, account: account?.reading ?? null, dailyRange: range }, model };
  }
}
