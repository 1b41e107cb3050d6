/**
 * dYdX v4 (`https://dydx.trade/trade/<MARKET>`): every selector and word the adapter uses, most
 * stable first. Nothing was checked against the live page (no web access); each entry names its
 * source as recorded in `../shared/reference/venues.md` §2.1 and §5.1 (research notes, 2026-08).
 *
 * Sources:
 * - [V4]  dydxprotocol/v4-web, HEAD 2248cb6 (2026-07-17): the open-source front end that renders the
 *         page. Element ids (`trade-amount`, `price.limitPrice`, `takeprofit-price`…), Radix Tabs /
 *         ToggleGroup / Checkbox ARIA, `TradeBoxOrderView`, `TradeForm`, `PlaceOrderButtonAndReceipt`. High.
 * - [LOC] dydxprotocol/v4-localization `config/localization/en/app.json`, HEAD 2026-04-30: English
 *         strings ("Limit Price", "Amount", "Place Limit Order", "Liquidation Price", "Oracle Price"…). High.
 * - [UV]  Not recorded by the reference: the account panel's "Available Balance" position and the
 *         "Free Collateral" fallback, the leverage dialog. Low; confirm live.
 * English only: dYdX localises its strings but not its path; other locales fall back to ids and ARIA.
 * Styling is styled-components (`sc-` hashes) + twin.macro: no class is used.
 */

/** `/trade/:market` (BrowserRouter) or `/#/trade/:market` (HashRouter builds). Group 1 = market. [V4 src/App.tsx] */
export const TRADE_PATH = /^\/trade\/([A-Z0-9]+-[A-Z0-9]+)\/?$/i;
export const TRADE_HASH = /^#\/trade\/([A-Z0-9]+-[A-Z0-9]+)\/?$/i;
/** A market name in the page header, e.g. "BTC-USD". [V4 MarketsDropdown] */
export const MARKET_NAME = /^([A-Z0-9]{1,15})-USD$/;

/** The size input ("Amount"); the id is fixed, duplicates (simple UI) are skipped by visibility. [V4 TradeSizeInputs] */
export const SIZE_INPUT = ['input[id="trade-amount"]'] as const;
export const SIZE_LABELS = ['Amount', 'Size'] as const; // [LOC AMOUNT]; "Size" older builds
/** The limit price input: the id contains a dot. [V4 TradeFormInputs] */
export const PRICE_INPUT = ['input[id="price.limitPrice"]'] as const;
export const PRICE_LABELS = ['Limit Price', 'Price'] as const; // [LOC LIMIT_PRICE]

/** Radix Tabs: `id="radix-:rN:-trigger-<VALUE>"`. [V4 TradeSideTabs, OrderTypeTabs; Radix makeTriggerId] */
export const SIDE_TAB = { long: '[role="tab"][id$="-trigger-BUY"]', short: '[role="tab"][id$="-trigger-SELL"]' } as const;
export const SIDE_LABELS = { long: ['Buy | Long', 'Buy', 'Long'], short: ['Sell | Short', 'Sell', 'Short'] } as const; // [LOC]
export const ORDER_TYPE_TAB = { limit: '[role="tab"][id$="-trigger-LIMIT"]', market: '[role="tab"][id$="-trigger-MARKET"]' } as const;
export const ORDER_TYPE_LABELS = { limit: ['Limit'], market: ['Market'] } as const; // [LOC]

/** Margin mode: Radix ToggleGroup items `role="radio"` with text Cross / Isolated. [V4 MarginModeSelector] */
export const MARGIN_MODE_ITEM = '[role="radio"]';
export const MARGIN_MODE_LABELS = { cross: ['Cross'], isolated: ['Isolated'] } as const; // [LOC]
/** The leverage button shows an Output of type Multiple: `5×` (U+00D7). [V4 MarginAndLeverageButtons] */
export const LEVERAGE_TEXT = /^\d{1,3}(?:\.\d+)?\s*[×xX]$/;

/** TP/SL: Radix Checkbox `#show-trigger-orders` ("Take Profit / Stop Loss"), inputs by id. [V4 AdvancedTradeOptions, 2025-05-20+] */
export const TPSL_TOGGLE = ['[id="show-trigger-orders"]'] as const;
export const TPSL_LABELS = ['Take Profit / Stop Loss', 'TP/SL'] as const; // [LOC]
export const TAKE_PROFIT_INPUT = ['input[id="takeprofit-price"]'] as const;
export const STOP_LOSS_INPUT = ['input[id="stoploss-price"]'] as const;
export const TAKE_PROFIT_LABELS = ['TP Price'] as const; // [LOC]
export const STOP_LOSS_LABELS = ['SL Price'] as const; // [LOC]
export const REDUCE_ONLY = ['[id="reduce-only"]'] as const; // [V4]
export const REDUCE_ONLY_LABELS = ['Reduce-Only', 'Reduce Only'] as const; // [LOC]

/** Submit: `button[type=submit]` "Place Limit Order" / "Place Market Order" (mobile flow: "Preview …"). [V4 PlaceOrderButtonAndReceipt, LOC PLACE_ORDER] */
export const SUBMIT = 'button[type="submit"]';
export const SUBMIT_TEXT = /^(?:Place|Preview|Confirm)\b/;

/** Receipt row with the venue's own estimate. [V4 receipt, LOC LIQUIDATION_PRICE] */
export const LIQ_PRICE_LABELS = ['Liquidation Price', 'Liq. Price'] as const;
/** Header statistic: dYdX marks positions at the oracle price. [V4 MarketStatsDetails, LOC ORACLE_PRICE] */
export const MARK_LABELS = ['Oracle Price', 'Oracle'] as const;
/** Account panel, outside the ticket. [UV: venues.md §5.1 skeleton "Available Balance"; LOC FREE_COLLATERAL] */
export const BALANCE_LABELS = ['Available Balance'] as const;
export const BALANCE_FALLBACK = ['Free Collateral'] as const;

/** Never part of the ticket: the chart, order book and tables. [V4 layout] */
export const NOT_TICKET = 'canvas, iframe, table, [role="table"], [role="grid"]';
export const QUOTE_UNITS = ['USD', 'USDC'] as const;
