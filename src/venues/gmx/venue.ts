/**
 * GMX v2 trade box (`https://app.gmx.io/trade/long`, `/trade/short`; the old `/#/trade` redirects
 * there). Confidence: HIGH for the trade box and its controls — gmx-io/gmx-interface (HEAD a78e920,
 * 2026-08-20) renders its own `data-qa` test hooks and the team's Playwright page objects use them —
 * MEDIUM for the Margin/Size fields (new in Dec 2025) and the selected-tab marker (a Tailwind design
 * token, no aria-selected), LOW for the "Liq. Price" row wording and the market name in the chart
 * header. Every selector, with its source, is in `./selectors.ts`. Words are searched in every
 * language GMX offers (en, zh-CN, ko, ru, es); numbers are English-style in all of them.
 *
 * GMX's own model, in its own words: a position's size is in USD ("Size", unit switch USD/token) and
 * it is backed by "Collateral" paid in a token (the "Margin" field, pay token selector); positions are
 * isolated per market, side and collateral token, so the margin mode is isolated by definition (read
 * as such, with that source). The leverage is the slider's `10x`. The available balance is the Max
 * button's wallet balance of the pay token, read only when that token is a USD stablecoin (otherwise
 * it is an amount of ETH/BTC, not USD). The market is chosen in a selector, not in the URL. Liquidation
 * is GMX's collateral rule (risk core venue `gmx`), which adds the closing fee to the requirement.
 *
 * Finding the ticket: the one visible `[data-qa="tradebox"]`; when that hook is gone, the nearest
 * ancestor of a "Size" input that holds both the Long and Short tabs (never the chart or positions).
 */
import { defineVenue } from '../kit/defineVenue';
import { estimateBeside } from '../kit/read/estimate';
import { normText, textIs } from '../kit/text';
import { allVisible, firstVisible } from '../kit/visibility';
import { found } from '../reading';
import { findTickets, markSources, readBalance, readLeverageField, readMark, readOrderType, readPrice, readSide, readSize, readSymbol, readTpSl, NUMBER_STYLE } from './custom';
import { readAccount } from './account';
import { gmxPages } from './pages';
import { inputMatch } from '../kit/read/typed';
import * as S from './selectors';

/** The one confirm button ("Open Long"…): it places the side chosen on the tabs. */
function submit(ticket: Element): Element | null {
  const direction = [...S.DIRECTION_LABELS.long, ...S.DIRECTION_LABELS.short];
  const placesOrder = (text: string) => {
    const action = text.replace(/^[^:]{1,20}:\s*/, '');
    return S.SUBMIT_ACTIONS.some((a) => action.startsWith(`${a} `) && textIs(action.slice(a.length), direction));
  };
  return firstVisible(ticket, S.SUBMIT)?.el ?? allVisible(ticket, 'button').find((b) => placesOrder(normText(b.textContent))) ?? null;
}

export const gmxAdapter = defineVenue({
  pages: gmxPages,
  riskVenue: 'gmx',
  languages: S.LANGUAGES,
  // The app routes by hash (`/#/trade`) as well as by path.
  ticketPage: (location) => S.TRADE_PATH.test(location.pathname) || /^#\/trade\b/i.test(new URL(location.href).hash),
  words: { margin: 'Collateral', liquidationPrice: 'Liq. Price', marginAsset: 'USD' },
  tickets: findTickets,
  fields: {
    symbol: (r) => readSymbol(r.doc),
    side: (r) => readSide(r.ticket, r.location),
    orderType: (r) => readOrderType(r.ticket),
    price: (r) => readPrice(r.ticket, r.read.orderType!),
    markPrice: (r) => readMark(r.doc, r.ticket),
    size: (r) => readSize(r.ticket, r.read.symbol!),
    leverage: (r) => readLeverageField(r.ticket),
    marginMode: () => found('isolated', 'GMX v2: every position is isolated per market, side and collateral'),
    balance: (r) => readBalance(r.ticket),
    tpsl: (r) => readTpSl(r.ticket),
    venueLiquidationPrice: (r) => estimateBeside(r.ticket, S.LIQ_PRICE_LABELS, 'Liq. Price', NUMBER_STYLE),
  },
  overlayAnchor: submit,
  submitButtons: (ticket) => {
    const b = submit(ticket);
    return b ? [{ element: b, side: null }] : [];
  },
  sizeInput: (ticket) => inputMatch(ticket, S.SIZE_INPUT, S.SIZE_LABELS, true)?.el ?? null,
  externalWatch: (doc, ticket) => (ticket ? markSources(doc, ticket) : []),
  account: readAccount,
});
