/**
 * MEXC USDT-M futures order ticket (`https://www.mexc.com/futures/BTC_USDT?type=linear_swap`; the
 * legacy `https://futures.mexc.com/exchange/BTC_USDT` too). Confidence: MED-HIGH for the form, the
 * Open/Close tabs and the submit buttons (several 2025–26 bots agree on `data-testid="contract-trade-*"`
 * and the `#mexc…` ids), MEDIUM for price/quantity (found by their labels "Price" and "Quantity (USDT)",
 * the wrappers being hashed CSS modules) and the AntD order-type tabs, LOW for the "Available" balance
 * label, the margin-mode words and the header's "Fair Price". Every selector, with its source, is in
 * `./selectors.ts`.
 *
 * MEXC's words: the quantity's unit is in its label — "Quantity (Cont)" (contracts: BTC_USDT 0.0001 BTC
 * each; the risk core's `mexc-usdtm` converts them), "(USDT)" or "(BTC)"; positions are marked at the
 * "Fair Price". The Open tab offers Open Long and Open Short at once: `side` is then missing with
 * `BOTH_SIDES_OFFERED` and the overlay assesses both; the Close tab only reduces.
 *
 * Finding the ticket: the one visible order form (`[data-testid="contract-trade-order-form"]` or its
 * ids); the mobile form's duplicate test ids are hidden on desktop and skipped by the visibility check.
 */
import { defineVenue, type Reading } from '../kit/defineVenue';
import { estimateBeside } from '../kit/read/estimate';
import { pageFigure, watchFigures } from '../kit/read/pageFigure';
import { anchorAfterButtons, sidedButtons } from '../kit/read/side';
import { findTickets, NUMBER_STYLE, optionalFigure, pair, quantity, readBalance, readLeverageField, readMarginMode, readOrderType, readPrice, readSide, readSize, readSymbol, readTpSl, sideButtons } from './custom';
import { mexcPages } from './pages';
import { readAccount } from './account';
import * as S from './selectors';

const symbolPair = (r: Reading) => pair(r.read.symbol!);

export const mexcAdapter = defineVenue({
  pages: mexcPages,
  riskVenue: 'mexc-usdtm',
  languages: S.LANGUAGES,
  ticketPage: (location) => S.FUTURES_PATH.test(location.pathname),
  words: { margin: 'Cost', liquidationPrice: 'Est. Liq. Price', marginAsset: 'USDT' },
  tickets: findTickets,
  fields: {
    symbol: (r) => readSymbol(r.location),
    side: (r) => readSide(r.ticket),
    orderType: (r) => readOrderType(r.ticket),
    price: (r) => readPrice(r.ticket, r.read.orderType!),
    markPrice: (r) => pageFigure(r.doc, r.ticket, S.MARK_LABELS, 'Fair Price', NUMBER_STYLE),
    size: (r) => readSize(r.ticket, symbolPair(r)),
    leverage: (r) => readLeverageField(r.ticket),
    marginMode: (r) => readMarginMode(r.ticket),
    balance: (r) => readBalance(r.ticket, symbolPair(r)),
    tpsl: (r) => readTpSl(r.ticket),
    venueLiquidationPrice: (r) => estimateBeside(r.ticket, S.LIQ_PRICE_LABELS, 'Liq. Price', NUMBER_STYLE),
    high24h: (r) => optionalFigure(r.doc, r.ticket, S.HIGH_24H_LABELS, '24H High'),
    low24h: (r) => optionalFigure(r.doc, r.ticket, S.LOW_24H_LABELS, '24H Low'),
  },
  overlayAnchor: (ticket) => anchorAfterButtons(sideButtons(ticket)),
  // Open Long / Open Short, each placing its own side. Close buttons only reduce: left out.
  submitButtons: (ticket) => sidedButtons(sideButtons(ticket)),
  sizeInput: (ticket) => quantity(ticket)?.input.el ?? null,
  externalWatch: (doc, ticket) => watchFigures(doc, ticket, S.MARK_LABELS, NUMBER_STYLE),
  account: readAccount,
});
