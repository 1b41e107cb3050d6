/**
 * Hyperliquid perpetuals order ticket (`https://app.hyperliquid.xyz/trade/<COIN>`).
 *
 * Closed source, styled-components: every class is a build hash (`sc-AHaJN hHTYSt`) and there are
 * no `data-testid`s, ids or ARIA states. This adapter therefore uses LABELS ONLY (visible text,
 * English; see `./selectors.ts` for each label's source and date, all Low confidence) and, where
 * the app shows a choice by styling alone (the side toggle, the order-type tabs), the one control
 * that looks different from its siblings. When the look does not settle it, the field is missing,
 * never guessed.
 *
 * Finding the ticket: from the visible "Available to Trade" label (or the "Place Order" button),
 * climb to the nearest ancestor that holds both side toggles and a text input, never into the
 * order book or the chart. Exactly one such root must exist (hidden mobile duplicates are skipped).
 *
 * Side: the selected toggle (Buy / Long or Sell / Short). If "Reduce Only" is checked the side is
 * missing: the order can only reduce a position.
 */
import { defineVenue } from '../kit/defineVenue';
import { inputByLabel } from '../kit/labels';
import { readNumberAt } from '../kit/number';
import { liqField } from '../kit/read/estimate';
import { leverageOnButtons } from '../kit/read/leverage';
import { marginModeOnButtons } from '../kit/read/marginMode';
import { headerFigure, watchFigures } from '../kit/read/pageFigure';
import { readLimitPrice } from '../kit/read/price';
import { tpslBehindBox } from '../kit/read/tpsl';
import { findByTextStart } from '../kit/search';
import { missing } from '../reading';
import { findTickets, labelled, readOrderType, readSide, readSize, readSymbol } from './custom';
import { hyperliquidPages } from './pages';
import { readAccount } from './account';
import * as S from './selectors';

const STYLE = {}; // Hyperliquid formats English-style (1,234.56); page style otherwise unknown
const BUTTONS = 'button, [role="button"]';
const submits = (ticket: Element) => findByTextStart(ticket, S.SUBMIT, BUTTONS);

export const hyperliquidAdapter = defineVenue({
  pages: hyperliquidPages,
  riskVenue: 'hyperliquid',
  languages: S.LANGUAGES,
  // `/trade` alone opens the default market's ticket.
  ticketPage: (location) => /^\/trade(?:\/|$)/.test(location.pathname),
  words: { margin: 'Margin Required', liquidationPrice: 'Liquidation Price', marginAsset: 'USDC' },
  tickets: findTickets,
  fields: {
    symbol: (r) => readSymbol(r.location, r.doc, r.ticket),
    side: (r) => readSide(r.ticket),
    orderType: (r) => readOrderType(r.ticket),
    price: (r) => readLimitPrice(r.ticket, r.read.orderType!, S.PRICE, 'no price input found on the ticket', STYLE),
    markPrice: (r) => headerFigure(r.doc, r.ticket, S.MARK, S.NOT_HEADER, 'more than one “Mark” price on the page', STYLE) ?? missing('no “Mark” price found in the page header', 'lost'),
    size: (r) => readSize(r.ticket, r.read.symbol?.ok ? r.read.symbol.value : null, STYLE),
    leverage: (r) => leverageOnButtons([r.ticket], BUTTONS, S.LEVERAGE_BUTTON_TEXT, { reportUnreadable: false }),
    marginMode: (r) => marginModeOnButtons([r.ticket], BUTTONS, S.MARGIN_MODE, 'lost'),
    balance: (r) => {
      const hit = labelled(r.ticket, S.AVAILABLE, S.AVAILABLE[0]);
      if ('ok' in hit) return hit;
      const asset = /([A-Z]{2,10})$/.exec(hit.text)?.[1];
      if (asset && asset !== 'USDC') return missing(`the balance is shown in ${asset}, not USDC`);
      return readNumberAt(hit.text, `“${hit.labelText}”`, STYLE);
    },
    // The label's own box only: with it gone, the climb reached "Reduce Only"'s and read "TP/SL off".
    tpsl: (r) => tpslBehindBox(r.ticket, S.TPSL, 'no Take Profit / Stop Loss checkbox found on the ticket', { labels: S.TP_PRICE, name: 'TP Price' }, { labels: S.SL_PRICE, name: 'SL Price' }, STYLE),
    venueLiquidationPrice: (r) => {
      const hit = labelled(r.ticket, S.LIQUIDATION_PRICE, S.LIQUIDATION_PRICE[0]);
      return 'ok' in hit ? hit : liqField(hit, STYLE);
    },
  },
  overlayAnchor: (ticket) => submits(ticket)[0] ?? null,
  // The one "Place Order" button: it places the side selected on the toggle.
  submitButtons: (ticket) => submits(ticket).map((element) => ({ element, side: null })),
  sizeInput: (ticket) => inputByLabel(ticket, S.SIZE)?.el ?? null,
  externalWatch: (doc, ticket) => watchFigures(doc, ticket, S.MARK, STYLE, S.NOT_HEADER),
  account: (doc, ticket) => readAccount(doc, ticket, STYLE),
});
