/**
 * Binance USDⓈ-M Futures order ticket (`https://www.binance.com/<lang>/futures/<SYMBOL>`).
 *
 * Every selector lives in `./selectors.ts` with its source and date (jackhai9/userscripts
 * 2026-07-28 for the core fields, cex-utilities 2023-01 for TP/SL, the rest unverified). Stable
 * hooks first (`input[id^="unitAmount-"]`, `[data-tab-key]`, `#position-direction`,
 * `data-testid`), then label text in every language Binance offers; never hashed `css-*` classes.
 *
 * The ticket: from each visible size input, climb to the nearest ancestor holding a side button,
 * then on to the one that also holds the order-type or Open/Close tabs, never into the order book.
 * Hidden duplicate forms (Binance leaves them, with repeated pane ids) are skipped.
 *
 * Side: Buy/Long and Sell/Short (Open Long / Open Short in hedge mode) show at once and the trader
 * picks by the button clicked, so `side` is `bothSides` when both are visible; one visible button
 * is read; the Close tab closes a position. Hover and focus are not used: they change without a
 * DOM mutation and would make the overlay flicker between one and two assessments.
 *
 * Numbers: Binance was only seen writing English-style figures (`64,250.1`) in every locale (the
 * zh-CN page included), so the page style is left unknown (anything only a decimal-comma page
 * would show is refused as ambiguous).
 */
import { defineVenue, type Reading } from '../kit/defineVenue';
import { inputsByLabel } from '../kit/labels';
import { balanceBeside } from '../kit/read/balance';
import { liqBySide } from '../kit/read/estimate';
import { leverageOnButtons } from '../kit/read/leverage';
import { marginModeOnButtons } from '../kit/read/marginMode';
import { headerFigure } from '../kit/read/pageFigure';
import { limitPrice } from '../kit/read/price';
import { anchorAfterButtons, allSideButtons, sideButtonsByText, sideFromButtons, sidedButtons } from '../kit/read/side';
import { splitByQuote, symbolFromPath } from '../kit/read/symbol';
import { tpslBehindBox } from '../kit/read/tpsl';
import { inputMatch, inputNumber } from '../kit/read/typed';
import { ticketsFromSizeInputs } from '../kit/ticket/fromSizeInput';
import { normText, textIs } from '../kit/text';
import { allVisible, firstVisible } from '../kit/visibility';
import { watchFigures } from '../kit/read/pageFigure';
import { found, missing } from '../reading';
import { readOrderType, readSizeUnit } from './custom';
import { binanceUsdmPages } from './pages';
import { readAccount } from './account';
import * as S from './selectors';

const STYLE = {}; // page style unknown: English assumed (see header)

const sideButtons = (root: ParentNode) => sideButtonsByText(root, S.SUBMIT_SELECTOR, { long: S.LONG_LABELS, short: S.SHORT_LABELS, close: S.CLOSE_LABELS });
const holdsNonTicket = (el: Element) => S.NOT_TICKET.some((sel) => el.querySelector(sel) !== null || el.matches(sel));

/** Size inputs by stable hooks; by their label text only when no hook matches (markup drift). */
function sizeInputs(root: ParentNode): HTMLInputElement[] {
  const hooked = [...new Set(S.SIZE_INPUT.flatMap((sel) => allVisible<HTMLInputElement>(root, sel)))];
  return hooked.length > 0 ? hooked : inputsByLabel(root, S.SIZE_LABELS).map((m) => m.el);
}

/** The ticket, then up to two ancestors that still hold no order book: the leverage bar may sit just above the form. */
function leverageScopes(ticket: Element): Element[] {
  const scopes = [ticket];
  let el = ticket.parentElement;
  for (let i = 0; el && i < 2 && !holdsNonTicket(el) && el !== ticket.ownerDocument.body; i++, el = el.parentElement) scopes.push(el);
  return scopes;
}

const parts = (r: Reading) => r.once('parts', () => (r.read.symbol?.ok ? splitByQuote(r.read.symbol.value, S.QUOTE_ASSETS) : null));
const buttons = (r: Reading) => r.once('buttons', () => sideButtons(r.ticket));
const header = (labels: readonly string[], name: string) => (r: Reading) =>
  headerFigure(r.doc, r.ticket, labels, S.NOT_HEADER, `more than one “${name}” price on the page`, STYLE);

export const binanceUsdmAdapter = defineVenue({
  pages: binanceUsdmPages,
  riskVenue: 'binance-usdm',
  languages: ['en', 'zh-CN', 'ko', 'ru', 'es', 'tr', 'vi'],
  ticketPage: (location) => S.FUTURES_PATH.test(location.pathname),
  words: { margin: 'Cost', liquidationPrice: 'Liq. Price', marginAsset: 'USDT' },
  tickets: (doc) =>
    ticketsFromSizeInputs(doc, {
      sizeInputs,
      holdsSide: (el) => allSideButtons(sideButtons(el)).length > 0,
      holdsTabs: (el) => el.querySelector(S.ORDER_TYPE_TAB) !== null || el.querySelector(S.MODE_TABS) !== null,
      holdsNonTicket,
    }),
  guardEveryTicket: true,
  fields: {
    symbol: (r) => symbolFromPath(r.location.pathname, S.FUTURES_PATH, r.doc, /\b([A-Z0-9]{2,20}(?:USDT|USDC))\b/),
    side: (r) => {
      const tab = firstVisible(r.ticket, S.MODE_TAB_SELECTED);
      const closeTab = tab !== null && textIs(tab.el.textContent, S.MODE_LABELS.close);
      return sideFromButtons(buttons(r), closeTab, 'no Open Long / Open Short (Buy/Long / Sell/Short) button found');
    },
    orderType: (r) => readOrderType(r.ticket),
    price: (r) => limitPrice(r.ticket, r.read.orderType, S.PRICE_INPUT, S.PRICE_LABELS, STYLE),
    markPrice: (r) => header(S.MARK_LABELS, 'Mark')(r) ?? missing('no “Mark” price found in the page header', 'lost'),
    size: (r) => {
      const input = inputMatch(r.ticket, S.SIZE_INPUT, S.SIZE_LABELS);
      if (!input) return missing('no size input found on the ticket', 'lost');
      const raw = normText(input.el.value);
      if (/%$/.test(raw)) return missing(`the size is set as a percentage of the maximum (“${raw}”)`);
      const n = inputNumber(input, STYLE);
      if (!n.ok) return n;
      const unit = readSizeUnit(input.el, parts(r));
      if (!unit.ok) return unit;
      return found({ value: n.value, unit: unit.value }, `${input.selector} “${raw}”, ${unit.source}`);
    },
    leverage: (r) => leverageOnButtons(leverageScopes(r.ticket), S.SUBMIT_SELECTOR, S.LEVERAGE_BUTTON_TEXT),
    marginMode: (r) => marginModeOnButtons(leverageScopes(r.ticket), S.SUBMIT_SELECTOR, S.MARGIN_MODE_LABELS),
    balance: (r) => balanceBeside(r.ticket, S.BALANCE_LABELS, 'Avbl', parts(r)?.quote ?? null, STYLE),
    tpsl: (r) =>
      tpslBehindBox(r.ticket, S.TPSL_LABELS, 'no TP/SL checkbox found on the ticket', { selectors: S.TAKE_PROFIT_INPUT, labels: S.TAKE_PROFIT_LABELS }, { selectors: S.STOP_LOSS_INPUT, labels: S.STOP_LOSS_LABELS }, STYLE),
    venueLiquidationPrice: (r) => liqBySide(r.ticket, S.LIQ_PRICE_LABELS, 'Liq. Price', r.read.side!, buttons(r), STYLE),
    high24h: header(S.HIGH_24H_LABELS, '24h High'),
    low24h: header(S.LOW_24H_LABELS, '24h Low'),
  },
  overlayAnchor: (ticket) => anchorAfterButtons(sideButtons(ticket)),
  // Close buttons are left out: they only reduce.
  submitButtons: (ticket) => sidedButtons(sideButtons(ticket)),
  sizeInput: (ticket) => inputMatch(ticket, S.SIZE_INPUT, S.SIZE_LABELS)?.el ?? null,
  externalWatch: (doc, ticket) => watchFigures(doc, ticket, S.MARK_LABELS, STYLE, S.NOT_HEADER),
  account: (doc, ticket) => readAccount(doc, ticket, STYLE),
});
