/**
 * dYdX v4 order ticket (`https://dydx.trade/trade/<MARKET>`, also `/#/trade/<MARKET>` on hash-router
 * deployments). Confidence: HIGH for the ticket's inputs, tabs, toggles and submit button (the DOM is
 * what the open-source front end dydxprotocol/v4-web renders, HEAD 2248cb6, 2026-07-17, with English
 * strings from dydxprotocol/v4-localization, 2026-04-30); LOW for the account panel's "Available
 * Balance" (outside the ticket, position and wording not recorded). Every selector, with its source,
 * is in `./selectors.ts`.
 *
 * Stable hooks only: element ids (`trade-amount`, `price.limitPrice` — a dot in the id —,
 * `show-trigger-orders`, `takeprofit-price`, `stoploss-price`), Radix ARIA (`role="tab"` with ids
 * ending `-trigger-BUY`/`-trigger-LIMIT`, `aria-selected`, `data-state`; ToggleGroup `role="radio"`
 * with `aria-checked`; Checkbox `role="checkbox"`), `<label for>` and the English text. No class is
 * read (styled-components hashes). Words are searched in every language dYdX offers (en, zh-CN,
 * ko, ru, es, tr: `./selectors.ts`), so a translated page is read like the English one.
 *
 * Finding the ticket: from the visible `#trade-amount` (the simple UI's hidden duplicate is skipped),
 * climb to the nearest ancestor holding the Buy/Sell tabs, then widen (at most 3 levels) to take in
 * the margin-mode toggle and the leverage button that sit above the tabs — never into the chart,
 * order book tables or an ancestor holding a second visible size input. Exactly one root must exist.
 *
 * dYdX words: the side tabs read "Buy | Long" / "Sell | Short"; leverage is shown as `5×` (U+00D7);
 * the receipt's "Liquidation Price" is read for the self-check only; the mark price is the header's
 * "Oracle Price" (dYdX marks positions at the oracle price). Sizes are in the base asset or USD (the
 * unit tag in the Amount label). Collateral is USDC. Numbers are English-style (`$1,234.56`) except on
 * the Russian, Spanish and Turkish pages, which write a decimal comma (`$1 234,56`, `$1234,56`,
 * `$1.234,56`): the page's language is told by the side tabs' words.
 */
import { defineVenue, type Reading } from '../kit/defineVenue';
import { estimateBeside } from '../kit/read/estimate';
import { pageFigure, watchFigures } from '../kit/read/pageFigure';
import { allVisible } from '../kit/visibility';
import { normText, textIs } from '../kit/text';
import { readAccount } from './account';
import { findTickets, numberStyle, readBalance, readLeverageField, readMarginMode, readOrderType, readPrice, readSide, readSize, readSymbol, readTpSl } from './custom';
import { dydxPages } from './pages';
import { inputMatch } from '../kit/read/typed';
import * as S from './selectors';

/** One "Place … Order" button: it places the side chosen on the tabs. */
function submit(ticket: Element): Element | null {
  const hits = allVisible(ticket, S.SUBMIT).filter((b) => S.SUBMIT_TEXT.test(normText(b.textContent)) || textIs(b.textContent, S.SUBMIT_LABELS));
  return hits.length === 1 ? hits[0]! : (allVisible(ticket, S.SUBMIT)[0] ?? null);
}

const style = (r: Reading) => r.once('style', () => numberStyle(r.ticket));

export const dydxAdapter = defineVenue({
  pages: dydxPages,
  riskVenue: 'dydx',
  languages: S.LANGUAGES,
  ticketPage: (location) => S.TRADE_PATH.test(location.pathname),
  words: { margin: 'Position Margin', liquidationPrice: 'Liquidation Price', marginAsset: 'USDC' },
  tickets: findTickets,
  fields: {
    symbol: (r) => readSymbol(r.location, r.doc, r.ticket),
    side: (r) => readSide(r.ticket),
    orderType: (r) => readOrderType(r.ticket),
    price: (r) => readPrice(r.ticket, r.read.orderType!, style(r)),
    markPrice: (r) => pageFigure(r.doc, r.ticket, S.MARK_LABELS, 'Oracle Price', style(r)),
    size: (r) => readSize(r.ticket, r.read.symbol!, style(r)),
    leverage: (r) => readLeverageField(r.ticket),
    marginMode: (r) => readMarginMode(r.ticket),
    balance: (r) => readBalance(r.doc, r.ticket, style(r)),
    tpsl: (r) => readTpSl(r.ticket, style(r)),
    venueLiquidationPrice: (r) => estimateBeside(r.ticket, S.LIQ_PRICE_LABELS, 'Liquidation Price', style(r)),
  },
  overlayAnchor: submit,
  submitButtons: (ticket) => {
    const b = submit(ticket);
    return b ? [{ element: b, side: null }] : [];
  },
  sizeInput: (ticket) => inputMatch(ticket, S.SIZE_INPUT, S.SIZE_LABELS, true)?.el ?? null,
  externalWatch: (doc, ticket) => watchFigures(doc, ticket, S.MARK_LABELS, numberStyle(ticket)),
  account: readAccount,
});
