/**
 * Binance USDⓈ-M Futures (`https://www.binance.com/<lang>/futures/<SYMBOL>`): every selector and
 * label the adapter uses, most stable first. Nothing here has been checked against the live page
 * (there was no web access): each entry names its source and date (research notes written
 * 2026-08 from public userscripts; no Binance front-end source is public).
 *
 * Sources:
 * - [JH]  jackhai9/userscripts, "Binance 订单簿单击下单" v2.7.x (`dom/trade-form.js`,
 *         `contracts/binance-page-text.js`, jsdom and Playwright fixtures), HEAD 2026-07-28;
 *         its authors require live evidence before any selector change. Its frozen label map pairs
 *         zh and en: 开仓/Open, 平仓/Close, 开多/Open Long, 开空/Open Short, 平多/Close Long,
 *         平空/Close Short, 可用/Avbl, 只做Maker/Post Only, 可开/可平 (max), 数量 and 委托价格 as
 *         the inputs' aria-labels; its route regex accepts `/zh-CN/futures/BTCUSDT`. Med-High.
 * - [CU]  notiv-nt/cex-utilities `packages/binance`, 2023-01: `[name="orderForm" i]`
 *         `[name="unitAmount" i]`, `[name="limitPrice" i]`, `[name="takeProfitStopPrice" i]`,
 *         `[name="stopLossStopPrice" i]`. Historical markup. Low.
 * - [VM]  The 2026-08 research notes' fixture skeleton: English labels "Price" and "Size" assumed
 *         (the userscript records only the zh aria-labels). Low.
 * - [UV]  Unverified: the wording of a display no source captured, from general knowledge of the
 *         page. Low; confirm live before trusting.
 * - [URL] Public URL builders linking straight to the futures page in a language, 2024–26:
 *         `https://www.binance.com/ru/futures/${symbol}`, `/es/futures/…`, `/tr/futures/…`,
 *         `/vi/futures/…`, `/ko/futures/XRPUSDT` (a Selenium script), and `/zh-CN/futures/…` [JH].
 *
 * Languages: Binance puts the locale in the path (`/en/…`, `/zh-CN/…`, `/ko/…`, `/ru/…`, `/es/…`,
 * `/tr/…`, `/vi/…` [URL]), so the ticket page is offered in all seven of Leverage Guard's
 * languages. Only the zh-CN words have a source [JH]; the ko, ru, es, tr and vi words are
 * unconfirmed [UV] (Low): the wording a trader of that language sees on a futures ticket, with
 * the venue's English kept where Binance keeps it (TP/SL, Long/Short in the side buttons). An
 * unknown word leaves its field "unknown", never another figure.
 *
 * Numbers: every source shows English-style figures (`64,250.1`, `1,234.56 USDT`) whatever the
 * locale, the zh-CN page included [JH fixtures]; no source shows Binance writing `64.250,1` or
 * `64 250,1` in another language, so the adapter keeps English digits for every language.
 */

import { anyLanguage } from '../kit/words';

/** Path of a futures ticket page (any locale segment, `/zh-CN/`, `/ko/`…); group 1 is the symbol. [JH 2026-07-28 `binance-futures-route.js`] */
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
export const SIZE_LABELS = anyLanguage({
  en: ['Size', 'Amount', 'Quantity'], // [VM] assumed, Low
  'zh-CN': ['数量'], // [JH 2026-07-28] aria-label, Med-High
  ko: ['수량'], // [UV] unconfirmed, Low
  ru: ['Количество', 'Размер'], // [UV] unconfirmed, Low
  es: ['Cantidad', 'Tamaño'], // [UV] unconfirmed, Low
  tr: ['Miktar', 'Boyut'], // [UV] unconfirmed, Low
  vi: ['Số lượng', 'Kích thước'], // [UV] unconfirmed, Low
});

/** The limit price input. */
export const PRICE_INPUT = [
  'input[id^="limitPrice-"]', // [JH 2026-07-28] Med-High
  'input[name="limitPrice" i]', // [CU 2023-01]
  'input[name="price" i]', // [CU 2023-01]
  'input[aria-label="委托价格"]', // [JH 2026-07-28] zh
  'input[placeholder="委托价格"]', // [JH 2026-07-28]
] as const;
export const PRICE_LABELS = anyLanguage({
  en: ['Price'], // [VM] assumed, Low
  'zh-CN': ['价格', '委托价格'], // [JH 2026-07-28] aria-label 委托价格, Med-High
  ko: ['가격'], // [UV] unconfirmed, Low
  ru: ['Цена'], // [UV] unconfirmed, Low
  es: ['Precio'], // [UV] unconfirmed, Low
  tr: ['Fiyat'], // [UV] unconfirmed, Low
  vi: ['Giá'], // [UV] unconfirmed, Low
});

/** Hedge-mode Open/Close tabs; the selected one. [JH 2026-07-28] Med-High */
export const MODE_TAB_SELECTED = [
  '#position-direction [role="tab"][aria-selected="true"]',
  '.bn-tabs__buySell [role="tab"][aria-selected="true"]',
  '[role="tab"].bn-tab__buySell[aria-selected="true"]',
] as const;
/** Any Open/Close tab (used to find the ticket's root). [JH 2026-07-28] */
export const MODE_TABS = '#position-direction, .bn-tabs__buySell';
export const MODE_LABELS = {
  open: anyLanguage({
    en: ['Open'], // [JH 2026-07-28] Med-High
    'zh-CN': ['开仓'], // [JH 2026-07-28] Med-High
    ko: ['오픈'], // [UV] unconfirmed, Low
    ru: ['Открыть'], // [UV] unconfirmed, Low
    es: ['Abrir'], // [UV] unconfirmed, Low
    tr: ['Aç'], // [UV] unconfirmed, Low
    vi: ['Mở'], // [UV] unconfirmed, Low
  }),
  close: anyLanguage({
    en: ['Close'], // [JH 2026-07-28] Med-High
    'zh-CN': ['平仓'], // [JH 2026-07-28] Med-High
    ko: ['종료'], // [UV] unconfirmed, Low
    ru: ['Закрыть'], // [UV] unconfirmed, Low
    es: ['Cerrar'], // [UV] unconfirmed, Low
    tr: ['Kapat'], // [UV] unconfirmed, Low
    vi: ['Đóng'], // [UV] unconfirmed, Low
  }),
} as const;

/** Order-type tabs: `data-tab-key` is LIMIT, MARKET or CONDITIONAL, in every language. [JH 2026-07-28] Med-High */
export const ORDER_TYPE_TAB_SELECTED = '[role="tab"][data-tab-key][aria-selected="true"]';
export const ORDER_TYPE_TAB = '[role="tab"][data-tab-key]';
/** Text fallback for the selected order-type tab when `data-tab-key` is gone. */
export const ORDER_TYPE_LABELS = {
  limit: anyLanguage({
    en: ['Limit'], // [UV] Low
    'zh-CN': ['限价', '限价单'], // [JH 2026-07-28] Med-High
    ko: ['지정가'], // [UV] unconfirmed, Low
    ru: ['Лимитный', 'Лимит'], // [UV] unconfirmed, Low
    es: ['Límite'], // [UV] unconfirmed, Low
    tr: ['Limit'], // [UV] unconfirmed, Low
    vi: ['Giới hạn'], // [UV] unconfirmed, Low
  }),
  market: anyLanguage({
    en: ['Market'], // [UV] Low
    'zh-CN': ['市价', '市价单'], // [JH 2026-07-28] Med-High
    ko: ['시장가'], // [UV] unconfirmed, Low
    ru: ['Рыночный', 'Рынок'], // [UV] unconfirmed, Low
    es: ['Mercado'], // [UV] unconfirmed, Low
    tr: ['Piyasa'], // [UV] unconfirmed, Low
    vi: ['Thị trường'], // [UV] unconfirmed, Low
  }),
  /** A limit order subtype. */
  postOnly: anyLanguage({
    en: ['Post Only'], // [JH 2026-07-28] Med-High
    'zh-CN': ['只做Maker'], // [JH 2026-07-28] Med-High
    ko: ['포스트 온리'], // [UV] unconfirmed, Low
    ru: ['Только мейкер'], // [UV] unconfirmed, Low
    es: ['Solo maker'], // [UV] unconfirmed, Low
    tr: ['Sadece Maker'], // [UV] unconfirmed, Low
    vi: ['Chỉ Maker'], // [UV] unconfirmed, Low
  }),
} as const;
/** The sub-type picker inside the CONDITIONAL tab ("Stop Limit", "Stop Market", "Trailing Stop"). [JH 2026-07-28] */
export const CONDITIONAL_SUBTYPE = '[role="combobox"], .bn-select-trigger, .bn-select-field';

/**
 * Submit buttons. Hedge mode: "Open Long"/"Open Short" on the Open tab, "Close Long"/"Close Short"
 * on the Close tab [JH 2026-07-28, Med-High]. One-way mode: "Buy/Long"/"Sell/Short" [UV: the
 * research notes say "likely … unverified"].
 */
export const SUBMIT_SELECTOR = 'button, [role="button"]';
export const LONG_LABELS = anyLanguage({
  en: ['Open Long', 'Buy/Long', 'Buy / Long'], // Open Long [JH] Med-High; Buy/Long [UV] Low
  'zh-CN': ['开多', '买入/做多', '买入 / 做多'], // 开多 [JH] Med-High; 买入/做多 [UV] Low
  ko: ['롱 오픈', '매수/롱', '매수 / 롱'], // [UV] unconfirmed, Low
  ru: ['Открыть лонг', 'Купить/Лонг', 'Купить / Лонг'], // [UV] unconfirmed, Low
  es: ['Abrir long', 'Abrir Long', 'Comprar/Long', 'Comprar / Long'], // [UV] unconfirmed, Low
  tr: ['Long Aç', 'Al/Long', 'Al / Long'], // [UV] unconfirmed, Low
  vi: ['Mở Long', 'Mua/Long', 'Mua / Long'], // [UV] unconfirmed, Low
});
export const SHORT_LABELS = anyLanguage({
  en: ['Open Short', 'Sell/Short', 'Sell / Short'], // Open Short [JH] Med-High; Sell/Short [UV] Low
  'zh-CN': ['开空', '卖出/做空', '卖出 / 做空'], // 开空 [JH] Med-High; 卖出/做空 [UV] Low
  ko: ['숏 오픈', '매도/숏', '매도 / 숏'], // [UV] unconfirmed, Low
  ru: ['Открыть шорт', 'Продать/Шорт', 'Продать / Шорт'], // [UV] unconfirmed, Low
  es: ['Abrir short', 'Abrir Short', 'Vender/Short', 'Vender / Short'], // [UV] unconfirmed, Low
  tr: ['Short Aç', 'Sat/Short', 'Sat / Short'], // [UV] unconfirmed, Low
  vi: ['Mở Short', 'Bán/Short', 'Bán / Short'], // [UV] unconfirmed, Low
});
export const CLOSE_LABELS = anyLanguage({
  en: ['Close Long', 'Close Short'], // [JH 2026-07-28] Med-High
  'zh-CN': ['平多', '平空'], // [JH 2026-07-28] Med-High
  ko: ['롱 종료', '숏 종료'], // [UV] unconfirmed, Low
  ru: ['Закрыть лонг', 'Закрыть шорт'], // [UV] unconfirmed, Low
  es: ['Cerrar long', 'Cerrar short', 'Cerrar Long', 'Cerrar Short'], // [UV] unconfirmed, Low
  tr: ['Long Kapat', 'Short Kapat'], // [UV] unconfirmed, Low
  vi: ['Đóng Long', 'Đóng Short'], // [UV] unconfirmed, Low
});

/**
 * Margin mode and leverage: a button reading "Cross"/"Isolated" and one reading "20x", or one
 * button "Cross 20x". [JH 2026-07-28: regex `/(全仓|逐仓|cross|isolated)\s*\d{1,3}\s*[xX]/i`; its
 * fixture has separate 全仓 and 2x buttons] Medium.
 */
export const MARGIN_MODE_LABELS = {
  cross: anyLanguage({
    en: ['Cross'], // [JH] Medium
    'zh-CN': ['全仓'], // [JH] Medium
    ko: ['교차'], // [UV] unconfirmed, Low
    ru: ['Кросс'], // [UV] unconfirmed, Low
    es: ['Cruzado', 'Cruzada'], // [UV] unconfirmed, Low
    tr: ['Çapraz'], // [UV] unconfirmed, Low
    vi: ['Cross', 'Chéo'], // [UV] unconfirmed, Low
  }),
  isolated: anyLanguage({
    en: ['Isolated'], // [JH] Medium
    'zh-CN': ['逐仓'], // [JH] Medium
    ko: ['격리'], // [UV] unconfirmed, Low
    ru: ['Изолированная', 'Изолир.'], // [UV] unconfirmed, Low
    es: ['Aislado', 'Aislada'], // [UV] unconfirmed, Low
    tr: ['İzole'], // [UV] unconfirmed, Low
    vi: ['Isolated', 'Cô lập'], // [UV] unconfirmed, Low
  }),
} as const;
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "20x", or a margin mode word of any offered language before it ("Cross 20x", "全仓 20x"). */
export const LEVERAGE_BUTTON_TEXT = new RegExp(
  `^(?:(?:${[...MARGIN_MODE_LABELS.cross, ...MARGIN_MODE_LABELS.isolated].map(escapeRe).join('|')})\\s*)?\\d{1,3}(?:\\.\\d+)?\\s*[xX×]$`,
  'i',
);

/** Available balance: a span reading exactly "Avbl" with one visible sibling "1,234.56 USDT". [JH, indexed 2026 version] Medium */
export const BALANCE_LABELS = anyLanguage({
  en: ['Avbl'], // [JH] Medium
  'zh-CN': ['可用'], // [JH] Medium
  ko: ['사용 가능'], // [UV] unconfirmed, Low
  ru: ['Доступно'], // [UV] unconfirmed, Low
  es: ['Disponible', 'Disp.'], // [UV] unconfirmed, Low
  tr: ['Kullanılabilir'], // [UV] unconfirmed, Low
  vi: ['Khả dụng'], // [UV] unconfirmed, Low
});

/**
 * The size unit switch inside the size form item. [UV] Not captured by any source: Binance offers
 * a unit choice (coin vs USDT) next to the size field; read from the form item's suffix text. Low.
 */
export const SIZE_ITEM = ['.bn-formItem', 'div[target^="unitAmount-"]'] as const; // [JH 2026-07-28] wrapper
export const SIZE_UNIT = ['[role="combobox"]', '.bn-select-trigger', '.bn-select-field'] as const; // [UV]
/** A unit switch that says the USDT size is the margin, not the order value (Binance offers both). */
export const SIZE_AS_MARGIN_LABELS = anyLanguage({
  en: ['Cost', 'Initial Margin'], // [UV] Low
  'zh-CN': ['成本', '保证金', '起始保证金'], // [UV] Low
  ko: ['비용', '증거금', '개시 증거금'], // [UV] unconfirmed, Low
  ru: ['Стоимость', 'Маржа', 'Начальная маржа'], // [UV] unconfirmed, Low
  es: ['Costo', 'Coste', 'Margen', 'Margen inicial'], // [UV] unconfirmed, Low
  tr: ['Maliyet', 'Teminat', 'Başlangıç Teminatı'], // [UV] unconfirmed, Low
  vi: ['Chi phí', 'Ký quỹ', 'Ký quỹ ban đầu'], // [UV] unconfirmed, Low
});
export const CONTRACT_UNITS = anyLanguage({
  en: ['Cont'], // [UV] Low
  'zh-CN': ['张'], // [UV] Low
  ko: ['계약'], // [UV] unconfirmed, Low
  ru: ['Конт.'], // [UV] unconfirmed, Low
  es: ['Cont.'], // [UV] unconfirmed, Low
  tr: ['Kont.'], // [UV] unconfirmed, Low
  vi: ['HĐ'], // [UV] unconfirmed, Low
});

/** TP/SL: a checkbox labelled "TP/SL", then trigger-price inputs. [CU 2023-01 names] Low (stale). */
export const TPSL_LABELS = anyLanguage({
  en: ['TP/SL'], // [UV] Low
  'zh-CN': ['止盈/止损', '止盈止损'], // [UV] Low
  ko: ['TP/SL', '익절/손절'], // [UV] unconfirmed, Low (Binance keeps the abbreviation)
  ru: ['TP/SL', 'ТП/СЛ'], // [UV] unconfirmed, Low
  es: ['TP/SL'], // [UV] unconfirmed, Low
  tr: ['TP/SL', 'KA/ZD'], // [UV] unconfirmed, Low
  vi: ['TP/SL', 'Chốt lời/Cắt lỗ'], // [UV] unconfirmed, Low
});
export const TAKE_PROFIT_INPUT = ['input[name="takeProfitStopPrice" i]', 'input[id^="takeProfitStopPrice-"]'] as const; // [CU 2023-01]
export const STOP_LOSS_INPUT = ['input[name="stopLossStopPrice" i]', 'input[id^="stopLossStopPrice-"]'] as const; // [CU 2023-01]
export const TAKE_PROFIT_LABELS = anyLanguage({
  en: ['Take Profit', 'TP'], // [UV] Low
  'zh-CN': ['止盈'], // [UV] Low
  ko: ['이익실현', '익절'], // [UV] unconfirmed, Low
  ru: ['Тейк-профит'], // [UV] unconfirmed, Low
  es: ['Take Profit', 'Tomar ganancias'], // [UV] unconfirmed, Low
  tr: ['Kâr Al', 'Kar Al'], // [UV] unconfirmed, Low
  vi: ['Chốt lời'], // [UV] unconfirmed, Low
});
export const STOP_LOSS_LABELS = anyLanguage({
  en: ['Stop Loss', 'SL'], // [UV] Low
  'zh-CN': ['止损'], // [UV] Low
  ko: ['손절매', '손절'], // [UV] unconfirmed, Low
  ru: ['Стоп-лосс'], // [UV] unconfirmed, Low
  es: ['Stop Loss', 'Detener pérdidas'], // [UV] unconfirmed, Low
  tr: ['Zarar Durdur'], // [UV] unconfirmed, Low
  vi: ['Cắt lỗ'], // [UV] unconfirmed, Low
});

/** The venue's own estimated liquidation price, one per side under the buttons. [UV] Low */
export const LIQ_PRICE_LABELS = anyLanguage({
  en: ['Liq. Price', 'Liq.Price', 'Liq Price', 'Est. Liq. Price'], // [UV] Low
  'zh-CN': ['强平价格', '预估强平价'], // [UV] Low
  ko: ['청산 가격', '예상 청산가'], // [UV] unconfirmed, Low
  ru: ['Цена ликв.', 'Цена ликвидации'], // [UV] unconfirmed, Low
  es: ['Precio de liq.', 'Precio de liquidación'], // [UV] unconfirmed, Low
  tr: ['Tasfiye Fiyatı', 'Lik. Fiyatı'], // [UV] unconfirmed, Low
  vi: ['Giá thanh lý'], // [UV] unconfirmed, Low
});
/** Max openable size per side. [JH 2026-07-28] Med-High */
export const MAX_BUY = '[data-testid="max-buy-amount"]';
export const MAX_SELL = '[data-testid="max-sell-amount"]';

/** The page header's mark price: a label "Mark" with the value beside it. [UV] Low */
export const MARK_LABELS = anyLanguage({
  en: ['Mark', 'Mark Price'], // [UV] Low
  'zh-CN': ['标记价格'], // [UV] Low
  ko: ['마크', '마크 가격'], // [UV] unconfirmed, Low
  ru: ['Маркировка', 'Цена маркировки'], // [UV] unconfirmed, Low
  es: ['Marca', 'Precio de marca'], // [UV] unconfirmed, Low
  tr: ['İşaret', 'İşaret Fiyatı'], // [UV] unconfirmed, Low
  vi: ['Đánh dấu', 'Giá đánh dấu'], // [UV] unconfirmed, Low
});

/** Things that are never part of the ticket: the order book [JH 2026-07-28] and the chart. */
export const NOT_TICKET = ['#futuresOrderbook', 'iframe'] as const;

/** The page header's 24 h high and low, label above value like "Mark". [UV] Low */
export const HIGH_24H_LABELS = anyLanguage({
  en: ['24h High'], // [UV] Low
  'zh-CN': ['24h最高价', '24h 最高价'], // [UV] Low
  ko: ['24시간 최고가'], // [UV] unconfirmed, Low
  ru: ['Макс. за 24ч'], // [UV] unconfirmed, Low
  es: ['Máximo 24h'], // [UV] unconfirmed, Low
  tr: ['24s En Yüksek'], // [UV] unconfirmed, Low
  vi: ['Cao nhất 24h'], // [UV] unconfirmed, Low
});
export const LOW_24H_LABELS = anyLanguage({
  en: ['24h Low'], // [UV] Low
  'zh-CN': ['24h最低价', '24h 最低价'], // [UV] Low
  ko: ['24시간 최저가'], // [UV] unconfirmed, Low
  ru: ['Мин. за 24ч'], // [UV] unconfirmed, Low
  es: ['Mínimo 24h'], // [UV] unconfirmed, Low
  tr: ['24s En Düşük'], // [UV] unconfirmed, Low
  vi: ['Thấp nhất 24h'], // [UV] unconfirmed, Low
});

/** Where a page-wide search for the header's "Mark" never looks: the order book, tables (positions' "Mark Price" column), dialogs, the chart. */
export const NOT_HEADER = '#futuresOrderbook, table, [role="table"], [role="grid"], [role="dialog"], canvas, iframe';

/** Quote assets of USDⓈ-M symbols. */
export const QUOTE_ASSETS = ['USDT', 'USDC'] as const;

// --- the account around the ticket: the positions table, margin balance, funding ----------------------
// [BP] The positions table's headers (Symbol, Size, Entry Price, Mark Price, Liq. Price, Margin Ratio,
// Margin, PNL (ROI %)) as given when the account reading was specified (2026-12-04) and as `ticket.html`
// already records them; the tab "Positions(3)" with `role="tab"` / `aria-selected` like the ticket's own
// tabs [JH]; the "Hide Other Symbols" checkbox, the symbol cell's "Cross 20x" line, a short's negative
// size in the base asset and the "Margin Balance" figure are [UV]. Low: closed source, nothing checked live.

/** The account panel's tabs. [BP, JH tab markup] Low */
export const ACCOUNT_TAB = '[role="tab"]';
/** The Positions tab, with its count ("Positions(3)", "仓位(3)"). [BP; zh-CN UV] Low */
export const POSITIONS_TAB = /^(?:Positions|仓位)\s*\(\d+\)$/;
/** Header texts per column. [BP] Low */
export const POSITION_COLUMNS = {
  symbol: ['Symbol'],
  size: ['Size'],
  entryPrice: ['Entry Price'],
  markPrice: ['Mark Price'],
  liquidationPrice: ['Liq. Price'],
  margin: ['Margin'],
} as const;
/** "Hide Other Symbols": checked, the table lists the ticket's symbol only. [UV] Low */
export const HIDE_OTHER_SYMBOLS = ['Hide Other Symbols'] as const;
/** No positions. [ticket.html; UV] Low */
export const POSITIONS_EMPTY = ['You have no position.', 'No Data'] as const;
/** A symbol in its cell ("BTCUSDT", then "Perp" and "Cross 20x"). */
export const POSITION_SYMBOL = /^([A-Z0-9]{2,20}(?:USDT|USDC))\b/;
/** The account's equity in the Account box beside the ticket. [UV] Low */
export const EQUITY_LABELS = ['Margin Balance'] as const;
/** Header "Funding / Countdown": the rate in percent, then the time to the next payment (the interval varies by symbol: not read). [ticket.html] Low */
export const FUNDING_LABELS = ['Funding / Countdown'] as const;
