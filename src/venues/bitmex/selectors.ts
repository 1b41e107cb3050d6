/**
 * BitMEX (`https://www.bitmex.com/app/trade/<SYMBOL>`): every label the adapter uses.
 *
 * THE REFERENCE IS THIN FOR BITMEX: `../shared/reference/venues.md` §3.5 has the URL "from memory" and
 * no DOM evidence ("extensions found use the API"). The 2026 searches for this adapter found only
 * guides describing the order form in words, and one Selenium script that drives BitMEX's *calculator*
 * (not the ticket). Nothing here was checked against the live page. So there are NO class or id
 * selectors: visible label text, `<label for>`, `role`/`aria-*` only.
 *
 * Sources:
 * - [URL] public code 2017–2026 building `https://www.bitmex.com/app/trade/XBTUSD` (a Ruby client's
 *         test "give trade url", a C# price aggregator `https://www.bitmex.com/app/trade/{pair}`, a
 *         2024-10-30 Svelte tutorial reproducing that page). Med-High for the URL.
 * - [FR]  theforexreviews.com "BitMEX Cryptocurrency Exchange Review (2020)": the order panel's
 *         "Quantity = position size in US dollars", "Limit Price", "Cost", "Order Value", "Available
 *         Balance = Balance we have in bitcoin"; leverage set before the order; Buy (long) / Sell (short).
 * - [BT]  btctools.io "Order Types" tutorial (~2019–20): Limit / Market / Stop Market tabs (more in a
 *         dropdown); quantity is the whole position; "Below buy and sell buttons the cost of this order is
 *         shown, as well as the value of the order"; the estimated liquidation price only in a tooltip on
 *         the buttons; Post-Only and Hidden options.
 * - [HM]  himycrypto.com "Bitmex Guide" (~2018–19): "Each contract is worth $1 … the quantity is $100";
 *         "Limit price".
 * - [SB]  support.bitmex.com "List of Order Types" (2022+): "User Inputs: Size, Limit Price" (the newer
 *         word "Size").
 * - [SG]  A 2018 beginners' guide (steemit copy): the user menu lets a trader "change your currency
 *         denomination display" (XBT, mXBT, μXBT, XBt).
 * - [IB]  The issue brief for this adapter (2026): "Quantity", "Limit Price", "Buy / Long",
 *         "Sell / Short", "Available Balance", "Order Value", "Cost" (in XBT). Unverified.
 * - [UV]  Unverified guesses at wording no source gives. Low; confirm live before trusting.
 */

/** Trade page path; group 1 is the symbol. [URL] */
export const TRADE_PATH = /^\/app\/trade\/([A-Za-z0-9]{4,30})\/?$/;

/** Side buttons, both shown at once. [IB, FR] */
export const SUBMIT_SELECTOR = 'button, [role="button"]';
export const LONG_LABELS = ['Buy / Long', 'Buy/Long'] as const;
export const SHORT_LABELS = ['Sell / Short', 'Sell/Short'] as const;

/** Order-type tabs. [BT] */
export const ORDER_TYPE_LABELS = {
  limit: ['Limit'],
  market: ['Market'],
  other: ['Stop Market', 'Stop Limit', 'Trailing Stop', 'Take Profit Limit', 'Take Profit Market'],
} as const;

export const PRICE_LABELS = ['Limit Price', 'Price'] as const; // [FR, HM, SB]
export const SIZE_LABELS = ['Quantity', 'Size', 'Qty'] as const; // [FR, SB]
/** Quantity units: USD contracts on XBTUSD and quanto contracts [FR, HM]; "Cont" [UV]. */
export const CONTRACT_UNITS = ['USD', 'Cont', 'Contracts'] as const;

/** Leverage: the value beside the word "Leverage", or the slider's ARIA value. [FR; UV layout] */
export const LEVERAGE_LABELS = ['Leverage', 'Leverage:'] as const;
export const LEVERAGE_SLIDER = '[role="slider"]';
/** Margin mode: a Cross / Isolated choice [UV layout; risk-formulas §9: cross and isolated exist]. */
export const MARGIN_MODE_LABELS = { cross: ['Cross', 'Cross Margin'], isolated: ['Isolated', 'Isolated Margin'] } as const;

export const BALANCE_LABELS = ['Available Balance', 'Available Balance:', 'Available'] as const; // [FR, IB]
export const REDUCE_ONLY_LABELS = ['Reduce-Only', 'Reduce Only'] as const; // [UV]
/** A TP/SL switch, if a newer form has one (the classic form has none: separate Take Profit / Stop orders). [UV] */
export const TPSL_LABELS = ['TP/SL', 'Take Profit / Stop Loss'] as const;
export const TAKE_PROFIT_LABELS = ['Take Profit', 'TP'] as const;
export const STOP_LOSS_LABELS = ['Stop Loss', 'SL'] as const;
export const LIQ_PRICE_LABELS = ['Liquidation Price', 'Liq. Price', 'Est. Liquidation Price'] as const; // [BT: tooltip only]

export const MARK_LABELS = ['Mark Price', 'Mark'] as const; // [UV header]
export const HIGH_24H_LABELS = ['24H High', '24h High'] as const; // [UV]
export const LOW_24H_LABELS = ['24H Low', '24h Low'] as const; // [UV]

/**
 * XBT denominations the account menu can display [SG]: value in XBT = shown × factor. "XBt" is the
 * satoshi (case matters).
 */
export const XBT_DENOMINATIONS: Record<string, number> = { XBT: 1, mXBT: 1e-3, μXBT: 1e-6, µXBT: 1e-6, uXBT: 1e-6, XBt: 1e-8 };

export const NOT_TICKET_TEXT = ['Order Book', 'Recent Trades'] as const;
export const NOT_TICKET = 'canvas, iframe, table';
export const NOT_HEADER = 'table, [role="table"], [role="grid"], [role="dialog"], canvas, iframe';
