/**
 * Bybit derivatives order ticket ("order zone"): USDT perpetuals (`https://www.bybit.com/trade/usdt/<SYMBOL>`,
 * linear, margin in USDT) and inverse contracts (`https://www.bybit.com/trade/inverse/<SYMBOL>`, size in USD
 * contracts, margin in the coin).
 *
 * WHAT IS KNOWN, AND HOW WELL: little. The only DOM evidence is a 2022 extension (`by-` UI-kit classes,
 * "Order by" row), an undated grid-bot extension (`.oc-head-leverage`, `.oc__tp-sl-chk-text`) and a 2026
 * userscript that finds inputs by position. No live page was seen. The words come from Bybit's own help
 * centre (2022-07-25 "Order Cost (USDT Contract)": "Order by Qty", "Order by Cost"; ≥2025 "How to Get
 * Started With Futures Trading": order zone, Open/Close tabs in Hedge Mode, "Order by Quantity/Cost/Value";
 * glossary: "Available Balance", "Buy/Long", "Sell/Short") and the adapter's specification ("Est. Liq. Price",
 * "Initial Margin"). Every selector, with its source and date, is in `./selectors.ts`. Confidence: Low
 * for everything; the fixture is a reconstruction, not a copy.
 *
 * Languages: Bybit offers its pages in Simplified Chinese (`/zh-MY/`), Korean, Russian, Spanish,
 * Turkish and Vietnamese besides English; every label is searched in each (`./selectors.ts` names
 * the evidence for each language and marks every unconfirmed word).
 *
 * So the adapter reads by visible label text, `role`/`aria-*` and `placeholder`, tries the `by-`/`oc-`
 * class hooks only first, never depends on them, and reports every field it could not find by name
 * (the overlay lists them).
 *
 * Finding the ticket: from each visible Buy/Long / Sell/Short (Open Long / Open Short) button, climb to
 * the nearest ancestor that holds a text input, then on to the one that also holds the Limit / Market
 * tabs, never into the order book, the chart or a table. Exactly one such root must exist; hidden
 * duplicates (the small-screen form) are skipped by the visibility check.
 *
 * Side: in One-Way Mode both buttons are offered at once, so `side` is missing with `BOTH_SIDES_OFFERED`
 * and the overlay assesses both sides; one visible button gives its side; the Close tab (Hedge Mode) and
 * Reduce-Only give a missing side with the reason.
 *
 * Contract kind per page: the path says `usdt` or `inverse`. `riskVenueFor(location)` gives
 * 'bybit-linear' or 'bybit-inverse'; `riskVenue` and `words` are getters reading the page's own
 * `location`, so a guard that only knows `riskVenue` is still right after an in-app switch between
 * the two kinds.
 *
 * Numbers: Bybit was only seen formatting English-style (`64,250.5`), so the page style is "unknown"
 * (English assumed; anything only a decimal-comma page would show is refused as ambiguous).
 */
import type { RiskVenueId, VenueWords } from '../adapter';
import { checkboxByLabel } from '../kit/controls';
import { defineVenue, type Reading } from '../kit/defineVenue';
import { liqBySide } from '../kit/read/estimate';
import { leverageOnButtons } from '../kit/read/leverage';
import { readOrderTypeTabs } from '../kit/read/orderType';
import { headerReader, watchFigures } from '../kit/read/pageFigure';
import { readLimitPrice } from '../kit/read/price';
import { anchorAfterButtons, readOpenCloseMode, sideFromButtons, sidedButtons, type SideButtons } from '../kit/read/side';
import { tpslBehindBox } from '../kit/read/tpsl';
import { findByText } from '../kit/search';
import { ticketsFromSideButtons } from '../kit/ticket/fromSideButtons';
import { allVisible } from '../kit/visibility';
import { found, missing } from '../reading';
import { bybitFamily, bybitRiskVenue, bybitWords, readBalance, readMarginMode, readSize, sizeMatch, splitSymbol } from './custom';
import { bybitPages } from './pages';
import { readAccount } from './account';
import * as S from './selectors';

export { bybitRiskVenue, bybitWords } from './custom';

const STYLE = {}; // page style unknown: English assumed (see header)

/** The page's own location where there is one (the content script); null in other realms. */
const pageLocation = (): Pick<Location, 'pathname'> | null => (typeof location === 'undefined' ? null : location);

const sideButtons = (root: ParentNode): SideButtons => {
  const hooked = (hooks: readonly string[]) => hooks.flatMap((h) => allVisible(root, h));
  return {
    long: [...new Set([...hooked(S.LONG_BUTTON_HOOKS), ...findByText(root, S.LONG_LABELS, S.SUBMIT_SELECTOR)])],
    short: [...new Set([...hooked(S.SHORT_BUTTON_HOOKS), ...findByText(root, S.SHORT_LABELS, S.SUBMIT_SELECTOR)])],
    close: findByText(root, S.CLOSE_LABELS, S.SUBMIT_SELECTOR),
  };
};
const holdsNonTicket = (el: Element) => el.matches(S.NOT_TICKET) || el.querySelector(S.NOT_TICKET) !== null;
const buttons = (r: Reading) => r.once('buttons', () => sideButtons(r.ticket));
const parts = (r: Reading) => (r.read.symbol?.ok ? splitSymbol(r.read.symbol.value) : null);
const HEADER_SKIP = `${S.NOT_HEADER}, ${S.NOT_TICKET}`;
const header = headerReader(HEADER_SKIP, STYLE);

export const bybitAdapter = defineVenue({
  pages: bybitPages,
  /** The page's contract kind (see `riskVenueFor`): a getter, so it follows in-app navigation. */
  get riskVenue(): RiskVenueId {
    return bybitRiskVenue(pageLocation());
  },
  riskVenueFor: (location) => bybitRiskVenue(location),
  languages: ['en', 'zh-CN', 'ko', 'ru', 'es', 'tr', 'vi'],
  ticketPage: (location) => S.TRADE_PATH.test(location.pathname),
  get words(): VenueWords {
    return bybitWords(pageLocation());
  },
  tickets: (doc) => ticketsFromSideButtons(doc, { sideButtons, holdsNonTicket, orderTypes: S.ORDER_TYPE_LABELS }),
  fields: {
    symbol: ({ location }) => {
      const m = S.TRADE_PATH.exec(location.pathname);
      return m ? found(m[2]!.toUpperCase(), `URL ${location.pathname}`) : missing(`no symbol in the URL (${location.pathname})`);
    },
    side: (r) =>
      checkboxByLabel(r.ticket, S.REDUCE_ONLY_LABELS)?.checked
        ? missing('Reduce-Only is on: this order can only reduce a position')
        : sideFromButtons(buttons(r), readOpenCloseMode(r.ticket, S.MODE_LABELS) === 'close', 'no Buy/Long / Sell/Short button found'),
    orderType: (r) => readOrderTypeTabs(r.ticket, S.ORDER_TYPE_LABELS),
    price: (r) => readLimitPrice(r.ticket, r.read.orderType!, S.PRICE_LABELS, 'no price input found on the ticket', STYLE),
    markPrice: (r) => header(S.MARK_LABELS, 'more than one “Mark Price” on the page')(r) ?? missing('no “Mark Price” found in the page header', 'lost'),
    size: (r) => readSize(r.ticket, bybitFamily(r.location.pathname), parts(r)),
    leverage: (r) => {
      const hooked = S.LEVERAGE_HOOKS.some((h) => allVisible(r.ticket, h).length > 0);
      return leverageOnButtons([r.ticket], hooked ? S.LEVERAGE_HOOKS.join(', ') : S.SUBMIT_SELECTOR, hooked ? /^/ : S.LEVERAGE_BUTTON_TEXT, {
        none: 'no leverage like “10.00x” found in the order zone',
      });
    },
    marginMode: (r) => readMarginMode(r.ticket),
    balance: (r) => readBalance(r.ticket, bybitFamily(r.location.pathname), parts(r)),
    tpsl: (r) => tpslBehindBox(r.ticket, S.TPSL_LABELS, 'no TP/SL checkbox found on the ticket', { labels: S.TAKE_PROFIT_LABELS }, { labels: S.STOP_LOSS_LABELS }, STYLE),
    venueLiquidationPrice: (r) => liqBySide(r.ticket, S.LIQ_PRICE_LABELS, 'Est. Liq. Price', r.read.side!, buttons(r), STYLE),
    high24h: header(S.HIGH_24H_LABELS, 'more than one “24H High” on the page'),
    low24h: header(S.LOW_24H_LABELS, 'more than one “24H Low” on the page'),
  },
  overlayAnchor: (ticket) => anchorAfterButtons(sideButtons(ticket)),
  // Buy/Long and Sell/Short (Open Long / Open Short); Close buttons only reduce.
  submitButtons: (ticket) => sidedButtons(sideButtons(ticket)),
  sizeInput: (ticket) => sizeMatch(ticket)?.input.el ?? null,
  externalWatch: (doc, ticket) => watchFigures(doc, ticket, S.MARK_LABELS, STYLE, HEADER_SKIP),
  account: (doc, ticket) => readAccount(doc, ticket, STYLE),
});
