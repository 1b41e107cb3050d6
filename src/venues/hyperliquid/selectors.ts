/**
 * Hyperliquid (`https://app.hyperliquid.xyz/trade/<COIN>`): the words the adapter looks for.
 *
 * The app is closed source, built with styled-components: its classes are build hashes
 * (`sc-AHaJN`, `hHTYSt`) that change on every deploy, and it carries no `data-testid`, ids or
 * useful ARIA. So there are NO CSS selectors here: only visible label text, and, for which tab
 * or side is selected, how the controls look (see `selectedByLook` in ../dom.ts).
 *
 * Sources (research notes written 2026-08; nothing checked live):
 * - [PP]  "Perpetualpulse" `platform.js` (2025–26): tabs "Market", "Limit", "Pro"; side toggle
 *         "Buy / Long" / "Sell / Short" rendered as divs, not buttons; size label "Size"; submit
 *         button containing "Place Order"; account panel "Account Equity", "Perps Overview";
 *         position direction only from inline colour (31,166,125 long; 237,112,136 short). Low.
 * - [LT]  "Hyperliquid Light Theme" userscript v1.8.0 (2026): targets `sc-` classes. Low.
 * - [IB]  Labels given when the adapter was specified (2026), not read off the live page:
 *         "Available to Trade", "Liquidation Price", "Order Value", "Margin Required", "Reduce
 *         Only", "Take Profit / Stop Loss", "Cross", "Isolated", leverage button "20x", a coin/USDC
 *         unit selector on Size. Unverified. Low.
 * - [UV]  Unverified guesses at wording the sources do not give ("Price (USD)", "TP Price",
 *         "SL Price", header "Mark"). Low; confirm live before trusting.
 *
 * Languages: English only. No source shows the trading app in another language: the 2026-12 searches
 * of public docs, help pages, issue threads and code (Hyperliquid's GitBook docs, its Python SDK, API
 * guides in ja/vi/tr/pt/fr, bots and userscripts) found no language menu, no locale in the app's URLs
 * (`app.hyperliquid.xyz/trade/<COIN>` only) and no translated ticket word. Until one is found the
 * adapter offers `en` alone; `fixtures/variants.ts` `translated` stays a hypothetical page for the
 * drifted-markup suite, whose words the adapter must not learn without a source.
 */
import type { Language } from '../kit/words';

/** The languages the app is known to offer among Leverage Guard's. */
export const LANGUAGES: readonly Language[] = ['en'];

/** Trade page path; group 1 is the coin (`BTC`, HIP-3 `xyz:ANTH`). [research notes 2026-08: app URLs seen in PP, LT] */
export const TRADE_PATH = /^\/trade\/([^/?#]+)\/?$/;
/** The header's market name, e.g. "BTC-USD" (perps). [UV] */
export const HEADER_MARKET = /^([A-Za-z0-9:]{1,20})-USDC?$/;

export const LONG_TOGGLE = ['Buy / Long', 'Buy/Long', 'Long'] as const; // [PP]
export const SHORT_TOGGLE = ['Sell / Short', 'Sell/Short', 'Short'] as const; // [PP]
export const SUBMIT = ['Place Order'] as const; // [PP] button text starts with this
export const ORDER_TABS = { market: ['Market'], limit: ['Limit'] } as const; // [PP]; the third tab reads "Pro" or the Pro type chosen

export const AVAILABLE = ['Available to Trade'] as const; // [IB]
export const SIZE = ['Size'] as const; // [PP]
export const PRICE = ['Price (USD)', 'Price', 'Limit Price'] as const; // [UV]
export const MARGIN_MODE = { cross: ['Cross'], isolated: ['Isolated', 'Isolated Only', 'Strict Isolated'] } as const; // [IB]
export const LEVERAGE_BUTTON_TEXT = /^\d{1,3}(?:\.\d+)?\s*[xX×]$/; // [IB] "20x"
export const REDUCE_ONLY = ['Reduce Only'] as const; // [IB]
export const TPSL = ['Take Profit / Stop Loss', 'TP/SL'] as const; // [IB]
export const TP_PRICE = ['TP Price', 'Take Profit Price'] as const; // [UV]
export const SL_PRICE = ['SL Price', 'Stop Loss Price'] as const; // [UV]
export const LIQUIDATION_PRICE = ['Liquidation Price', 'Est. Liquidation Price'] as const; // [IB]
export const MARK = ['Mark', 'Mark Price'] as const; // [UV] header statistic

/** Regions that are never part of the ticket: the order book / trades panel and the chart. [UV] */
export const NOT_TICKET_TEXT = ['Order Book', 'Trades'] as const;
export const QUOTE = ['USDC', 'USD'] as const;
/** Where page-wide searches (header "Mark", header market name) never look: tables (positions' "Mark Price"), dialogs, the chart. */
export const NOT_HEADER = 'table, [role="table"], [role="grid"], [role="dialog"], canvas, iframe';

// --- the account around the ticket: the positions table, equity, funding ------------------------------
// [HP] The bottom panel's tabs (Balances, Positions, Open Orders, TWAP, Trade History, Funding History,
// Order History) and the positions table's headers (Coin, Size, Position Value, Entry Price, Mark Price,
// PNL (ROE %), Liq. Price, Margin, Funding) as given when the account reading was specified (2026-12-04)
// and as `ticket.html` already records them; the margin cell's "(Cross)" / "(Isolated)" suffix, the
// tab's "(3)" count and a short's negative size are [UV]. The row's side is its colour [PP]. Low: the
// app is closed source and nothing was checked live.

/** The panel's tab, with or without its count ("Positions (3)"). [HP] Low */
export const POSITIONS_TAB = /^Positions(?:\s*\(\d+\))?$/;
/** Header texts per column. [HP] Low */
export const POSITION_COLUMNS = {
  symbol: ['Coin'],
  size: ['Size'],
  entryPrice: ['Entry Price'],
  markPrice: ['Mark Price'],
  liquidationPrice: ['Liq. Price'],
  margin: ['Margin'],
} as const;
/** No positions. [ticket.html, UV] Low */
export const POSITIONS_EMPTY = ['No open positions yet', 'No open positions'] as const;
/** The side's colours on a row's coin and size: green long, pink short. [PP rgb(31,166,125) / rgb(237,112,136)] Low */
export const SIDE_COLOURS = { long: ['rgb(31, 166, 125)'], short: ['rgb(237, 112, 136)'] } as const;
/** Account panel: "Account Equity", then Spot and Perps; the perps equity backs the positions. [PP] Low */
export const EQUITY_HEADING = ['Account Equity'] as const;
export const PERPS_EQUITY = ['Perps'] as const;
/** Header "Funding / Countdown": the hourly rate in percent, then the time to the next payment. [ticket.html; UV] Low */
export const FUNDING = ['Funding / Countdown'] as const;
export const FUNDING_INTERVAL_HOURS = 1;
