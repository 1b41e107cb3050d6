/**
 * Binance USDⓈ-M Futures (`https://www.binance.com/<lang>/futures/<SYMBOL>`): every selector and
 * label the adapter uses, most stable first. Nothing here has been checked against the live page
 * (there was no web access): each entry names its source and date, as recorded in
 * `../shared/reference/venues.md` §1, §3.1 and §5.4 (research notes written 2026-08).
 *
 * Sources:
 * - [JH]  jackhai9/userscripts, "Binance 订单簿单击下单" v2.7.x (`dom/trade-form.js`,
 *         `contracts/binance-page-text.js`, jsdom and Playwright fixtures), HEAD 2026-07-28;
 *         its authors require live evidence before any selector change. Med-High.
 * - [CU]  notiv-nt/cex-utilities `packages/binance`, 2023-01. Historical markup. Low.
 * - [VM]  venues.md §5.4 fixture skeleton (2026-08): assumed English labels "Price" and "Size". Low.
 * - [UV]  Unverified: the English wording of a display the reference did not capture, taken from
 *         the issue brief and general knowledge of the page. Low; confirm live before trusting.
 *
 * Labels are listed en + zh (Binance localises the path: `/en/…`, `/zh-CN/…`).
 */

/** Path of a futures ticket page; group 1 is the symbol. [JH 2026-07-28 `binance-futures-route.js`] */
export const FUTURES_PATH = /^\/(?:[a-z]{2}(?:-[A-Za-z]{2,4})?\/)?futures\/([A-Z0-9_]{3,})\/?$/;
/** Wallet pages share the `/futures/` prefix and have no ticket. [JH 2026-07-28 @exclude] */
export const NOT_A_TICKET_PATH = /\/my\/wallet\/futures\//;

/** The size (quantity) input. Binance suffixes its ids with a random part, so match by prefix. */
export const SIZE_INPUT = [
  'input[id^="unitAmount-"]', // [JH 2026-07-28] Med-High
  'input[name="unitAmount" i]', // [CU 2023-01] older markup
  'input[aria-label="数量"]', // [JH 2026-07-28] zh aria-label
  'input[placeholder="数量"]', // [JH 2026-07-28]
] as const;
/** Label text of the size input when none of the above match (matched via `<label for>`, aria-label, placeholder, or text beside). */
export const SIZE_LABELS = ['Size', 'Amount', 'Quantity', '数量'] as const; // [VM] en assumed, zh [JH]

/** The limit price input. */
export const PRICE_INPUT = [
  'input[id^="limitPrice-"]', // [JH 2026-07-28] Med-High
  'input[name="limitPrice" i]', // [CU 2023-01]
  'input[name="price" i]', // [CU 2023-01]
  'input[aria-label="委托价格"]', // [JH 2026-07-28] zh
  'input[placeholder="委托价格"]', // [JH 2026-07-28]
] as const;
export const PRICE_LABELS = ['Price', '价格', '委托价格'] as const; // [VM] en assumed; zh [JH]

/** Hedge-mode Open/Close tabs; the selected one. [JH 2026-07-28] Med-High */
export const MODE_TAB_SELECTED = [
  '#position-direction [role="tab"][aria-selected="true"]',
  '.bn-tabs__buySell [role="tab"][aria-selected="true"]',
  '[role="tab"].bn-tab__buySell[aria-selected="true"]',
] as const;
/** Any Open/Close tab (used to find the ticket's root). [JH 2026-07-28] */
export const MODE_TABS = '#position-direction, .bn-tabs__buySell';
export const MODE_LABELS = { open: ['Open', '开仓'], close: ['Close', '平仓'] } as const; // [JH 2026-07-28]

/** Order-type tabs: `data-tab-key` is LIMIT, MARKET or CONDITIONAL. [JH 2026-07-28] Med-High */
export const ORDER_TYPE_TAB_SELECTED = '[role="tab"][data-tab-key][aria-selected="true"]';
export const ORDER_TYPE_TAB = '[role="tab"][data-tab-key]';
/** Text fallback for the selected order-type tab when `data-tab-key` is gone. [UV] en, zh [JH] */
export const ORDER_TYPE_LABELS = {
  limit: ['Limit', '限价', '限价单'],
  market: ['Market', '市价', '市价单'],
  postOnly: ['Post Only', '只做Maker'], // [JH 2026-07-28]: a limit order subtype
} as const;
/** The sub-type picker inside the CONDITIONAL tab ("Stop Limit", "Stop Market", "Trailing Stop"). [JH 2026-07-28] */
export const CONDITIONAL_SUBTYPE = '[role="combobox"], .bn-select-trigger, .bn-select-field';

/**
 * Submit buttons. Hedge mode: "Open Long"/"Open Short" on the Open tab, "Close Long"/"Close Short"
 * on the Close tab [JH 2026-07-28, Med-High]. One-way mode: "Buy/Long"/"Sell/Short" [UV: venues.md
 * says "likely … unverified"].
 */
export const SUBMIT_SELECTOR = 'button, [role="button"]';
export const LONG_LABELS = ['Open Long', '开多', 'Buy/Long', 'Buy / Long', '买入/做多', '买入 / 做多'] as const;
export const SHORT_LABELS = ['Open Short', '开空', 'Sell/Short', 'Sell / Short', '卖出/做空', '卖出 / 做空'] as const;
export const CLOSE_LABELS = ['Close Long', 'Close Short', '平多', '平空'] as const; // [JH 2026-07-28]

/**
 * Margin mode and leverage: a button reading "Cross"/"Isolated" and one reading "20x", or one
 * button "Cross 20x". [JH 2026-07-28: regex `/(全仓|逐仓|cross|isolated)\s*\d{1,3}\s*[xX]/i`; its
 * fixture has separate 全仓 and 2x buttons] Medium.
 */
export const MARGIN_MODE_LABELS = { cross: ['Cross', '全仓'], isolated: ['Isolated', '逐仓'] } as const;
export const LEVERAGE_BUTTON_TEXT = /^(?:(?:cross|isolated|全仓|逐仓)\s*)?\d{1,3}(?:\.\d+)?\s*[xX×]$/i;

/** Available balance: a span reading exactly "Avbl" with one visible sibling "1,234.56 USDT". [JH, indexed 2026 version] Medium */
export const BALANCE_LABELS = ['Avbl', '可用'] as const;

/**
 * The size unit switch inside the size form item. [UV] venues.md: "Not captured. Binance offers a
 * unit choice (coin vs USDT) next to the size field. Read it from the form item's suffix text." Low.
 */
export const SIZE_ITEM = ['.bn-formItem', 'div[target^="unitAmount-"]'] as const; // [JH 2026-07-28] wrapper
export const SIZE_UNIT = ['[role="combobox"]', '.bn-select-trigger', '.bn-select-field'] as const; // [UV]
/** A unit switch that says the USDT size is the margin, not the order value (Binance offers both). [UV] */
export const SIZE_AS_MARGIN_LABELS = ['Cost', 'Initial Margin', '成本', '保证金', '起始保证金'] as const;
export const CONTRACT_UNITS = ['Cont', '张'] as const; // [UV]

/** TP/SL: a checkbox labelled "TP/SL", then trigger-price inputs. [CU 2023-01 names] Low (stale). */
export const TPSL_LABELS = ['TP/SL', '止盈/止损', '止盈止损'] as const; // [UV] en, zh
export const TAKE_PROFIT_INPUT = ['input[name="takeProfitStopPrice" i]', 'input[id^="takeProfitStopPrice-"]'] as const; // [CU 2023-01]
export const STOP_LOSS_INPUT = ['input[name="stopLossStopPrice" i]', 'input[id^="stopLossStopPrice-"]'] as const; // [CU 2023-01]
export const TAKE_PROFIT_LABELS = ['Take Profit', 'TP', '止盈'] as const; // [UV]
export const STOP_LOSS_LABELS = ['Stop Loss', 'SL', '止损'] as const; // [UV]

/** The venue's own estimated liquidation price, one per side under the buttons. [UV] Low */
export const LIQ_PRICE_LABELS = ['Liq. Price', 'Liq.Price', 'Liq Price', 'Est. Liq. Price', '强平价格', '预估强平价'] as const;
/** Max openable size per side. [JH 2026-07-28] Med-High */
export const MAX_BUY = '[data-testid="max-buy-amount"]';
export const MAX_SELL = '[data-testid="max-sell-amount"]';

/** The page header's mark price: a label "Mark" with the value beside it. [UV] Low */
export const MARK_LABELS = ['Mark', 'Mark Price', '标记价格'] as const;

/** Things that are never part of the ticket: the order book [JH 2026-07-28] and the chart. */
export const NOT_TICKET = ['#futuresOrderbook', 'iframe'] as const;

/** The page header's 24 h high and low, label above value like "Mark". [UV] Low */
export const HIGH_24H_LABELS = ['24h High', '24h最高价', '24h 最高价'] as const;
export const LOW_24H_LABELS = ['24h Low', '24h最低价', '24h 最低价'] as const;

/** Where a page-wide search for the header's "Mark" never looks: the order book, tables (positions' "Mark Price" column), dialogs, the chart. */
export const NOT_HEADER = '#futuresOrderbook, table, [role="table"], [role="grid"], [role="dialog"], canvas, iframe';

/** Quote assets of USDⓈ-M symbols. */
export const QUOTE_ASSETS = ['USDT', 'USDC'] as const;
