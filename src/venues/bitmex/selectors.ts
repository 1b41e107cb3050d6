/**
 * BitMEX (`https://www.bitmex.com/app/trade/<SYMBOL>`): every label the adapter uses.
 *
 * THE EVIDENCE IS THIN FOR BITMEX: the research notes (2026-08) have the URL from memory and no DOM
 * evidence (the extensions found use the API). The 2026 searches for this adapter found only
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
 * - [IB]  Labels given when the adapter was specified (2026), not read off the live page:
 *         "Quantity", "Limit Price", "Buy / Long", "Sell / Short", "Available Balance", "Order
 *         Value", "Cost" (in XBT). Unverified.
 * - [ZH]  zhuanlan.zhihu.com/p/45901667 "BitMEX用法详解14——限价下单" (2018): the Chinese order panel —
 *         “仓位” (the quantity to fill in) and “价格”, the 做多 (left) / 做空 (right) buttons, “成本”,
 *         “委托价值”, “可用余额” under them, options “被动委托” (Post-Only), “隐藏” (Hidden), “生效时间”;
 *         "限价" for a limit order. Medium for those words (a 2018 page; BitMEX may have reworded since).
 * - [UV]  Unverified guesses at wording no source gives. Low; confirm live before trusting.
 *
 * Languages: BitMEX localises its site (public pages under `www.bitmex.com/zh-hans/…`, e.g. its
 * Hall of Legends page cited in a public repository, 2026; its blog's `blog.bitmex.com/zh_cn-…` posts;
 * docs.bitmex.com under `/zh-CN/`), and [ZH] shows the trading page in Simplified Chinese. No source
 * found shows the trading page in Korean, Russian, Spanish, Turkish or Vietnamese, nor a locale in the
 * trade page's path: so en and zh-CN, both at `/app/trade/<SYMBOL>`. The Chinese words below are [ZH]
 * where it gives them and otherwise the common Chinese exchange wording, marked “unconfirmed” (Low).
 * Numbers: no source shows other digits or separators on the Chinese page: English digits kept.
 */
import { anyLanguage, type Language } from '../kit/words';

/** The languages BitMEX's trading page is known to offer among Leverage Guard's. */
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

/** Trade page path; group 1 is the symbol. [URL] */
export const TRADE_PATH = /^\/app\/trade\/([A-Za-z0-9]{4,30})\/?$/;

/** Side buttons, both shown at once. [IB, FR] */
export const SUBMIT_SELECTOR = 'button, [role="button"]';
export const LONG_LABELS = anyLanguage({
  en: ['Buy / Long', 'Buy/Long'], // [IB, FR] Low
  'zh-CN': ['买入/做多', '买入 / 做多', '做多'], // [ZH “做多”] Medium; “买入/做多” unconfirmed, Low
});
export const SHORT_LABELS = anyLanguage({
  en: ['Sell / Short', 'Sell/Short'], // [IB, FR] Low
  'zh-CN': ['卖出/做空', '卖出 / 做空', '做空'], // [ZH “做空”] Medium; “卖出/做空” unconfirmed, Low
});

/** Order-type tabs. [BT] */
export const ORDER_TYPE_LABELS = {
  limit: anyLanguage({
    en: ['Limit'], // [BT] Low
    'zh-CN': ['限价'], // [ZH “限价下单”] Medium
  }),
  market: anyLanguage({
    en: ['Market'], // [BT] Low
    'zh-CN': ['市价'], // unconfirmed, Low
  }),
  other: anyLanguage({
    en: ['Stop Market', 'Stop Limit', 'Trailing Stop', 'Take Profit Limit', 'Take Profit Market'], // [BT] Low
    'zh-CN': ['市价止损', '限价止损', '追踪止损', '限价止盈', '市价止盈'], // unconfirmed, Low
  }),
} as const;

export const PRICE_LABELS = anyLanguage({
  en: ['Limit Price', 'Price'], // [FR, HM, SB] Low
  'zh-CN': ['价格', '限价'], // [ZH “价格”] Medium; “限价” unconfirmed, Low
});
export const SIZE_LABELS = anyLanguage({
  en: ['Quantity', 'Size', 'Qty'], // [FR, SB] Low
  'zh-CN': ['仓位', '数量'], // [ZH “仓位”] Medium; “数量” unconfirmed, Low
});
/** Quantity units: USD contracts on XBTUSD and quanto contracts [FR, HM]; "Cont" [UV]. */
export const CONTRACT_UNITS = ['USD', 'Cont', 'Contracts'] as const;

/** Leverage: the value beside the word "Leverage", or the slider's ARIA value. [FR; UV layout] */
export const LEVERAGE_LABELS = anyLanguage({
  en: ['Leverage', 'Leverage:'], // [FR] Low
  'zh-CN': ['杠杆', '杠杆:', '杠杆：'], // unconfirmed, Low
});
export const LEVERAGE_SLIDER = '[role="slider"]';
/** Margin mode: a Cross / Isolated choice [UV layout; risk-formulas §9: cross and isolated exist]. */
export const MARGIN_MODE_LABELS = {
  cross: anyLanguage({
    en: ['Cross', 'Cross Margin'], // [UV] Low
    'zh-CN': ['全仓', '全仓保证金'], // unconfirmed, Low
  }),
  isolated: anyLanguage({
    en: ['Isolated', 'Isolated Margin'], // [UV] Low
    'zh-CN': ['逐仓', '逐仓保证金'], // unconfirmed, Low
  }),
} as const;

export const BALANCE_LABELS = anyLanguage({
  en: ['Available Balance', 'Available Balance:', 'Available'], // [FR, IB] Low
  'zh-CN': ['可用余额', '可用余额:', '可用余额：'], // [ZH] Medium
});
export const REDUCE_ONLY_LABELS = anyLanguage({
  en: ['Reduce-Only', 'Reduce Only'], // [UV] Low
  'zh-CN': ['只减仓'], // unconfirmed, Low
});
/** A TP/SL switch, if a newer form has one (the classic form has none: separate Take Profit / Stop orders). [UV] */
export const TPSL_LABELS = anyLanguage({
  en: ['TP/SL', 'Take Profit / Stop Loss'], // [UV] Low
  'zh-CN': ['止盈/止损', '止盈 / 止损'], // unconfirmed, Low
});
export const TAKE_PROFIT_LABELS = anyLanguage({
  en: ['Take Profit', 'TP'], // [UV] Low
  'zh-CN': ['止盈'], // unconfirmed, Low
});
export const STOP_LOSS_LABELS = anyLanguage({
  en: ['Stop Loss', 'SL'], // [UV] Low
  'zh-CN': ['止损'], // unconfirmed, Low
});
export const LIQ_PRICE_LABELS = anyLanguage({
  en: ['Liquidation Price', 'Liq. Price', 'Est. Liquidation Price'], // [BT: tooltip only] Low
  'zh-CN': ['强平价格', '预估强平价格'], // unconfirmed, Low
});

export const MARK_LABELS = anyLanguage({
  en: ['Mark Price', 'Mark'], // [UV header] Low
  'zh-CN': ['标记价格'], // unconfirmed, Low
});
export const HIGH_24H_LABELS = anyLanguage({
  en: ['24H High', '24h High'], // [UV] Low
  'zh-CN': ['24小时最高', '24H最高'], // unconfirmed, Low
});
export const LOW_24H_LABELS = anyLanguage({
  en: ['24H Low', '24h Low'], // [UV] Low
  'zh-CN': ['24小时最低', '24H最低'], // unconfirmed, Low
});

/**
 * XBT denominations the account menu can display [SG]: value in XBT = shown × factor. "XBt" is the
 * satoshi (case matters).
 */
export const XBT_DENOMINATIONS: Record<string, number> = { XBT: 1, mXBT: 1e-3, μXBT: 1e-6, µXBT: 1e-6, uXBT: 1e-6, XBt: 1e-8 };

export const NOT_TICKET_TEXT = anyLanguage({
  en: ['Order Book', 'Recent Trades'], // [UV] Low
  'zh-CN': ['委托列表', '最近成交'], // [ZH “委托列表”] Medium; “最近成交” unconfirmed, Low
});
export const NOT_TICKET = 'canvas, iframe, table';
export const NOT_HEADER = 'table, [role="table"], [role="grid"], [role="dialog"], canvas, iframe';

// --- the account around the ticket: the positions table, funding ------------------------------------
// [XP] The bottom panel's tabs ("Positions [3]", `role="tab"` + `aria-selected`) and the positions
// table's headers (Symbol, Size, Value, Entry Price, Mark Price, Liq. Price, Margin, Unrealised PNL
// (ROE %)) as `ticket.html` records them (2026-08 notes); sizes of linear contracts in the underlying
// ("0.500 XBT", a short's minus sign) or in contracts, "Cross" / "Isolated" under the margin are [UV].
// Low: nothing checked live.

export const ACCOUNT_TAB = '[role="tab"]';
export const POSITIONS_TAB = /^Positions\s*\[\d+\]$/; // [XP] Low
export const POSITION_COLUMNS = {
  symbol: ['Symbol'],
  size: ['Size'],
  entryPrice: ['Entry Price'],
  markPrice: ['Mark Price'],
  liquidationPrice: ['Liq. Price'],
  margin: ['Margin'],
} as const; // [XP] Low
export const POSITIONS_EMPTY = ['No open positions.'] as const; // [ticket.html] Low
/** A linear contract ("XBTUSDT", "ETHUSDT"): base, quote. Inverse and quanto contracts are sized in USD, not read. */
export const LINEAR_SYMBOL = /^([A-Z0-9]{2,20}?)(USDT|USDC)$/;
/** Header "Funding Rate": "0.0100% in 3h" (the countdown, not the interval). [ticket.html] Low */
export const FUNDING_LABELS = ['Funding Rate'] as const;
