/**
 * Bitget USDT-M futures (`https://www.bitget.com/<locale>/futures/usdt/<SYMBOL>`): every label and
 * selector the adapter uses.
 *
 * THE EVIDENCE IS THIN FOR BITGET: the research for the adapters (2026-08) found URL patterns only
 * and no DOM evidence at all, and the searches made for this adapter (2026) found no script that
 * reads Bitget's futures ticket either. Nothing here was checked against the live page. So there
 * are NO class or id selectors: only visible label text (Bitget's own help-centre wording where it
 * exists), `role`/`aria-*` and `placeholder`, and, where a choice is shown by styling only (the
 * order-type tabs), the one control that looks different from its siblings.
 *
 * Sources:
 * - [URL] URL builders in many public repos, 2024–26: `https://www.bitget.com/futures/usdt/${symbol}`
 *         (upper case, and lower case in a 2026 test: `/futures/usdt/metalightusdt`); older
 *         `https://www.bitget.com/en/mix/usdt/${symbol}` (~2022). Med-High for the URL.
 * - [BG1] Bitget support "Trading USDT-Margined Futures on Bitget" (article 12560603775439, ~2021):
 *         choose the pair, "your mode of margin, preferred level of leverage, together with price,
 *         number and direction (long/short) of contracts"; "Open Orders", "Positions". Its zh-CN
 *         version (12560603775981, "Bitget U本位合约交易"): 保证金模式, 杠杆倍数, 合约的价格、数量及做多 /
 *         做空, 全仓 / 逐仓, 仓位, 平仓.
 * - [BG2] Bitget academy "Beginner's Guide — How To Make Your First Futures Trade" (12560603883684,
 *         2024–25): "BTCUSDT perpetual" top left by default; "Choose cross or isolated margin mode".
 * - [BG3] Bitget support "Introduction to futures trading functionality" (12560603818282, 2024–25):
 *         "Cross margin mode", "Isolated margin mode"; limit and market orders.
 * - [BG4] Bitget futures glossary (12560603791906): "Mark price", "Mark price to liquidation price
 *         (spread)" shown before the order is confirmed; "Position margin".
 * - [BG5] Bitget "What Is Estimated Liquidation Price in Bitget Futures?" (12560603808759, 2025-09-18):
 *         the venue's "estimated liquidation price".
 * - [BG6] Bitget support "Bitget Futures: One-Way Mode" (12312661547038, 2022-11-15) and its zh-CN
 *         version "Bitget合约: 单向持仓": hedge mode is the default; "One-way mode only supports buying
 *         and selling. It is different from hedge mode, which supports opening and closing positions"
 *         (zh: 单向持仓只有买入和卖出 … 双向持仓对应的是开仓和平仓，开多对应平多，开空对应平空); "Reduce
 *         only" (只减仓); the max openable size "可开". Bitget academy zh "单向持仓模式" (2023-01-05):
 *         买入/卖出. Medium for the words; the button layout is not shown.
 * - [IB]  Labels given when the adapter was specified (2026), not read off the live page: "Open
 *         long" / "Open short", "Available", "Cross" / "Isolated"; the README: one-way buttons
 *         "Buy/Long" / "Sell/Short". Unverified.
 * - [UV]  Unverified wording no source gives. Low; confirm live before trusting.
 * - [LOC] Bitget's locale path segments, from public links straight to its pages, 2024–26:
 *         `/zh-CN/futures/usdt/${symbol}` (many Chinese dashboards and tests) and `/zh-CN/support/…`;
 *         `/ru/futures/usdt/${symbol}` (several Russian bots); `/es/futures/usdt/BTCUSDT`;
 *         `/vi/expressly?…` (Vietnamese sign-up links); `/tr/spot/F3USDT`. Med-High for zh-CN and ru,
 *         Medium for es, Low for vi and tr (no futures page link). No Korean page (`/ko/`) was found
 *         in any source, so Korean is not listed.
 *
 * Languages: English, Simplified Chinese (`/zh-CN/`), Russian (`/ru/`), Spanish (`/es/`), Turkish
 * (`/tr/`) and Vietnamese (`/vi/`) [LOC]. The zh-CN side words come from [BG6]; every other
 * non-English word is unconfirmed [UV] (Low), the wording a trader of that language sees on a
 * futures ticket. An unknown word leaves its field "unknown", never another figure.
 *
 * Numbers: every source shows English-style figures (`10,000.0000 USDT`, `50,000 USDT`), the zh-CN
 * help pages included; none shows Bitget writing `64.250,5` or `64 250,5` in another language, so
 * English digits are kept for every language.
 */

import { anyLanguage } from '../kit/words';

/** Futures page path, with or without a locale segment (`/zh-CN/`, `/ru/`); group 1 is the symbol, in either case. [URL, LOC] */
export const FUTURES_PATH = /^\/(?:[a-z]{2,5}(?:[-_][A-Za-z]{2,4})?\/)?futures\/usdt\/([A-Za-z0-9]{4,30})\/?$/;

/**
 * Side buttons: hedge mode (Bitget's default [BG6]) "Open long"/"Open short" [IB]; one-way mode
 * "Buy"/"Sell" [BG6: one-way mode "only supports buying and selling"] or "Buy/Long"/"Sell/Short"
 * [IB, README; UV].
 */
export const SUBMIT_SELECTOR = 'button, [role="button"]';
export const LONG_LABELS = anyLanguage({
  en: ['Open long', 'Buy', 'Buy/Long', 'Buy / Long', 'Buy/long'], // Open long [IB] Low; Buy [BG6] Medium; Buy/Long [IB] Low
  'zh-CN': ['开多', '买入', '买入/做多', '买入 / 做多'], // 开多, 买入 [BG6 zh] Medium; 买入/做多 [UV] Low
  ru: ['Открыть лонг', 'Купить', 'Купить/Лонг'], // [UV] unconfirmed, Low
  es: ['Abrir long', 'Comprar', 'Comprar/Long'], // [UV] unconfirmed, Low
  tr: ['Long aç', 'Al', 'Al/Long'], // [UV] unconfirmed, Low
  vi: ['Mở long', 'Mua', 'Mua/Long'], // [UV] unconfirmed, Low
});
export const SHORT_LABELS = anyLanguage({
  en: ['Open short', 'Sell', 'Sell/Short', 'Sell / Short', 'Sell/short'], // Open short [IB] Low; Sell [BG6] Medium; Sell/Short [IB] Low
  'zh-CN': ['开空', '卖出', '卖出/做空', '卖出 / 做空'], // 开空, 卖出 [BG6 zh] Medium; 卖出/做空 [UV] Low
  ru: ['Открыть шорт', 'Продать', 'Продать/Шорт'], // [UV] unconfirmed, Low
  es: ['Abrir short', 'Vender', 'Vender/Short'], // [UV] unconfirmed, Low
  tr: ['Short aç', 'Sat', 'Sat/Short'], // [UV] unconfirmed, Low
  vi: ['Mở short', 'Bán', 'Bán/Short'], // [UV] unconfirmed, Low
});
export const CLOSE_LABELS = anyLanguage({
  en: ['Close long', 'Close short'], // [UV] by symmetry with [IB], Low
  'zh-CN': ['平多', '平空'], // [BG6 zh] Medium
  ru: ['Закрыть лонг', 'Закрыть шорт'], // [UV] unconfirmed, Low
  es: ['Cerrar long', 'Cerrar short'], // [UV] unconfirmed, Low
  tr: ['Long kapat', 'Short kapat'], // [UV] unconfirmed, Low
  vi: ['Đóng long', 'Đóng short'], // [UV] unconfirmed, Low
});

/** Open / Close tabs (hedge mode). [BG1 "open a new position … close the position"; BG6 zh 开仓 / 平仓] */
export const MODE_LABELS = {
  open: anyLanguage({ en: ['Open'], 'zh-CN': ['开仓'], ru: ['Открыть'], es: ['Abrir'], tr: ['Aç'], vi: ['Mở'] }), // en [UV] Low; zh [BG6] Medium; others [UV] unconfirmed, Low
  close: anyLanguage({ en: ['Close'], 'zh-CN': ['平仓'], ru: ['Закрыть'], es: ['Cerrar'], tr: ['Kapat'], vi: ['Đóng'] }), // en [UV] Low; zh [BG6] Medium; others [UV] unconfirmed, Low
} as const;

/** Order-type tabs. [BG3 limit and market; UV "Trigger"] */
export const ORDER_TYPE_LABELS = {
  limit: anyLanguage({ en: ['Limit'], 'zh-CN': ['限价'], ru: ['Лимитный', 'Лимит'], es: ['Límite'], tr: ['Limit'], vi: ['Giới hạn'] }), // en [BG3] Medium; others [UV] unconfirmed, Low
  market: anyLanguage({ en: ['Market'], 'zh-CN': ['市价'], ru: ['Рыночный', 'Рынок'], es: ['Mercado'], tr: ['Piyasa'], vi: ['Thị trường'] }), // en [BG3] Medium; others [UV] unconfirmed, Low
  other: anyLanguage({
    en: ['Trigger', 'Trailing stop', 'Post only', 'TWAP'], // [UV] Low
    'zh-CN': ['计划委托', '追踪委托', '只做Maker'], // [UV] unconfirmed, Low
    ru: ['Триггер', 'Трейлинг-стоп', 'Только мейкер'], // [UV] unconfirmed, Low
    es: ['Activador', 'Trailing stop', 'Solo post'], // [UV] unconfirmed, Low
    tr: ['Tetik', 'İz süren stop', 'Sadece post'], // [UV] unconfirmed, Low
    vi: ['Kích hoạt', 'Cắt lỗ dời', 'Chỉ post'], // [UV] unconfirmed, Low
  }),
} as const;

export const PRICE_LABELS = anyLanguage({
  en: ['Price', 'Price (USDT)', 'Order price'], // [UV] Low
  'zh-CN': ['价格', '委托价格'], // [BG1 zh 价格] Low for the label
  ru: ['Цена'], // [UV] unconfirmed, Low
  es: ['Precio'], // [UV] unconfirmed, Low
  tr: ['Fiyat'], // [UV] unconfirmed, Low
  vi: ['Giá'], // [UV] unconfirmed, Low
});
export const SIZE_LABELS = anyLanguage({
  en: ['Quantity', 'Qty', 'Amount', 'Size'], // [BG1 "number … of contracts"; UV wording] Low
  'zh-CN': ['数量'], // [BG1 zh 数量] Low for the label
  ru: ['Количество'], // [UV] unconfirmed, Low
  es: ['Cantidad'], // [UV] unconfirmed, Low
  tr: ['Miktar'], // [UV] unconfirmed, Low
  vi: ['Số lượng'], // [UV] unconfirmed, Low
});
/** A quantity unit that means margin, not size. [UV] */
export const SIZE_AS_MARGIN = anyLanguage({
  en: ['Cost', 'Margin', 'USDT (Cost)'], // [UV] Low
  'zh-CN': ['成本', '保证金'], // [UV] unconfirmed, Low ([BG1 zh] 保证金)
  ru: ['Стоимость', 'Маржа'], // [UV] unconfirmed, Low
  es: ['Costo', 'Margen'], // [UV] unconfirmed, Low
  tr: ['Maliyet', 'Marjin'], // [UV] unconfirmed, Low
  vi: ['Chi phí', 'Ký quỹ'], // [UV] unconfirmed, Low
});
export const CONTRACT_UNITS = anyLanguage({
  en: ['Cont', 'Contracts'], // [UV] Low
  'zh-CN': ['张'], // [UV] unconfirmed, Low
  ru: ['Конт.', 'Контракты'], // [UV] unconfirmed, Low
  es: ['Cont.', 'Contratos'], // [UV] unconfirmed, Low
  tr: ['Kont.', 'Kontrat'], // [UV] unconfirmed, Low
  vi: ['HĐ', 'Hợp đồng'], // [UV] unconfirmed, Low
});

/** Margin mode and leverage buttons above the tabs. [BG2, BG3, IB] */
export const MARGIN_MODE_LABELS = {
  cross: anyLanguage({ en: ['Cross', 'Cross margin'], 'zh-CN': ['全仓'], ru: ['Кросс', 'Кросс-маржа'], es: ['Cruzado', 'Margen cruzado'], tr: ['Çapraz', 'Çapraz marjin'], vi: ['Chéo', 'Ký quỹ chéo'] }), // en [BG2, BG3] Medium; zh [BG1 zh] Medium; others [UV] unconfirmed, Low
  isolated: anyLanguage({ en: ['Isolated', 'Isolated margin'], 'zh-CN': ['逐仓'], ru: ['Изолированная', 'Изолированная маржа'], es: ['Aislado', 'Margen aislado'], tr: ['İzole', 'İzole marjin'], vi: ['Cô lập', 'Ký quỹ cô lập'] }), // en [BG2, BG3] Medium; zh [BG1 zh] Medium; others [UV] unconfirmed, Low
} as const;
/** "20x", or one leverage per side in isolated margin ("Long 20x"; the side word in English only [UV]). */
export const LEVERAGE_BUTTON_TEXT = /^(?:(?:long|short)\s*)?\d{1,3}(?:\.\d+)?\s*[xX×]$/i;

export const BALANCE_LABELS = anyLanguage({
  en: ['Available', 'Avbl'], // [IB] Low
  'zh-CN': ['可用'], // [UV] unconfirmed, Low
  ru: ['Доступно'], // [UV] unconfirmed, Low
  es: ['Disponible'], // [UV] unconfirmed, Low
  tr: ['Kullanılabilir'], // [UV] unconfirmed, Low
  vi: ['Khả dụng'], // [UV] unconfirmed, Low
});
export const TPSL_LABELS = anyLanguage({
  en: ['TP/SL'], // [UV] Low
  'zh-CN': ['止盈/止损', '止盈止损'], // [UV] unconfirmed, Low
  ru: ['TP/SL'], // [UV] unconfirmed, Low: the abbreviation kept
  es: ['TP/SL'], // [UV] unconfirmed, Low
  tr: ['TP/SL'], // [UV] unconfirmed, Low
  vi: ['TP/SL'], // [UV] unconfirmed, Low
});
export const TAKE_PROFIT_LABELS = anyLanguage({
  en: ['Take profit', 'TP', 'TP price'], // [UV] Low
  'zh-CN': ['止盈'], // [UV] unconfirmed, Low
  ru: ['Тейк-профит'], // [UV] unconfirmed, Low
  es: ['Tomar ganancias'], // [UV] unconfirmed, Low
  tr: ['Kâr al'], // [UV] unconfirmed, Low
  vi: ['Chốt lời'], // [UV] unconfirmed, Low
});
export const STOP_LOSS_LABELS = anyLanguage({
  en: ['Stop loss', 'SL', 'SL price'], // [UV] Low
  'zh-CN': ['止损'], // [UV] unconfirmed, Low
  ru: ['Стоп-лосс'], // [UV] unconfirmed, Low
  es: ['Detener pérdidas'], // [UV] unconfirmed, Low
  tr: ['Zarar durdur'], // [UV] unconfirmed, Low
  vi: ['Cắt lỗ'], // [UV] unconfirmed, Low
});
export const LIQ_PRICE_LABELS = anyLanguage({
  en: ['Est. liq. price', 'Est. liquidation price', 'Liq. price', 'Est. Liq. Price'], // [BG5 wording; UV layout] Low
  'zh-CN': ['预估强平价', '预估强平价格'], // [UV] unconfirmed, Low
  ru: ['Расч. цена ликв.', 'Расчётная цена ликвидации'], // [UV] unconfirmed, Low
  es: ['Precio de liq. est.', 'Precio de liquidación estimado'], // [UV] unconfirmed, Low
  tr: ['Tah. tasfiye fiyatı', 'Tahmini tasfiye fiyatı'], // [UV] unconfirmed, Low
  vi: ['Giá thanh lý ước tính'], // [UV] unconfirmed, Low
});

/** The page header's figures, label above value. [BG4 "Mark price"; UV layout and "24h high/low"] */
export const MARK_LABELS = anyLanguage({
  en: ['Mark price', 'Mark Price', 'Mark'], // [BG4] Medium
  'zh-CN': ['标记价格'], // [UV] unconfirmed, Low
  ru: ['Цена маркировки'], // [UV] unconfirmed, Low
  es: ['Precio de marca'], // [UV] unconfirmed, Low
  tr: ['İşaret fiyatı'], // [UV] unconfirmed, Low
  vi: ['Giá đánh dấu'], // [UV] unconfirmed, Low
});
export const HIGH_24H_LABELS = anyLanguage({
  en: ['24h high', '24h High'], // [UV] Low
  'zh-CN': ['24h最高价'], // [UV] unconfirmed, Low
  ru: ['Макс. за 24ч'], // [UV] unconfirmed, Low
  es: ['Máximo 24h'], // [UV] unconfirmed, Low
  tr: ['24s en yüksek'], // [UV] unconfirmed, Low
  vi: ['Cao nhất 24h'], // [UV] unconfirmed, Low
});
export const LOW_24H_LABELS = anyLanguage({
  en: ['24h low', '24h Low'], // [UV] Low
  'zh-CN': ['24h最低价'], // [UV] unconfirmed, Low
  ru: ['Мин. за 24ч'], // [UV] unconfirmed, Low
  es: ['Mínimo 24h'], // [UV] unconfirmed, Low
  tr: ['24s en düşük'], // [UV] unconfirmed, Low
  vi: ['Thấp nhất 24h'], // [UV] unconfirmed, Low
});

/** Words that only the order book / trades panel shows: an ancestor holding them is not the ticket. [UV] */
export const NOT_TICKET_TEXT = anyLanguage({
  en: ['Order book', 'Order Book', 'Trades', 'Latest trades'], // [UV] Low
  'zh-CN': ['委托簿', '订单簿', '最新成交'], // [UV] unconfirmed, Low
  ru: ['Книга ордеров', 'Сделки'], // [UV] unconfirmed, Low
  es: ['Libro de órdenes', 'Operaciones'], // [UV] unconfirmed, Low
  tr: ['Emir defteri', 'İşlemler'], // [UV] unconfirmed, Low
  vi: ['Sổ lệnh', 'Giao dịch gần đây'], // [UV] unconfirmed, Low
});
export const NOT_TICKET = 'canvas, iframe, table';
/** Where a page-wide search for the header figures never looks (positions' "Mark price" column, dialogs, the chart). */
export const NOT_HEADER = 'table, [role="table"], [role="grid"], [role="dialog"], canvas, iframe';

export const QUOTE = 'USDT';

// --- the account around the ticket: the positions table, funding ------------------------------------
// [GP] The bottom panel's tabs ("Positions (3)", `role="tab"` + `aria-selected`) and the positions
// table's headers (Futures, Open interest, Avg. price, Mark price, Est. liq. price, Margin, PnL) as
// `ticket.html` records them (2026-08 notes); the Futures cell's "BTCUSDT" with its Long/Short tag and
// "Cross 20x" line, the size in coins ("0.500 BTC") are [UV]. Low: nothing checked live.

export const ACCOUNT_TAB = '[role="tab"]';
export const POSITIONS_TAB = /^Positions\s*\(\d+\)$/; // [GP] Low
export const POSITION_COLUMNS = {
  symbol: ['Futures'],
  size: ['Open interest'],
  entryPrice: ['Avg. price'],
  markPrice: ['Mark price'],
  liquidationPrice: ['Est. liq. price'],
  margin: ['Margin'],
} as const; // [GP] Low
export const POSITIONS_EMPTY = ['No data'] as const; // [ticket.html] Low
export const POSITION_SYMBOL = /^([A-Z0-9]{2,20}?)USDT$/; // [UV] Low
export const POSITION_SIDE = { long: ['Long'], short: ['Short'] } as const; // [UV] Low
/** Header "Funding rate / Countdown": "0.0100% / 03:21:10" (interval not shown). [ticket.html] Low */
export const FUNDING_LABELS = ['Funding rate / Countdown'] as const;
