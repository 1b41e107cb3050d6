/**
 * Bitget USDT-M futures order ticket (`https://www.bitget.com/futures/usdt/<SYMBOL>`, linear, margin in
 * USDT).
 *
 * WHAT IS KNOWN, AND HOW WELL: almost nothing of the DOM. The 2026 research found the URL pattern only
 * (no DOM evidence at all), and the searches for this adapter found no script that reads the ticket.
 * The words come from Bitget's help centre and academy (margin modes "Cross"/"Isolated", "Mark price",
 * "estimated liquidation price", one-way mode "only supports buying and selling", 2021–2025, with their
 * zh-CN versions) and the adapter's specification ("Open long"/"Open short", "Available"). Every
 * label, with its source and date, is in `./selectors.ts`. Confidence: Low for every field except the URL (Med-High);
 * the fixture is a reconstruction, not a copy.
 *
 * Languages: Bitget offers its pages in Simplified Chinese (`/zh-CN/`), Russian, Spanish, Turkish and
 * Vietnamese besides English; every label is searched in each (`./selectors.ts` names the evidence
 * for each language and marks every unconfirmed word).
 *
 * So the adapter uses no class or id at all: visible label text, `role`/`aria-*`, `placeholder`, and,
 * for the order-type tabs, ARIA marks or else the one tab that looks different. It reports every field
 * it could not find by name (the overlay lists them).
 *
 * Finding the ticket: from each visible "Open long" / "Open short" (or one-way "Buy" / "Sell", "Buy/Long" / "Sell/Short")
 * button, climb to the nearest ancestor holding a text input, then on to the one also holding the Limit
 * / Market tabs, never into the order book, the chart or a table. Exactly one root must exist; hidden
 * duplicates are skipped by the visibility check.
 *
 * Side: both buttons are offered at once, so `side` is missing with `BOTH_SIDES_OFFERED` and the overlay
 * assesses both; one visible button gives its side; the Close tab gives a missing side with the reason.
 *
 * Numbers: English style assumed (`64,250.5`), the page style otherwise unknown.
 */
import { defineVenue, type Reading } from '../kit/defineVenue';
import { inputByLabel } from '../kit/labels';
import { balanceBeside } from '../kit/read/balance';
import { liqBySide } from '../kit/read/estimate';
import { leverageOnButtons } from '../kit/read/leverage';
import { marginModeOnButtons } from '../kit/read/marginMode';
import { readOrderTypeTabs } from '../kit/read/orderType';
import { headerReader, watchFigures } from '../kit/read/pageFigure';
import { readLimitPrice } from '../kit/read/price';
import { anchorAfterButtons, readOpenCloseMode, sideFromButtons, sidedButtons, type SideButtons } from '../kit/read/side';
import { tpslBehindBox } from '../kit/read/tpsl';
import { findByText } from '../kit/search';
import { ticketsFromSideButtons } from '../kit/ticket/fromSideButtons';
import { found, missing } from '../reading';
import { readSize } from './custom';
import { bitgetUsdtmPages } from './pages';
import { readAccount } from './account';
import * as S from './selectors';

const STYLE = {}; // page style unknown: English assumed (see header)

const sideButtons = (root: ParentNode): SideButtons => ({
  long: findByText(root, S.LONG_LABELS, S.SUBMIT_SELECTOR),
  short: findByText(root, S.SHORT_LABELS, S.SUBMIT_SELECTOR),
  close: findByText(root, S.CLOSE_LABELS, S.SUBMIT_SELECTOR),
});
const holdsNonTicket = (el: Element) => el.matches(S.NOT_TICKET) || el.querySelector(S.NOT_TICKET) !== null || findByText(el, S.NOT_TICKET_TEXT).length > 0;
const buttons = (r: Reading) => r.once('buttons', () => sideButtons(r.ticket));
const header = headerReader(S.NOT_HEADER, STYLE);
const base = (r: Reading) => (r.read.symbol?.ok ? r.read.symbol.value.slice(0, -S.QUOTE.length) : null);

export const bitgetUsdtmAdapter = defineVenue({
  pages: bitgetUsdtmPages,
  riskVenue: 'bitget-usdtm',
  languages: ['en', 'zh-CN', 'ru', 'es', 'tr', 'vi'],
  ticketPage: (location) => S.FUTURES_PATH.test(location.pathname),
  words: { margin: 'Margin', liquidationPrice: 'Est. liq. price', marginAsset: 'USDT' },
  tickets: (doc) => ticketsFromSideButtons(doc, { sideButtons, holdsNonTicket, orderTypes: S.ORDER_TYPE_LABELS }),
  fields: {
    symbol: ({ location }) => {
      const m = S.FUTURES_PATH.exec(location.pathname);
      if (!m) return missing(`no symbol in the URL (${location.pathname})`);
      const symbol = m[1]!.toUpperCase();
      if (!symbol.endsWith(S.QUOTE)) return missing(`“${symbol}” in the URL is not a USDT-M symbol`);
      return found(symbol, `URL ${location.pathname}`);
    },
    side: (r) => sideFromButtons(buttons(r), readOpenCloseMode(r.ticket, S.MODE_LABELS) === 'close', 'no Open long / Open short (Buy / Sell) button found'),
    orderType: (r) => readOrderTypeTabs(r.ticket, S.ORDER_TYPE_LABELS),
    price: (r) => readLimitPrice(r.ticket, r.read.orderType!, S.PRICE_LABELS, 'no price input found on the ticket', STYLE),
    markPrice: (r) => header(S.MARK_LABELS, 'more than one “Mark price” on the page')(r) ?? missing('no “Mark price” found in the page header', 'lost'),
    size: (r) => readSize(inputByLabel(r.ticket, S.SIZE_LABELS), base(r), STYLE),
    // "20x", or one leverage per side ("Long 20x", "Short 10x") in isolated margin.
    leverage: (r) => leverageOnButtons([r.ticket], S.SUBMIT_SELECTOR, S.LEVERAGE_BUTTON_TEXT, { side: r.read.side, reportUnreadable: false }),
    marginMode: (r) => marginModeOnButtons([r.ticket], S.SUBMIT_SELECTOR, S.MARGIN_MODE_LABELS),
    balance: (r) => balanceBeside(r.ticket, S.BALANCE_LABELS, 'Available', S.QUOTE, STYLE),
    tpsl: (r) =>
      tpslBehindBox(r.ticket, S.TPSL_LABELS, 'no TP/SL checkbox found on the ticket', { labels: S.TAKE_PROFIT_LABELS, name: 'Take profit' }, { labels: S.STOP_LOSS_LABELS, name: 'Stop loss' }, STYLE),
    venueLiquidationPrice: (r) => liqBySide(r.ticket, S.LIQ_PRICE_LABELS, 'Est. liq. price', r.read.side!, buttons(r), STYLE),
    high24h: header(S.HIGH_24H_LABELS, 'more than one “24h high” on the page'),
    low24h: header(S.LOW_24H_LABELS, 'more than one “24h low” on the page'),
  },
  overlayAnchor: (ticket) => anchorAfterButtons(sideButtons(ticket)),
  submitButtons: (ticket) => sidedButtons(sideButtons(ticket)),
  sizeInput: (ticket) => inputByLabel(ticket, S.SIZE_LABELS)?.el ?? null,
  externalWatch: (doc, ticket) => watchFigures(doc, ticket, S.MARK_LABELS, STYLE, S.NOT_HEADER),
  account: (doc, ticket) => readAccount(doc, ticket, STYLE),
});
