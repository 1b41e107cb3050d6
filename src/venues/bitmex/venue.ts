/**
 * BitMEX order form (`https://www.bitmex.com/app/trade/<SYMBOL>`). XBTUSD is an inverse perpetual: the
 * quantity is in USD contracts (1 contract = 1 USD), margin, cost and balance are in XBT. Linear
 * XBTUSDT (quantity in XBT, margin in USDT) is read too; quanto contracts (ETHUSD…) are read, and the
 * risk core says it does not model them.
 *
 * WHAT IS KNOWN, AND HOW WELL: the URL (public code 2017–2026, Med-High) and the form's words from
 * guides (2018–2020: "Quantity" in USD, "Limit Price", "Cost" and "Order Value" under the Buy / Sell
 * buttons, "Available Balance" in bitcoin, the estimated liquidation price only in a tooltip; BitMEX
 * support 2022+: "Size", "Limit Price"; a 2018 Chinese guide for the zh-CN page). No source has DOM
 * evidence, and no script reading the form was found. Every label, with its source and date, is in
 * `./selectors.ts`. Confidence: Low for every field; the fixture is a reconstruction, not a copy.
 *
 * So the adapter uses no class or id: visible label text, `<label for>`, `role`/`aria-*` (radio
 * margin-mode switch, slider `aria-valuetext`). Amounts in XBT are read in any of BitMEX's display
 * denominations (XBT, mXBT, μXBT, XBt = satoshi) and converted to XBT; an unknown unit is "unknown".
 * Every field it cannot find is reported by name (the overlay lists them); the venue's own liquidation
 * estimate is normally missing (tooltip only).
 *
 * Finding the ticket: from each visible "Buy / Long" / "Sell / Short" button, climb to the nearest
 * ancestor holding a text input, then on to the one also holding the Limit / Market tabs, never into the
 * order book, the chart or a table. Exactly one root must exist.
 *
 * Side: both buttons are always offered, so `side` is missing with `BOTH_SIDES_OFFERED` and the overlay
 * assesses both; Reduce-Only gives a missing side with the reason.
 *
 * Numbers: English style assumed (`64,250.5`), the page style otherwise unknown.
 */
import { checkboxByLabel } from '../kit/controls';
import { defineVenue, type Reading } from '../kit/defineVenue';
import { inputByLabel, labelledValues } from '../kit/labels';
import { liqField } from '../kit/read/estimate';
import { readOrderTypeTabs } from '../kit/read/orderType';
import { headerReader, watchFigures } from '../kit/read/pageFigure';
import { readLimitPrice } from '../kit/read/price';
import { anchorAfterButtons, sideFromButtons, sidedButtons, type SideButtons } from '../kit/read/side';
import { tpslBehindBox } from '../kit/read/tpsl';
import { findByText } from '../kit/search';
import { stripCaret } from '../kit/text';
import { ticketsFromSideButtons } from '../kit/ticket/fromSideButtons';
import { found, missing } from '../reading';
import { bitmexMarket, readAmount, readLeverageField, readMarginMode, readSize } from './custom';
import { bitmexPages } from './pages';
import { readAccount } from './account';
import * as S from './selectors';

export { bitmexMarket } from './custom';

const STYLE = {}; // page style unknown: English assumed (see header)

const sideButtons = (root: ParentNode): SideButtons => ({ long: findByText(root, S.LONG_LABELS, S.SUBMIT_SELECTOR), short: findByText(root, S.SHORT_LABELS, S.SUBMIT_SELECTOR) });
const holdsNonTicket = (el: Element) => el.matches(S.NOT_TICKET) || el.querySelector(S.NOT_TICKET) !== null || findByText(el, S.NOT_TICKET_TEXT).length > 0;
const market = (r: Reading) => (r.read.symbol?.ok ? bitmexMarket(r.read.symbol.value) : null);
const leverage = (r: Reading) => r.once('leverage', () => readLeverageField(r.ticket));
const header = headerReader(S.NOT_HEADER, STYLE);

export const bitmexAdapter = defineVenue({
  pages: bitmexPages,
  riskVenue: 'bitmex',
  languages: S.LANGUAGES,
  ticketPage: (location) => S.TRADE_PATH.test(location.pathname),
  words: { margin: 'Cost', liquidationPrice: 'Liquidation Price', marginAsset: 'XBT' },
  tickets: (doc) => ticketsFromSideButtons(doc, { sideButtons, holdsNonTicket, orderTypes: S.ORDER_TYPE_LABELS }),
  fields: {
    symbol: ({ location }) => {
      const m = S.TRADE_PATH.exec(location.pathname);
      return m ? found(m[1]!.toUpperCase(), `URL ${location.pathname}`) : missing(`no symbol in the URL (${location.pathname})`);
    },
    side: (r) =>
      checkboxByLabel(r.ticket, S.REDUCE_ONLY_LABELS)?.checked
        ? missing('Reduce-Only is on: this order can only reduce a position', 'closesPosition')
        : sideFromButtons(sideButtons(r.ticket), false, 'no Buy / Long or Sell / Short button found'),
    orderType: (r) => readOrderTypeTabs(r.ticket, S.ORDER_TYPE_LABELS, (tab) => stripCaret(tab.textContent)),
    price: (r) => readLimitPrice(r.ticket, r.read.orderType!, S.PRICE_LABELS, 'no Limit Price input found on the ticket', STYLE),
    markPrice: (r) => header(S.MARK_LABELS, 'more than one “Mark Price” on the page')(r) ?? missing('no “Mark Price” found in the page header', 'lost'),
    size: (r) => readSize(inputByLabel(r.ticket, S.SIZE_LABELS), market(r)),
    leverage: (r) => leverage(r).leverage,
    marginMode: (r) => readMarginMode(r.ticket, leverage(r).crossShown),
    balance: (r) => {
      const hits = labelledValues(r.ticket, S.BALANCE_LABELS);
      if (hits.length === 0) return missing('no “Available Balance” shown on the ticket', 'lost');
      if (new Set(hits.map((h) => h.text)).size > 1) return missing('more than one “Available Balance” shown', 'lost');
      return readAmount(hits[0]!.text, `“${hits[0]!.labelText}”`, market(r));
    },
    tpsl: (r) => tpslBehindBox(r.ticket, S.TPSL_LABELS, 'the BitMEX order form has no TP/SL (they are separate Take Profit and Stop orders)', { labels: S.TAKE_PROFIT_LABELS }, { labels: S.STOP_LOSS_LABELS }, STYLE),
    venueLiquidationPrice: (r) => {
      const hits = labelledValues(r.ticket, S.LIQ_PRICE_LABELS);
      if (hits.length === 0) return missing('BitMEX shows its estimated liquidation price only in a tooltip on the buttons');
      if (hits.length > 1) return missing('more than one liquidation price shown', 'lost');
      return liqField(hits[0]!, STYLE);
    },
    high24h: header(S.HIGH_24H_LABELS, 'more than one “24H High” on the page'),
    low24h: header(S.LOW_24H_LABELS, 'more than one “24H Low” on the page'),
  },
  overlayAnchor: (ticket) => anchorAfterButtons(sideButtons(ticket)),
  submitButtons: (ticket) => sidedButtons(sideButtons(ticket)),
  sizeInput: (ticket) => inputByLabel(ticket, S.SIZE_LABELS)?.el ?? null,
  externalWatch: (doc, ticket) => watchFigures(doc, ticket, S.MARK_LABELS, STYLE, S.NOT_HEADER),
  account: (doc, ticket) => readAccount(doc, ticket, STYLE),
});
