/**
 * Bybit derivatives (`https://www.bybit.com/<locale>/trade/usdt/<SYMBOL>`, `/trade/inverse/<SYMBOL>`):
 * every selector and label the adapter uses, most stable first.
 *
 * THE EVIDENCE IS THIN FOR BYBIT (Low): the only DOM evidence is a 2022 extension, an undated grid-bot
 * extension and a 2026 userscript that finds inputs by position (`(//input[@type='text'])[3]`). Nothing
 * here was checked against the live page (there was no web access). So the adapter leans on visible
 * label text (Bybit's own help-centre wording), `role`/`aria-*`, and the `by-` UI-kit / `oc-`
 * order-create class prefixes only as a first try.
 *
 * Sources (each entry below names one):
 * - [MM]  mmintel/chrome-bybit-extension `src/content.ts`, 2022-09: `.by-input__inner`,
 *         `.oc__row-bottom--12` rows, `.by-popover__el` "Order by…", `.tpsl-modal-item__title` "Stop Loss"
 *         + `.profit-input`, `.by-checkbox--long/--short` (+ `--checked`), `.contract-detail` "Mark Price",
 *         `.trade-assets__body` "Equity". Low (2022).
 * - [GB]  Bybit grid-bot extension content script (undated, ~2024–25; read 2026 via find_string):
 *         `.oc-head-leverage`, leverage dialog `.poz-mode-switch__lvg-wrap` titled "Leverage" with a
 *         `.by-input__inner`, a `[role="dialog"]` "Confirm" button, `.oc__tp-sl-chk-text`,
 *         `.ob__market-price-bg` (last price). Low–Medium: seen on the bot page, not the ticket.
 * - [GF]  Greasyfork 548078 "Bybit URL Parser Auto Trade", @version 2026-01-01: positional text
 *         inputs; `[data-testid="buy-button"]` guessed. Low (unverified).
 * - [HC1] Bybit help "Order Cost (USDT Contract)", bybitglobal.com, 2022-07-25: "Order by Qty is the
 *         default mode … switch to Order by Cost" in the quantity column; Order Cost = Initial Margin
 *         + fee to open + fee to close.
 * - [HC2] Bybit help "How to Get Started With Futures Trading (Perpetual and Expiry Contracts)",
 *         bybitglobal.com (revision ≥2025; the 2024-08-30 revision on bybit.nl): the "order zone";
 *         default Cross Margin, 10x, One-Way Mode; Hedge Mode shows "Open" and "Close" tabs; order
 *         amount by "Order by Quantity", "Order by Cost" or "Order by Value".
 * - [HC3] Bybit help glossary "Trading Terms" and "Bankruptcy Price (USDT Contract)" (bybit.com, read
 *         2026): "Available Balance", "Buy/Long", "Sell/Short", "Mark Price".
 * - [HC4] Bybit "USDT contract rules" in Chinese (testnet.bybit.com/zh-TW/usdt-contract-rules, read
 *         2026): 起始保证金 (initial margin), 开仓买入 / 开仓卖出, 强制平仓, 多仓 / 空仓. Medium for the
 *         concepts; the ticket's own button words are not on the page.
 * - [IB]  Labels given when the adapter was specified (2026), not read off the live page: "Order by
 *         Qty/Value", "Available Balance", "Buy/Long", "Sell/Short", "Est. Liq. Price", "Initial
 *         Margin". Unverified.
 * - [UV]  Unverified wording no source gives. Low; confirm live before trusting.
 * - [LOC] Bybit's locale path segments, from public links to its pages, 2024–26: `zh-MY` is its
 *         Simplified Chinese site (`/zh-MY/trade/spot/…`, `/zh-MY/help-center/…`, the Chinese
 *         README of a Bybit MCP server linking `/zh-MY/terms-service/…`); `ru-RU`
 *         (`/ru-RU/trade/usdt/$symbol` in a Russian bot); `es-ES`, `es-MX`, `es-AR`, `vi-VN`, `ru-RU`,
 *         `ja-JP`, `zh-TW`… as `hreflang` alternates of announcements.bybit.com (saved page); `tr-TR`
 *         (`/tr-TR/help-center/…`, `/tr-TR/trade/spot/…`); `ko-KR` (`/ko-KR/trade/usdt/…` in a
 *         URL builder). Medium for ru, es, vi, zh; Low for tr and ko (links only).
 *
 * Languages: English and, from [LOC], Simplified Chinese (`/zh-MY/`), Korean (`/ko-KR/`), Russian
 * (`/ru-RU/`), Spanish (`/es-ES/`), Turkish (`/tr-TR/`) and Vietnamese (`/vi-VN/`). No source gives
 * the ticket's words in any of them: every non-English word is unconfirmed [UV] (Low), the wording a
 * trader of that language sees on a derivatives ticket, with the venue's own English kept where
 * Bybit keeps it (TP/SL, GTC, "Long"/"Short" after the verb). An unknown word leaves its field
 * "unknown", never another figure.
 *
 * Numbers: every source shows English-style figures (`64,250.5`, `10,000.0000 USDT`); none shows a
 * Bybit page writing `64.250,5` or `64 250,5` in another language, so English digits are kept for
 * every language.
 */

import { anyLanguage } from '../kit/words';

/** Trade page paths, with or without a locale segment (`/zh-MY/`, `/ru-RU/`); group 1 the contract family (`usdt`, `inverse`), group 2 the symbol. [LOC; many URL builders, 2024–26] */
export const TRADE_PATH = /^\/(?:[a-z]{2}(?:-[A-Za-z]{2,4})?\/)?trade\/(usdt|inverse)\/([A-Za-z0-9]{4,30})\/?$/;

/** Side buttons. One-way mode shows both at once [HC3, IB]; Hedge Mode "Open Long"/"Open Short" on the Open tab [HC2; wording UV]. */
export const SUBMIT_SELECTOR = 'button, [role="button"]';
export const LONG_LABELS = anyLanguage({
  en: ['Buy/Long', 'Buy / Long', 'Open Long'], // [HC3, IB] Low; Open Long [UV]
  'zh-CN': ['买入/做多', '买入 / 做多', '开多'], // [UV] unconfirmed, Low ([HC4] 开仓买入, 多仓)
  ko: ['매수/롱', '매수 / 롱', '롱 오픈'], // [UV] unconfirmed, Low
  ru: ['Купить/Лонг', 'Купить / Лонг', 'Открыть лонг'], // [UV] unconfirmed, Low
  es: ['Comprar/Long', 'Comprar / Long', 'Abrir long'], // [UV] unconfirmed, Low
  tr: ['Al/Long', 'Al / Long', 'Long Aç'], // [UV] unconfirmed, Low
  vi: ['Mua/Long', 'Mua / Long', 'Mở Long'], // [UV] unconfirmed, Low
});
export const SHORT_LABELS = anyLanguage({
  en: ['Sell/Short', 'Sell / Short', 'Open Short'], // [HC3, IB] Low; Open Short [UV]
  'zh-CN': ['卖出/做空', '卖出 / 做空', '开空'], // [UV] unconfirmed, Low ([HC4] 开仓卖出, 空仓)
  ko: ['매도/숏', '매도 / 숏', '숏 오픈'], // [UV] unconfirmed, Low
  ru: ['Продать/Шорт', 'Продать / Шорт', 'Открыть шорт'], // [UV] unconfirmed, Low
  es: ['Vender/Short', 'Vender / Short', 'Abrir short'], // [UV] unconfirmed, Low
  tr: ['Sat/Short', 'Sat / Short', 'Short Aç'], // [UV] unconfirmed, Low
  vi: ['Bán/Short', 'Bán / Short', 'Mở Short'], // [UV] unconfirmed, Low
});
/** The Close tab's buttons (Hedge Mode). [HC2] Close tab; wording [UV] */
export const CLOSE_LABELS = anyLanguage({
  en: ['Close Long', 'Close Short'], // [UV] Low
  'zh-CN': ['平多', '平空'], // [UV] unconfirmed, Low
  ko: ['롱 종료', '숏 종료'], // [UV] unconfirmed, Low
  ru: ['Закрыть лонг', 'Закрыть шорт'], // [UV] unconfirmed, Low
  es: ['Cerrar long', 'Cerrar short'], // [UV] unconfirmed, Low
  tr: ['Long Kapat', 'Short Kapat'], // [UV] unconfirmed, Low
  vi: ['Đóng Long', 'Đóng Short'], // [UV] unconfirmed, Low
});
/** Test hooks a 2026 userscript guessed [GF]; tried before the text, never required. */
export const LONG_BUTTON_HOOKS = ['[data-testid="buy-button"]'] as const;
export const SHORT_BUTTON_HOOKS = ['[data-testid="sell-button"]'] as const; // by symmetry [UV]

/** Hedge Mode Open/Close tabs. [HC2] */
export const MODE_LABELS = {
  open: anyLanguage({ en: ['Open'], 'zh-CN': ['开仓'], ko: ['오픈'], ru: ['Открыть'], es: ['Abrir'], tr: ['Aç'], vi: ['Mở'] }), // en [HC2] Medium; others [UV] unconfirmed, Low
  close: anyLanguage({ en: ['Close'], 'zh-CN': ['平仓'], ko: ['종료'], ru: ['Закрыть'], es: ['Cerrar'], tr: ['Kapat'], vi: ['Đóng'] }), // en [HC2] Medium; others [UV] unconfirmed, Low
} as const;

/** Order-type tabs. [HC2 "Order Type"; bybit.eu "Order Overview": Limit, Market, Conditional] */
export const ORDER_TYPE_LABELS = {
  limit: anyLanguage({
    en: ['Limit'], // [HC2] Medium
    'zh-CN': ['限价'], // [UV] unconfirmed, Low
    ko: ['지정가'], // [UV] unconfirmed, Low
    ru: ['Лимитный', 'Лимит'], // [UV] unconfirmed, Low
    es: ['Límite'], // [UV] unconfirmed, Low
    tr: ['Limit'], // [UV] unconfirmed, Low
    vi: ['Giới hạn'], // [UV] unconfirmed, Low
  }),
  market: anyLanguage({
    en: ['Market'], // [HC2] Medium
    'zh-CN': ['市价'], // [UV] unconfirmed, Low
    ko: ['시장가'], // [UV] unconfirmed, Low
    ru: ['Рыночный', 'Рынок'], // [UV] unconfirmed, Low
    es: ['Mercado'], // [UV] unconfirmed, Low
    tr: ['Piyasa'], // [UV] unconfirmed, Low
    vi: ['Thị trường'], // [UV] unconfirmed, Low
  }),
  other: anyLanguage({
    en: ['Conditional', 'TP/SL', 'Trailing Stop', 'Scaled Order', 'TWAP'], // [HC2, bybit.eu] Medium
    'zh-CN': ['条件单', '止盈/止损', '追踪止损', '分段委托'], // [UV] unconfirmed, Low
    ko: ['조건부', '트레일링 스탑'], // [UV] unconfirmed, Low
    ru: ['Условный', 'Трейлинг-стоп'], // [UV] unconfirmed, Low
    es: ['Condicional', 'Trailing stop'], // [UV] unconfirmed, Low
    tr: ['Koşullu', 'İz Süren Stop'], // [UV] unconfirmed, Low
    vi: ['Có điều kiện', 'Cắt lỗ dời'], // [UV] unconfirmed, Low
  }),
} as const;

/** Price input: its label. [UV wording; HC2 "Price Settings"] */
export const PRICE_LABELS = anyLanguage({
  en: ['Price', 'Order Price', 'Limit Price'], // [UV] Low
  'zh-CN': ['价格', '委托价格'], // [UV] unconfirmed, Low
  ko: ['가격'], // [UV] unconfirmed, Low
  ru: ['Цена'], // [UV] unconfirmed, Low
  es: ['Precio'], // [UV] unconfirmed, Low
  tr: ['Fiyat'], // [UV] unconfirmed, Low
  vi: ['Giá'], // [UV] unconfirmed, Low
});
/** The quantity column's mode switch, `.by-popover__el` "Order by …" in 2022 [MM, HC1, HC2]. */
export const ORDER_BY = {
  qty: anyLanguage({
    en: ['Order by Qty', 'Order by Quantity'], // [HC1, HC2] Medium
    'zh-CN': ['按数量'], // [UV] unconfirmed, Low
    ko: ['수량 기준'], // [UV] unconfirmed, Low
    ru: ['По количеству'], // [UV] unconfirmed, Low
    es: ['Por cantidad'], // [UV] unconfirmed, Low
    tr: ['Miktara göre'], // [UV] unconfirmed, Low
    vi: ['Theo số lượng'], // [UV] unconfirmed, Low
  }),
  value: anyLanguage({
    en: ['Order by Value'], // [HC2] Medium
    'zh-CN': ['按价值'], // [UV] unconfirmed, Low
    ko: ['가치 기준'], // [UV] unconfirmed, Low
    ru: ['По стоимости'], // [UV] unconfirmed, Low
    es: ['Por valor'], // [UV] unconfirmed, Low
    tr: ['Değere göre'], // [UV] unconfirmed, Low
    vi: ['Theo giá trị'], // [UV] unconfirmed, Low
  }),
  cost: anyLanguage({
    en: ['Order by Cost'], // [HC1, HC2] Medium
    'zh-CN': ['按成本'], // [UV] unconfirmed, Low
    ko: ['비용 기준'], // [UV] unconfirmed, Low
    ru: ['По затратам'], // [UV] unconfirmed, Low
    es: ['Por costo'], // [UV] unconfirmed, Low
    tr: ['Maliyete göre'], // [UV] unconfirmed, Low
    vi: ['Theo chi phí'], // [UV] unconfirmed, Low
  }),
} as const;
/** How a quantity-mode switch begins: "Order by" [MM], or any whole mode word of an offered language. */
export const ORDER_BY_PREFIX = [...new Set(['Order by', ...ORDER_BY.qty, ...ORDER_BY.value, ...ORDER_BY.cost])];
/** Quantity input label when no "Order by" switch is shown. [UV] */
export const SIZE_LABELS = anyLanguage({
  en: ['Qty', 'Quantity', 'Order Qty'], // [UV] Low
  'zh-CN': ['数量'], // [UV] unconfirmed, Low
  ko: ['수량'], // [UV] unconfirmed, Low
  ru: ['Количество', 'Кол-во'], // [UV] unconfirmed, Low
  es: ['Cantidad'], // [UV] unconfirmed, Low
  tr: ['Miktar'], // [UV] unconfirmed, Low
  vi: ['Số lượng'], // [UV] unconfirmed, Low
});
/** The unit shown in the input's right slot: `.by-input__right-icon` [GB 2024–25], else a short word beside the input. */
export const SIZE_UNIT = ['.by-input__right-icon', '.by-input__suffix'] as const;
/** Units of an inverse contract's quantity: USD contracts (1 contract = 1 USD). [Bybit "Inverse Perpetual Contract" help; UV wording] */
export const CONTRACT_UNITS = anyLanguage({
  en: ['USD', 'Cont', 'Contracts'], // [UV] Low
  'zh-CN': ['张'], // [UV] unconfirmed, Low
  ko: ['계약'], // [UV] unconfirmed, Low
  ru: ['Конт.', 'Контракты'], // [UV] unconfirmed, Low
  es: ['Cont.', 'Contratos'], // [UV] unconfirmed, Low
  tr: ['Kont.', 'Kontrat'], // [UV] unconfirmed, Low
  vi: ['HĐ', 'Hợp đồng'], // [UV] unconfirmed, Low
});

/** Leverage and margin mode in the order zone header. [GB `.oc-head-leverage`; HC2 "Margin Mode … Leverage"] */
export const LEVERAGE_HOOKS = ['.oc-head-leverage'] as const;
export const LEVERAGE_BUTTON_TEXT = /^\d{1,3}(?:\.\d+)?\s*[xX×]$/;
export const MARGIN_MODE_LABELS = {
  cross: anyLanguage({
    en: ['Cross', 'Cross Margin'], // [HC2] Medium
    'zh-CN': ['全仓', '全仓保证金'], // [UV] unconfirmed, Low
    ko: ['교차', '교차 마진'], // [UV] unconfirmed, Low
    ru: ['Кросс', 'Кросс-маржа'], // [UV] unconfirmed, Low
    es: ['Cruzado', 'Margen cruzado'], // [UV] unconfirmed, Low
    tr: ['Çapraz', 'Çapraz Marjin'], // [UV] unconfirmed, Low
    vi: ['Chéo', 'Ký quỹ chéo'], // [UV] unconfirmed, Low
  }),
  isolated: anyLanguage({
    en: ['Isolated', 'Isolated Margin'], // [HC2] Medium
    'zh-CN': ['逐仓', '逐仓保证金'], // [UV] unconfirmed, Low
    ko: ['격리', '격리 마진'], // [UV] unconfirmed, Low
    ru: ['Изолированная', 'Изолированная маржа'], // [UV] unconfirmed, Low
    es: ['Aislado', 'Margen aislado'], // [UV] unconfirmed, Low
    tr: ['İzole', 'İzole Marjin'], // [UV] unconfirmed, Low
    vi: ['Cô lập', 'Ký quỹ cô lập'], // [UV] unconfirmed, Low
  }),
  portfolio: anyLanguage({
    en: ['Portfolio', 'Portfolio Margin'], // [HC2] Medium
    'zh-CN': ['组合保证金'], // [UV] unconfirmed, Low
    ko: ['포트폴리오 마진'], // [UV] unconfirmed, Low
    ru: ['Портфельная маржа'], // [UV] unconfirmed, Low
    es: ['Margen de cartera'], // [UV] unconfirmed, Low
    tr: ['Portföy Marjini'], // [UV] unconfirmed, Low
    vi: ['Ký quỹ danh mục'], // [UV] unconfirmed, Low
  }),
} as const;

/** Available balance: the label with its value beside it; the full label first, a bare "Available" only as a fallback. [HC3, IB] */
export const BALANCE_LABELS = anyLanguage({
  en: ['Available Balance'], // [HC3] Medium
  'zh-CN': ['可用余额'], // [UV] unconfirmed, Low
  ko: ['사용 가능 잔액'], // [UV] unconfirmed, Low
  ru: ['Доступный баланс'], // [UV] unconfirmed, Low
  es: ['Saldo disponible'], // [UV] unconfirmed, Low
  tr: ['Kullanılabilir Bakiye'], // [UV] unconfirmed, Low
  vi: ['Số dư khả dụng'], // [UV] unconfirmed, Low
});
export const BALANCE_SHORT_LABELS = anyLanguage({
  en: ['Available'], // [IB] Low
  'zh-CN': ['可用'], // [UV] unconfirmed, Low
  ko: ['사용 가능'], // [UV] unconfirmed, Low
  ru: ['Доступно'], // [UV] unconfirmed, Low
  es: ['Disponible'], // [UV] unconfirmed, Low
  tr: ['Kullanılabilir'], // [UV] unconfirmed, Low
  vi: ['Khả dụng'], // [UV] unconfirmed, Low
});
export const BALANCE_ANY_LABELS = [...new Set([...BALANCE_LABELS, ...BALANCE_SHORT_LABELS])];

/** TP/SL: a checkbox labelled "TP/SL" (`.oc__tp-sl-chk-text` [GB]); the trigger inputs' row titles [MM "Stop Loss"; UV "Take Profit"]. */
export const TPSL_LABELS = anyLanguage({
  en: ['TP/SL'], // [GB] Low–Medium
  'zh-CN': ['止盈/止损', '止盈止损'], // [UV] unconfirmed, Low
  ko: ['TP/SL'], // [UV] unconfirmed, Low: the abbreviation kept
  ru: ['TP/SL'], // [UV] unconfirmed, Low
  es: ['TP/SL'], // [UV] unconfirmed, Low
  tr: ['TP/SL'], // [UV] unconfirmed, Low
  vi: ['TP/SL'], // [UV] unconfirmed, Low
});
export const TAKE_PROFIT_LABELS = anyLanguage({
  en: ['Take Profit', 'TP'], // [UV] Low
  'zh-CN': ['止盈'], // [UV] unconfirmed, Low
  ko: ['이익실현'], // [UV] unconfirmed, Low
  ru: ['Тейк-профит'], // [UV] unconfirmed, Low
  es: ['Tomar ganancias', 'Take profit'], // [UV] unconfirmed, Low
  tr: ['Kâr Al'], // [UV] unconfirmed, Low
  vi: ['Chốt lời'], // [UV] unconfirmed, Low
});
export const STOP_LOSS_LABELS = anyLanguage({
  en: ['Stop Loss', 'SL'], // [MM 2022] Low
  'zh-CN': ['止损'], // [UV] unconfirmed, Low
  ko: ['손절매'], // [UV] unconfirmed, Low
  ru: ['Стоп-лосс'], // [UV] unconfirmed, Low
  es: ['Detener pérdidas', 'Stop loss'], // [UV] unconfirmed, Low
  tr: ['Zarar Durdur'], // [UV] unconfirmed, Low
  vi: ['Cắt lỗ'], // [UV] unconfirmed, Low
});
export const REDUCE_ONLY_LABELS = anyLanguage({
  en: ['Reduce-Only', 'Reduce Only'], // [HC2 wording of order settings; UV] Low
  'zh-CN': ['只减仓'], // [UV] unconfirmed, Low
  ko: ['감소 전용'], // [UV] unconfirmed, Low
  ru: ['Только сокращение'], // [UV] unconfirmed, Low
  es: ['Solo reducir'], // [UV] unconfirmed, Low
  tr: ['Sadece Azalt'], // [UV] unconfirmed, Low
  vi: ['Chỉ giảm'], // [UV] unconfirmed, Low
});

/** The venue's own estimate, under each side button. [IB "Est. Liq. Price"; UV layout] */
export const LIQ_PRICE_LABELS = anyLanguage({
  en: ['Est. Liq. Price', 'Liq. Price', 'Est. Liquidation Price'], // [IB] Low
  'zh-CN': ['预估强平价', '强平价格'], // [UV] unconfirmed, Low ([HC4] 强制平仓)
  ko: ['예상 청산가'], // [UV] unconfirmed, Low
  ru: ['Расч. цена ликвидации', 'Цена ликвидации'], // [UV] unconfirmed, Low
  es: ['Precio de liq. est.', 'Precio de liquidación'], // [UV] unconfirmed, Low
  tr: ['Tah. Tasfiye Fiyatı', 'Tasfiye Fiyatı'], // [UV] unconfirmed, Low
  vi: ['Giá thanh lý ước tính', 'Giá thanh lý'], // [UV] unconfirmed, Low
});

/** The page header's figures, label above value. [MM `.contract-detail` "Mark Price"; UV "24H High/Low"] */
export const MARK_LABELS = anyLanguage({
  en: ['Mark Price', 'Mark'], // [MM, HC3] Medium
  'zh-CN': ['标记价格'], // [UV] unconfirmed, Low
  ko: ['마크 가격'], // [UV] unconfirmed, Low
  ru: ['Цена маркировки'], // [UV] unconfirmed, Low
  es: ['Precio de marca'], // [UV] unconfirmed, Low
  tr: ['İşaret Fiyatı'], // [UV] unconfirmed, Low
  vi: ['Giá đánh dấu'], // [UV] unconfirmed, Low
});
export const HIGH_24H_LABELS = anyLanguage({
  en: ['24H High', '24h High'], // [UV] Low
  'zh-CN': ['24小时最高'], // [UV] unconfirmed, Low
  ko: ['24시간 최고가'], // [UV] unconfirmed, Low
  ru: ['Макс. за 24ч'], // [UV] unconfirmed, Low
  es: ['Máximo 24h'], // [UV] unconfirmed, Low
  tr: ['24S En Yüksek'], // [UV] unconfirmed, Low
  vi: ['Cao nhất 24h'], // [UV] unconfirmed, Low
});
export const LOW_24H_LABELS = anyLanguage({
  en: ['24H Low', '24h Low'], // [UV] Low
  'zh-CN': ['24小时最低'], // [UV] unconfirmed, Low
  ko: ['24시간 최저가'], // [UV] unconfirmed, Low
  ru: ['Мин. за 24ч'], // [UV] unconfirmed, Low
  es: ['Mínimo 24h'], // [UV] unconfirmed, Low
  tr: ['24S En Düşük'], // [UV] unconfirmed, Low
  vi: ['Thấp nhất 24h'], // [UV] unconfirmed, Low
});

/** Never part of the ticket: the order book (`.ob__…` [GB]), the chart, tables. */
export const NOT_TICKET = 'canvas, iframe, table, [class*="orderbook"], [class^="ob__"], [class*=" ob__"]';
/** Where a page-wide search for the header figures never looks (positions' "Mark Price" column, dialogs, the chart). */
export const NOT_HEADER = 'table, [role="table"], [role="grid"], [role="dialog"], canvas, iframe';

export const LINEAR_QUOTES = ['USDT', 'USDC'] as const;

// --- the account around the ticket: the positions table, funding ------------------------------------
// [YP] The bottom panel's tabs ("Positions(3)", `role="tab"` + `aria-selected`) and the positions
// table's headers (Contracts, Qty, Entry Price, Mark Price, Liq. Price, IM, MM, Unrealized P&L) as
// `ticket.html` records them (2026-08 notes, from Bybit's help-centre wording [HC2, HC3]); the
// Contracts cell's "BTCUSDT" with its "Cross 10.00x" line, Qty in the coin with a short's minus sign,
// IM as the position's margin are [UV]. Low: nothing checked live.

export const ACCOUNT_TAB = '[role="tab"]';
export const POSITIONS_TAB = /^Positions\s*\(\d+\)$/; // [YP] Low
export const POSITION_COLUMNS = {
  symbol: ['Contracts'],
  size: ['Qty'],
  entryPrice: ['Entry Price'],
  markPrice: ['Mark Price'],
  liquidationPrice: ['Liq. Price'],
  margin: ['IM'],
} as const; // [YP] Low
export const POSITIONS_EMPTY = ['No open positions'] as const; // [ticket.html] Low
/** A USDT/USDC contract ("BTCUSDT", Qty in coins); an inverse one ("BTCUSD", Qty in USD) is not read. [UV] Low */
export const LINEAR_SYMBOL = /^([A-Z0-9]{2,20}?)(USDT|USDC|PERP)$/;
/** Header "Funding Rate / Countdown": "0.0100% / 03:21:10" (interval not shown). [ticket.html] Low */
export const FUNDING_LABELS = ['Funding Rate / Countdown'] as const;
