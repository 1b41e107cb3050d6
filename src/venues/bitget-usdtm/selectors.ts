/**
 * Bitget USDT-M futures (`https://www.bitget.com/futures/usdt/<SYMBOL>`): every label and selector the
 * adapter uses.
 *
 * THE REFERENCE IS THIN FOR BITGET: `../shared/reference/venues.md` §3.5 found URL patterns only and no
 * DOM evidence at all, and the searches made for this adapter (2026) found no script that reads
 * Bitget's futures ticket either. Nothing here was checked against the live page. So there are NO
 * class or id selectors: only visible label text (Bitget's own help-centre wording where it exists),
 * `role`/`aria-*` and `placeholder`, and, where a choice is shown by styling only (the order-type
 * tabs), the one control that looks different from its siblings.
 *
 * Sources:
 * - [URL] URL builders in many public repos, 2024–26: `https://www.bitget.com/futures/usdt/${symbol}`
 *         (upper case, and lower case in a 2026 test: `/futures/usdt/metalightusdt`); older
 *         `https://www.bitget.com/en/mix/usdt/${symbol}` (~2022). Med-High for the URL.
 * - [BG1] Bitget support "Trading USDT-Margined Futures on Bitget" (article 12560603775439, ~2021):
 *         choose the pair, "your mode of margin, preferred level of leverage, together with price,
 *         number and direction (long/short) of contracts"; "Open Orders", "Positions".
 * - [BG2] Bitget academy "Beginner's Guide — How To Make Your First Futures Trade" (12560603883684,
 *         2024–25): "BTCUSDT perpetual" top left by default; "Choose cross or isolated margin mode".
 * - [BG3] Bitget support "Introduction to futures trading functionality" (12560603818282, 2024–25):
 *         "Cross margin mode", "Isolated margin mode"; limit and market orders.
 * - [BG4] Bitget futures glossary (12560603791906): "Mark price", "Mark price to liquidation price
 *         (spread)" shown before the order is confirmed; "Position margin".
 * - [BG5] Bitget "What Is Estimated Liquidation Price in Bitget Futures?" (12560603808759, 2025-09-18;
 *         risk-formulas.md §6.1): the venue's "estimated liquidation price".
 * - [IB]  The issue brief for this adapter (2026): "Open long" / "Open short", "Available",
 *         "Cross" / "Isolated". Unverified.
 * - [UV]  Unverified guesses at wording no source gives ("Price", "Quantity", "Cost", "Est. liq.
 *         price", header labels). Low; confirm live before trusting.
 *
 * English only: no localised label was found (Bitget localises the path: `/en/…`, `/asia/…`).
 */

/** Futures page path; group 1 is the symbol, in either case. [URL] */
export const FUTURES_PATH = /^\/(?:[a-z]{2,5}(?:[-_][A-Za-z]{2,4})?\/)?futures\/usdt\/([A-Za-z0-9]{4,30})\/?$/;

/** Side buttons: hedge mode (Bitget's default) "Open long"/"Open short" [IB]; one-way "Buy/Long"/"Sell/Short" [UV]. */
export const SUBMIT_SELECTOR = 'button, [role="button"]';
export const LONG_LABELS = ['Open long', 'Buy/Long', 'Buy / Long', 'Buy/long'] as const;
export const SHORT_LABELS = ['Open short', 'Sell/Short', 'Sell / Short', 'Sell/short'] as const;
export const CLOSE_LABELS = ['Close long', 'Close short'] as const; // [UV] by symmetry with [IB]

/** Open / Close tabs (hedge mode). [BG1 "open a new position … close the position"; UV wording] */
export const MODE_LABELS = { open: ['Open'], close: ['Close'] } as const;

/** Order-type tabs. [BG3 limit and market; UV "Trigger"] */
export const ORDER_TYPE_LABELS = { limit: ['Limit'], market: ['Market'], other: ['Trigger', 'Trailing stop', 'Post only', 'TWAP'] } as const;

export const PRICE_LABELS = ['Price', 'Price (USDT)', 'Order price'] as const; // [UV]
export const SIZE_LABELS = ['Quantity', 'Qty', 'Amount', 'Size'] as const; // [BG1 "number … of contracts"; UV wording]
/** A quantity unit that means margin, not size. [UV] */
export const SIZE_AS_MARGIN = ['Cost', 'Margin', 'USDT (Cost)'] as const;
export const CONTRACT_UNITS = ['Cont', 'Contracts'] as const; // [UV]

/** Margin mode and leverage buttons above the tabs. [BG2, BG3, IB] */
export const MARGIN_MODE_LABELS = { cross: ['Cross', 'Cross margin'], isolated: ['Isolated', 'Isolated margin'] } as const;
export const LEVERAGE_BUTTON_TEXT = /^(?:(?:long|short)\s*)?\d{1,3}(?:\.\d+)?\s*[xX×]$/i;

export const BALANCE_LABELS = ['Available', 'Avbl'] as const; // [IB]
export const TPSL_LABELS = ['TP/SL'] as const; // [UV]
export const TAKE_PROFIT_LABELS = ['Take profit', 'TP', 'TP price'] as const; // [UV]
export const STOP_LOSS_LABELS = ['Stop loss', 'SL', 'SL price'] as const; // [UV]
export const LIQ_PRICE_LABELS = ['Est. liq. price', 'Est. liquidation price', 'Liq. price', 'Est. Liq. Price'] as const; // [BG5 wording; UV layout]

/** The page header's figures, label above value. [BG4 "Mark price"; UV layout and "24h high/low"] */
export const MARK_LABELS = ['Mark price', 'Mark Price', 'Mark'] as const;
export const HIGH_24H_LABELS = ['24h high', '24h High'] as const;
export const LOW_24H_LABELS = ['24h low', '24h Low'] as const;

/** Words that only the order book / trades panel shows: an ancestor holding them is not the ticket. [UV] */
export const NOT_TICKET_TEXT = ['Order book', 'Order Book', 'Trades', 'Latest trades'] as const;
export const NOT_TICKET = 'canvas, iframe, table';
/** Where a page-wide search for the header figures never looks (positions' "Mark price" column, dialogs, the chart). */
export const NOT_HEADER = 'table, [role="table"], [role="grid"], [role="dialog"], canvas, iframe';

export const QUOTE = 'USDT';
