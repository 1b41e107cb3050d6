/**
 * OKX perpetual swaps (`https://www.okx.com/trade-swap/<inst-id>`, e.g. `/trade-swap/btc-usdt-swap`,
 * optionally locale-prefixed): every selector and word the adapter uses, most stable first. Nothing was
 * checked against the live page (no web access); each entry names its source as recorded in
 * `../shared/reference/venues.md` §1, §3.2 and §5.6 (research notes, 2026-08).
 *
 * Sources:
 * - [HK]  "OKX Hotkey" extension `selectors.js` / `reader.js` (repository name unresolved; React-19-style
 *         ids suggest 2025+). Its header: "Selectors verified via headless Chrome scraping of live OKX
 *         pages"; it ranks data-testid > aria-label > class and records that `okui-*` design-system classes
 *         and `data-testid`s are stable while hashed ids/classes are not. Medium to Med-High.
 * - [CU]  notiv-nt/cex-utilities `packages/okx`, last commit 2023-07-04: `#leftPoForm`, `input[name=price|size]`,
 *         `input[name=tpTriggerPx|slTriggerPx]`, `.place-order-stop-selector`. Medium (older markup).
 * - [UV]  Not recorded: the margin-mode button's text, the header's "Mark price" label, "Est. liq. price".
 *         Low; confirm live.
 * English labels only; the page is read mostly through `name`, `data-testid` and okui classes.
 */

/** Swap pages, with an optional locale segment; group 1 = instrument id. [CU manifest "https://www.okx.com/<any>/trade-swap/<any>"; HK checks the "/trade-" prefix] */
export const SWAP_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2,4})?\/)?trade-swap\/([a-z0-9]+-[a-z0-9]+-swap)\/?$/i;
/** Instrument ids: BTC-USDT-SWAP (linear), BTC-USD-SWAP (coin-margined). */
export const INST_ID = /^([A-Z0-9]+)-([A-Z0-9]+)-SWAP$/;

/** The order form. [HK `#leftPoForm` stable; CU; older `#rightPoForm`] */
export const FORM = ['form#leftPoForm', 'form#rightPoForm', 'form.place-order-form-box', 'form.common-form-box'] as const;
/** The panel around the form that also holds the Open/Close and order-type tabs. [CU, HK page hint] */
export const PANEL = '.place-order-box, .trade-panel, [class*="place-order"], [class*="trade-panel"]';

/** Segmented tabs: Open / Close (hedge mode) or Buy / Sell (one-way). [HK] */
export const SEGMENTED_TAB = '.okui-tabs-pane-segmented[role="tab"]';
export const SEGMENT_LABELS = { open: ['Open'], close: ['Close'], buy: ['Buy'], sell: ['Sell'] } as const;
/** Order-type tabs ("Limit", "Market", "TP/SL", …); newer pages use the spacing variant. [HK, CU] */
export const ORDER_TYPE_TAB = '.okui-tabs-pane-underline[role="tab"], .okui-tabs-pane-spacing[role="tab"]';
export const ACTIVE_TAB_CLASS = /okui-tabs-pane-(?:segmented|underline|spacing)-active/;
export const ORDER_TYPE_LABELS = { limit: ['Limit', 'Post only'], market: ['Market'] } as const;

export const PRICE_INPUT = ['input[name="price"]', '.price-input input.okui-input-input'] as const; // [CU 2023; HK]
export const PRICE_LABELS = ['Price (USDT)', 'Price (USD)', 'Price (USDC)', 'Price'] as const; // [HK a11y text " price"]
export const SIZE_INPUT = ['input[name="size"]'] as const; // [CU 2023; HK label " size"]
export const SIZE_LABELS = ['Amount', 'Size', 'Quantity'] as const;
/** Size unit words: contracts, or a coin / USDT chosen in OKX's unit selector. [HK `max-trade` "… Contracts"] */
export const CONTRACT_UNITS = ['Contracts', 'Contract', 'Cont', 'Cont.'] as const;
export const MAX_TRADE = '[data-testid="max-trade"]'; // [HK] "Max long -- Contracts"

export const LEVERAGE_TEXT = /^\d{1,3}(?:\.\d+)?\s*[xX×]$/; // [HK reader.js `/^(\d+)[xX]$/`]
export const MARGIN_MODE_LABELS = { cross: ['Cross'], isolated: ['Isolated'] } as const; // [UV]
export const BALANCE = ['[data-testid="max-asset"]'] as const; // [HK] "Available 1,234.56 USDT"

export const TPSL_LABELS = ['TP/SL'] as const; // [CU `.place-order-stop-selector label`]
export const TAKE_PROFIT_INPUT = ['input[name="tpTriggerPx"]'] as const; // [CU 2023]
export const STOP_LOSS_INPUT = ['input[name="slTriggerPx"]'] as const; // [CU 2023]
export const TAKE_PROFIT_LABELS = ['TP trigger price', 'TP'] as const; // [UV]
export const STOP_LOSS_LABELS = ['SL trigger price', 'SL'] as const; // [UV]

/** Submit buttons: okui's positive (buy/long) and negative (sell/short) buttons. [HK, Med-High] */
export const LONG_BUTTON = 'button.okui-positivebutton';
export const SHORT_BUTTON = 'button.okui-negativebutton';
export const CLOSE_TEXT = /^Close\b/i;

/** The venue's own estimate, if the ticket shows one. [UV] */
export const LIQ_PRICE_LABELS = ['Est. liq. price', 'Est. Liq. Price', 'Liq. price'] as const;
/** Header statistics. [UV labels; HK/CU `.trade-header-box`] */
export const MARK_LABELS = ['Mark price', 'Mark Price', 'Mark'] as const;
export const HIGH_24H_LABELS = ['24h high', '24H high', '24h High'] as const;
export const LOW_24H_LABELS = ['24h low', '24H low', '24h Low'] as const;
/** The ticker title in the header, e.g. "BTC-USDT-SWAP" or "BTCUSDT Perpetual". [CU `.watch-drop-box .ticker-title`] */
export const TICKER_TITLE = '.watch-drop-box .ticker-title, .ticker-title';
