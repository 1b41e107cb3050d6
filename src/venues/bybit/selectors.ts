/**
 * Bybit derivatives (`https://www.bybit.com/trade/usdt/<SYMBOL>`, `/trade/inverse/<SYMBOL>`): every
 * selector and label the adapter uses, most stable first.
 *
 * THE REFERENCE IS THIN FOR BYBIT. `../shared/reference/venues.md` §3.4 rates it Low: the only DOM
 * evidence is a 2022 extension, an undated grid-bot extension and a 2026 userscript that finds inputs
 * by position. Nothing here was checked against the live page (there was no web access). So the
 * adapter leans on visible label text (Bybit's own help-centre wording), `role`/`aria-*`, and the
 * `by-` UI-kit / `oc-` order-create class prefixes only as a first try.
 *
 * Sources (each entry below names one):
 * - [MM]  mmintel/chrome-bybit-extension `src/content.ts`, 2022-09 (venues.md §3.4): `.by-input__inner`,
 *         `.oc__row-bottom--12` rows, `.by-popover__el` "Order by…", `.tpsl-modal-item__title` "Stop Loss"
 *         + `.profit-input`, `.by-checkbox--long/--short` (+ `--checked`), `.contract-detail` "Mark Price",
 *         `.trade-assets__body` "Equity". Low (2022).
 * - [GB]  Bybit grid-bot extension content script (undated, ~2024–25; read 2026 via find_string):
 *         `.oc-head-leverage`, leverage dialog `.poz-mode-switch__lvg-wrap` titled "Leverage" with a
 *         `.by-input__inner`, a `[role="dialog"]` "Confirm" button, `.oc__tp-sl-chk-text`,
 *         `.ob__market-price-bg` (last price). Low–Medium: seen on the bot page, not the ticket.
 * - [GF]  Greasyfork 548078 "Bybit URL Parser Auto Trade", @version 2026-01-01 (venues.md §3.4):
 *         positional text inputs; `[data-testid="buy-button"]` guessed. Low (unverified).
 * - [HC1] Bybit help "Order Cost (USDT Contract)", bybitglobal.com, 2022-07-25: "Order by Qty is the
 *         default mode … switch to Order by Cost" in the quantity column; Order Cost = Initial Margin
 *         + fee to open + fee to close.
 * - [HC2] Bybit help "How to Get Started With Futures Trading (Perpetual and Expiry Contracts)",
 *         bybitglobal.com (revision ≥2025; the 2024-08-30 revision on bybit.nl): the "order zone";
 *         default Cross Margin, 10x, One-Way Mode; Hedge Mode shows "Open" and "Close" tabs; order
 *         amount by "Order by Quantity", "Order by Cost" or "Order by Value".
 * - [HC3] Bybit help glossary "Trading Terms" and "Bankruptcy Price (USDT Contract)" (bybit.com, read
 *         2026): "Available Balance", "Buy/Long", "Sell/Short", "Mark Price".
 * - [IB]  The issue brief for this adapter (2026): "Order by Qty/Value", "Available Balance",
 *         "Buy/Long", "Sell/Short", "Est. Liq. Price", "Initial Margin". Unverified.
 * - [UV]  Unverified guesses at wording no source gives. Low; confirm live before trusting.
 *
 * English only: no localised Bybit trade-page label was found in any source.
 */

/** Trade page paths; group 1 the contract family (`usdt`, `inverse`), group 2 the symbol. [venues.md §3.4; many URL builders, 2024–26] */
export const TRADE_PATH = /^\/(?:[a-z]{2}(?:-[A-Za-z]{2,4})?\/)?trade\/(usdt|inverse)\/([A-Za-z0-9]{4,30})\/?$/;

/** Side buttons. One-way mode shows both at once [HC3, IB]; Hedge Mode "Open Long"/"Open Short" on the Open tab [HC2; wording UV]. */
export const SUBMIT_SELECTOR = 'button, [role="button"]';
export const LONG_LABELS = ['Buy/Long', 'Buy / Long', 'Open Long'] as const;
export const SHORT_LABELS = ['Sell/Short', 'Sell / Short', 'Open Short'] as const;
export const CLOSE_LABELS = ['Close Long', 'Close Short'] as const; // [HC2] Close tab; wording [UV]
/** Test hooks a 2026 userscript guessed [GF]; tried before the text, never required. */
export const LONG_BUTTON_HOOKS = ['[data-testid="buy-button"]'] as const;
export const SHORT_BUTTON_HOOKS = ['[data-testid="sell-button"]'] as const; // by symmetry [UV]

/** Hedge Mode Open/Close tabs. [HC2] */
export const MODE_LABELS = { open: ['Open'], close: ['Close'] } as const;

/** Order-type tabs. [HC2 "Order Type"; bybit.eu "Order Overview": Limit, Market, Conditional] */
export const ORDER_TYPE_LABELS = { limit: ['Limit'], market: ['Market'], other: ['Conditional', 'TP/SL', 'Trailing Stop', 'Scaled Order', 'TWAP'] } as const;

/** Price input: its label. [UV wording; HC2 "Price Settings"] */
export const PRICE_LABELS = ['Price', 'Order Price', 'Limit Price'] as const;
/** The quantity column's mode switch, `.by-popover__el` "Order by …" in 2022 [MM, HC1, HC2]. */
export const ORDER_BY_PREFIX = ['Order by'] as const;
export const ORDER_BY = { qty: ['Order by Qty', 'Order by Quantity'], value: ['Order by Value'], cost: ['Order by Cost'] } as const;
/** Quantity input label when no "Order by" switch is shown. [UV] */
export const SIZE_LABELS = ['Qty', 'Quantity', 'Order Qty'] as const;
/** The unit shown in the input's right slot: `.by-input__right-icon` [GB 2024–25], else a short word beside the input. */
export const SIZE_UNIT = ['.by-input__right-icon', '.by-input__suffix'] as const;
/** Units of an inverse contract's quantity: USD contracts (1 contract = 1 USD). [Bybit "Inverse Perpetual Contract" help; UV wording] */
export const CONTRACT_UNITS = ['USD', 'Cont', 'Contracts'] as const;

/** Leverage and margin mode in the order zone header. [GB `.oc-head-leverage`; HC2 "Margin Mode … Leverage"] */
export const LEVERAGE_HOOKS = ['.oc-head-leverage'] as const;
export const LEVERAGE_BUTTON_TEXT = /^\d{1,3}(?:\.\d+)?\s*[xX×]$/;
export const MARGIN_MODE_LABELS = { cross: ['Cross', 'Cross Margin'], isolated: ['Isolated', 'Isolated Margin'], portfolio: ['Portfolio', 'Portfolio Margin'] } as const; // [HC2]

/** Available balance: the label with its value beside it. [HC3, IB] */
export const BALANCE_LABELS = ['Available Balance', 'Available'] as const;

/** TP/SL: a checkbox labelled "TP/SL" (`.oc__tp-sl-chk-text` [GB]); the trigger inputs' row titles [MM "Stop Loss"; UV "Take Profit"]. */
export const TPSL_LABELS = ['TP/SL'] as const;
export const TAKE_PROFIT_LABELS = ['Take Profit', 'TP'] as const;
export const STOP_LOSS_LABELS = ['Stop Loss', 'SL'] as const;
export const REDUCE_ONLY_LABELS = ['Reduce-Only', 'Reduce Only'] as const; // [HC2 wording of order settings; UV]

/** The venue's own estimate, under each side button. [IB "Est. Liq. Price"; UV layout] */
export const LIQ_PRICE_LABELS = ['Est. Liq. Price', 'Liq. Price', 'Est. Liquidation Price'] as const;

/** The page header's figures, label above value. [MM `.contract-detail` "Mark Price"; UV "24H High/Low"] */
export const MARK_LABELS = ['Mark Price', 'Mark'] as const;
export const HIGH_24H_LABELS = ['24H High', '24h High'] as const;
export const LOW_24H_LABELS = ['24H Low', '24h Low'] as const;

/** Never part of the ticket: the order book (`.ob__…` [GB]), the chart, tables. */
export const NOT_TICKET = 'canvas, iframe, table, [class*="orderbook"], [class^="ob__"], [class*=" ob__"]';
/** Where a page-wide search for the header figures never looks (positions' "Mark Price" column, dialogs, the chart). */
export const NOT_HEADER = 'table, [role="table"], [role="grid"], [role="dialog"], canvas, iframe';

export const LINEAR_QUOTES = ['USDT', 'USDC'] as const;
