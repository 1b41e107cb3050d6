/**
 * OKX perpetual swap order ticket (`https://www.okx.com/trade-swap/btc-usdt-swap`, locale-prefixed
 * paths too; coin-margined `…/btc-usd-swap` as well). Confidence: MEDIUM. OKX is closed source; the
 * selectors come from two extensions: the "OKX Hotkey" extension (2025+, says its
 * selectors were verified on live pages: `#leftPoForm`, `okui-*` design-system classes,
 * `[data-testid="max-asset"]`, `button.okui-positivebutton/negativebutton`) and notiv-nt/cex-utilities
 * (2023-07: `input[name=price|size|tpTriggerPx|slTriggerPx]`, `.place-order-stop-selector`). The
 * margin-mode button, the header's "Mark price" and any "Est. liq. price" wording are unverified (Low).
 * Every selector, with its source, is in `./selectors.ts`.
 *
 * OKX's words: sizes are typed in "Contracts" (BTC-USDT-SWAP: 0.01 BTC each; the risk core converts
 * them) or, after switching the unit, in the coin or USDT; the order's collateral is its "Margin".
 * OKX offers Buy/Long and Sell/Short at once (one-way mode) or Open long / Open short on the Open tab
 * (hedge mode): the trader picks the side by the button, so with both buttons visible `side` is
 * missing with `BOTH_SIDES_OFFERED` and the overlay assesses both. On the Close tab the order only
 * reduces. The order book is drawn on a canvas, so nothing there can be confused with the ticket.
 *
 * Finding the ticket: the one visible order form (`#leftPoForm`, older `#rightPoForm`, `form.place-order-form-box`),
 * widened to the trade panel holding the Open/Close and order-type tabs (never past a second form).
 */
import { defineVenue, type Reading } from '../kit/defineVenue';
import { estimateBeside } from '../kit/read/estimate';
import { leverageOnButtons } from '../kit/read/leverage';
import { marginModeOnButtons } from '../kit/read/marginMode';
import { pageFigure, watchFigures } from '../kit/read/pageFigure';
import { commonAncestor } from '../kit/search';
import { buttons, closes, findTickets, inst, NUMBER_STYLE, optionalFigure, readBalance, readOrderType, readPrice, readSide, readSize, readSymbol, readTpSl } from './custom';
import { okxSwapPages } from './pages';
import { inputMatch } from '../kit/read/typed';
import { readAccount } from './account';
import * as S from './selectors';

const BUTTONS = 'button, [role="button"]';
const instrument = (r: Reading) => inst(r.read.symbol!);

export const okxSwapAdapter = defineVenue({
  pages: okxSwapPages,
  riskVenue: 'okx-swap',
  languages: S.LANGUAGES,
  ticketPage: (location) => S.SWAP_PATH.test(location.pathname),
  words: { margin: 'Margin', liquidationPrice: 'Est. liq. price', marginAsset: 'USDT' },
  tickets: findTickets,
  fields: {
    symbol: (r) => readSymbol(r.location, r.doc),
    side: (r) => readSide(r.ticket),
    orderType: (r) => readOrderType(r.ticket),
    price: (r) => readPrice(r.ticket, r.read.orderType!),
    markPrice: (r) => pageFigure(r.doc, r.ticket, S.MARK_LABELS, 'Mark price', NUMBER_STYLE),
    size: (r) => readSize(r.ticket, instrument(r)),
    leverage: (r) => leverageOnButtons([r.ticket], BUTTONS, S.LEVERAGE_TEXT, { reportUnreadable: false, none: 'no leverage button like “10x” found' }),
    marginMode: (r) => marginModeOnButtons([r.ticket], BUTTONS, S.MARGIN_MODE_LABELS),
    balance: (r) => readBalance(r.ticket, instrument(r)),
    tpsl: (r) => readTpSl(r.ticket),
    venueLiquidationPrice: (r) => estimateBeside(r.ticket, S.LIQ_PRICE_LABELS, 'Est. liq. price', NUMBER_STYLE),
    high24h: (r) => optionalFigure(r.doc, r.ticket, S.HIGH_24H_LABELS, '24h high'),
    low24h: (r) => optionalFigure(r.doc, r.ticket, S.LOW_24H_LABELS, '24h low'),
  },
  overlayAnchor: (ticket) => {
    const b = buttons(ticket);
    const all = [...b.long, ...b.short];
    if (all.length === 0) return null;
    return all.length === 1 ? all[0]!.parentElement : commonAncestor(all);
  },
  // Buy/Long and Sell/Short (Open long / Open short): each places its own side. Close buttons only reduce: left out.
  submitButtons: (ticket) => {
    const b = buttons(ticket);
    const open = (e: Element) => !closes(e);
    return [...b.long.filter(open).map((element) => ({ element, side: 'long' as const })), ...b.short.filter(open).map((element) => ({ element, side: 'short' as const }))];
  },
  sizeInput: (ticket) => inputMatch(ticket, S.SIZE_INPUT, S.SIZE_LABELS, true)?.el ?? null,
  externalWatch: (doc, ticket) => watchFigures(doc, ticket, S.MARK_LABELS, NUMBER_STYLE),
  account: readAccount,
});
