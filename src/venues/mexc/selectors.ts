/**
 * MEXC USDT-M futures (`https://www.mexc.com/futures/BTC_USDT?type=linear_swap`, legacy
 * `https://futures.mexc.com/exchange/BTC_USDT?type=linear_swap`, both with optional locale segments):
 * every selector and word the adapter uses, most stable first. Nothing was checked against the live page
 * (no web access); each entry names its source as recorded in `../shared/reference/venues.md` §1, §3.3
 * and §5.5 (research notes, 2026-08).
 *
 * Sources:
 * - [BOTS] Several 2025–26 automation scripts that agree: the "ArbiSync" userscript (Gate + MEXC, gate.com
 *          era), a Playwright/Quart MEXC bot (Chrome 130 UA; "combines legacy id/class selectors with the
 *          modern data-testid attributes"), the "draupnir" content script, Japanese and Korean Selenium bots.
 *          `data-testid="contract-trade-*"`, `#mexc_contract_v_open_position`,
 *          `#mexc-web-inspection-futures-exchange-orderForm`, AntD tabs by role + name, labels "Price",
 *          "Quantity (USDT)", placeholders "Quantity"/"Qty". Med-High for the test ids, Medium for the rest.
 * - [UV]   Not recorded: the "Available" label, the margin-mode wording inside `.leverage-selector`, the
 *          header's "Fair Price" label, the "Cost" rows. Low; confirm live.
 * Hashed CSS-module classes (`component_numberInput__PF7Vf`, `handle_active__Xy1`) change on redeploys:
 * only their stable module prefix is used, for the active Open/Close tab, and only as a last resort.
 */

/** `/futures/<SYMBOL>` (www) and `/exchange/<SYMBOL>` (legacy futures host), optional locale; group 1 = symbol. [venues.md §3.3] */
export const FUTURES_PATH = /^\/(?:[a-z]{2}(?:-[A-Za-z]{2,4})?\/)?(?:futures|exchange)\/([A-Z0-9]+_[A-Z0-9]+)\/?$/;

/** The order form. [BOTS] */
export const FORM = ['[data-testid="contract-trade-order-form"]', '#mexc-web-inspection-futures-exchange-orderForm', '.contract-trade-order-form'] as const;
/** Open / Close tabs; the active one carries a `handle_active__<hash>` class. [BOTS] */
export const MODE_TAB = { open: '[data-testid="contract-trade-order-form-tab-open"]', close: '[data-testid="contract-trade-order-form-tab-close"]' } as const;
export const ACTIVE_CLASS = /(?:^|\s)handle_active__/;
/** AntD order-type tabs, by role and name ("Limit", "Market", "Trigger", "Post Only"…). [BOTS Playwright get_by_role] */
export const ORDER_TAB = '[role="tab"]';
export const ANT_ACTIVE_TAB = '.ant-tabs-tab-active';
export const ORDER_TYPE_LABELS = { limit: ['Limit', 'Post Only'], market: ['Market'] } as const;

/** Price and quantity inputs by their labels (the wrappers' classes are hashed). [BOTS] */
export const PRICE_LABELS = ['Price'] as const;
/** "Quantity (USDT)" / "Quantity (Cont)" / "Quantity (BTC)": the unit is in the label. [BOTS] */
export const QUANTITY_LABELS = ['Quantity', 'Qty', 'Amount'] as const;
export const QUANTITY_UNIT = /\(([^)]+)\)\s*$/;
export const CONTRACT_UNITS = ['Cont', 'Cont.', 'Contracts'] as const;
/** Open panel; close panel. [BOTS] */
export const OPEN_PANEL = '#mexc_contract_v_open_position';

/** Leverage and margin mode: `.leverage-selector`, e.g. "Cross" + "20x". [BOTS class; UV mode words] */
export const LEVERAGE_SELECTOR = ['.leverage-selector'] as const;
export const LEVERAGE_TEXT = /^\d{1,3}(?:\.\d+)?\s*[xX×]$/;
export const MARGIN_MODE_LABELS = { cross: ['Cross'], isolated: ['Isolated'] } as const;

export const BALANCE_LABELS = ['Available', 'Avbl'] as const; // [UV]
export const TPSL_LABELS = ['TP/SL'] as const; // [BOTS checkbox text]
export const TP_LABELS = ['TP', 'Take Profit'] as const; // [BOTS placeholder]
export const SL_LABELS = ['SL', 'Stop Loss'] as const; // [BOTS placeholder]

/** Submit buttons by test id (desktop); the mobile ones are hidden on desktop. [BOTS] */
export const OPEN_LONG = '[data-testid="contract-trade-open-long-btn"]';
export const OPEN_SHORT = '[data-testid="contract-trade-open-short-btn"]';
export const CLOSE_BUTTONS = '[data-testid="contract-trade-close-long-btn"], [data-testid="contract-trade-close-short-btn"]';
export const LONG_LABELS = ['Open Long', 'Buy/Long', 'Buy / Long'] as const; // [BOTS texts]
export const SHORT_LABELS = ['Open Short', 'Sell/Short', 'Sell / Short'] as const;

/** The venue's own estimate, if shown. [UV] */
export const LIQ_PRICE_LABELS = ['Liq. Price', 'Est. Liq. Price', 'Liquidation Price'] as const;
/** MEXC marks positions at the fair price. [UV label; MEXC "About Liquidation": fair price] */
export const MARK_LABELS = ['Fair Price', 'Fair price', 'Mark Price'] as const;
export const HIGH_24H_LABELS = ['24H High', '24h High'] as const; // [UV]
export const LOW_24H_LABELS = ['24H Low', '24h Low'] as const; // [UV]
export const QUOTES = ['USDT', 'USDC'] as const;
