/**
 * MEXC USDT-M futures (`https://www.mexc.com/futures/BTC_USDT?type=linear_swap`, legacy
 * `https://futures.mexc.com/exchange/BTC_USDT?type=linear_swap`, both with optional locale segments such
 * as `/zh-CN/`, `/ko-KR/`, `/ru-RU/`, `/es-ES/`, `/tr-TR/`, `/vi-VN/`, `/fr-FR/`): every selector and word
 * the adapter uses, most stable first. Nothing was checked against the live page (no web access).
 * Research notes of 2026-08, with the facts they rest on:
 *
 * Sources:
 * - [BOTS] Several 2025–26 automation scripts that agree: the "ArbiSync" userscript (Gate + MEXC, gate.com
 *          era), a Playwright/Quart MEXC bot (Chrome 130 UA; "combines legacy id/class selectors with the
 *          modern data-testid attributes … so detection still works after MEXC DOM refactors"), the
 *          "draupnir" content script (desktop `contract-trade-open-long-btn` and mobile
 *          `contract-trade-mobile-open-btn`), Japanese and Korean Selenium bots.
 *          `data-testid="contract-trade-*"`, `#mexc_contract_v_open_position`,
 *          `#mexc-web-inspection-futures-exchange-orderForm`, AntD tabs by role + name, labels "Price",
 *          "Quantity (USDT)", placeholders "Quantity"/"Qty" (pt-BR "Quantidade"). Med-High for the test
 *          ids, Medium for the rest.
 * - [RU]   A Russian Botasaurus/Playwright bot driving `https://www.mexc.com/ru-RU/futures/BTC_USDT?type=
 *          linear_swap&lang=ru-RU` (2025) by visible text: order-type tabs "Лимит" / "Маркет", buttons
 *          "Открыть Лонг" / "Открыть Шорт", confirm "Подтвердить". Medium.
 * - [KO]   The Korean Selenium `OrderExecutor` (MEXC by test ids): tabs it calls "포지션 오픈" / "포지션 청산",
 *          "수량 입력창" (quantity box), the confirm modal titled "주문 확인" with "롱 오픈 / 숏 오픈" buttons.
 *          Low-Med (words in the bot's comments, the modal title matched literally).
 * - [LEARN] MEXC's own learn articles in Chinese (mexc.com/zh-MY/learn/article/…, 2025-09/10): the ticket's
 *          "可用" (available funds "在合约交易界面「可用」处"), 【开空】/【开多】, 【数量】, "合约面值（1 张）",
 *          限价委托 / 市价委托 / 计划委托, 预估强平价格, 合理价 (the fair price), 全仓 / 逐仓 (保证金模式).
 *          Medium (the venue's own words; the UI may shorten them).
 * - [UV]   Unconfirmed: no source gives the word; the faithful rendering a trader of that language sees on
 *          exchanges, there so a partly known page is read. Low; confirm live. English: the "Available"
 *          label, the margin-mode wording inside `.leverage-selector`, the header's "Fair Price", the
 *          "Cost" rows.
 *
 * Languages offered (`languages` on the adapter): every one of Leverage Guard's. Locale segments in public
 * code: `/zh-CN/futures/…` and `/zh-CN/exchange/…`, `/ko-KR/exchange/…` and futures.mexc.com/ko-KR/exchange/…,
 * `/ru-RU/futures/…` and futures.mexc.com/ru-RU/exchange/…, futures.mexc.com/es-ES/exchange/…,
 * `/tr-TR/futures/…`, `/vi-VN/exchange/…`.
 *
 * Numbers: read with English digits and marks ("64,250.0") in every language; no source shows MEXC's
 * trading page writing another style. A page that wrote "64 250,0" or "64.250,0" would read as
 * ambiguous (unknown), never as another figure; a bare "64.250" would read as 64.25: confirm live.
 *
 * Hashed CSS-module classes (`component_numberInput__PF7Vf`, `handle_active__Xy1`) change on redeploys:
 * only their stable module prefix is used, for the active Open/Close tab, and only as a last resort.
 */

import { type Language, anyLanguage } from '../kit/words';

/** MEXC's languages among Leverage Guard's (evidence in the header). */
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN', 'ko', 'ru', 'es', 'tr', 'vi'];

/** `/futures/<SYMBOL>` (www) and `/exchange/<SYMBOL>` (legacy futures host), optional locale (`zh-CN`, `ko-KR`, …); group 1 = symbol. [BOTS, URL builders] */
export const FUTURES_PATH = /^\/(?:[a-z]{2}(?:-[A-Za-z]{2,4})?\/)?(?:futures|exchange)\/([A-Z0-9]+_[A-Z0-9]+)\/?$/;

/** The order form. [BOTS] */
export const FORM = ['[data-testid="contract-trade-order-form"]', '#mexc-web-inspection-futures-exchange-orderForm', '.contract-trade-order-form'] as const;
/** Open / Close tabs; the active one carries a `handle_active__<hash>` class. [BOTS] */
export const MODE_TAB = { open: '[data-testid="contract-trade-order-form-tab-open"]', close: '[data-testid="contract-trade-order-form-tab-close"]' } as const;
export const ACTIVE_CLASS = /(?:^|\s)handle_active__/;
/** AntD order-type tabs, by role and name ("Limit", "Market", "Trigger", "Post Only"…). [BOTS Playwright get_by_role] */
export const ORDER_TAB = '[role="tab"]';
export const ANT_ACTIVE_TAB = '.ant-tabs-tab-active';
export const ORDER_TYPE_LABELS = {
  limit: anyLanguage({
    en: ['Limit', 'Post Only'], // [BOTS]
    'zh-CN': ['限价', '限价委托'], // [LEARN 限价委托] Medium; the tab's short 限价 [UV] Low
    ko: ['지정가'], // [UV] Low
    ru: ['Лимит'], // [RU] Medium
    es: ['Límite'], // [UV] Low
    tr: ['Limit'], // [UV] Low
    vi: ['Giới hạn'], // [UV] Low
  }),
  market: anyLanguage({
    en: ['Market'], // [BOTS get_by_role("tab", name="Market")]
    'zh-CN': ['市价', '市价委托'], // [LEARN 市价委托] Medium; 市价 [UV] Low
    ko: ['시장가'], // [KO log "시장가 {side}"] Low-Med
    ru: ['Маркет'], // [RU] Medium
    es: ['Mercado'], // [UV] Low
    tr: ['Piyasa'], // [UV] Low
    vi: ['Thị trường'], // [UV] Low
  }),
};

/** Price and quantity inputs by their labels (the wrappers' classes are hashed). [BOTS] */
export const PRICE_LABELS = anyLanguage({
  en: ['Price'], // [BOTS]
  'zh-CN': ['价格'], // [UV] Low
  ko: ['가격'], // [UV] Low
  ru: ['Цена'], // [UV] Low
  es: ['Precio'], // [UV] Low
  tr: ['Fiyat'], // [UV] Low
  vi: ['Giá'], // [UV] Low
});
/** "Quantity (USDT)" / "Quantity (Cont)" / "Quantity (BTC)": the unit is in the label. [BOTS] */
export const QUANTITY_LABELS = anyLanguage({
  en: ['Quantity', 'Qty', 'Amount'], // [BOTS]
  'zh-CN': ['数量'], // [LEARN 【数量】] Medium
  ko: ['수량'], // [KO "수량 입력창"] Low-Med
  ru: ['Количество', 'Кол-во'], // [UV] Low
  es: ['Cantidad'], // [UV] Low (pt-BR "Quantidade" [BOTS])
  tr: ['Miktar'], // [UV] Low
  vi: ['Số lượng'], // [UV] Low
});
/** The unit in the label's brackets, half- or full-width: "Quantity (USDT)", "数量（张）". */
export const QUANTITY_UNIT = /[(（]([^)）]+)[)）]\s*$/;
export const CONTRACT_UNITS = anyLanguage({
  en: ['Cont', 'Cont.', 'Contracts'], // [BOTS]
  'zh-CN': ['张'], // [LEARN "合约面值（1 张）"] Medium
  ko: ['계약'], // [UV] Low
  ru: ['Конт', 'Конт.'], // [UV] Low
  es: ['Cont', 'Contratos'], // [UV] Low
  tr: ['Kontrat'], // [UV] Low
  vi: ['Hợp đồng'], // [UV] Low
});
/** Open panel; close panel. [BOTS] */
export const OPEN_PANEL = '#mexc_contract_v_open_position';

/** Leverage and margin mode: `.leverage-selector`, e.g. "Cross" + "20x". [BOTS class; UV mode words] */
export const LEVERAGE_SELECTOR = ['.leverage-selector'] as const;
export const LEVERAGE_TEXT = /^\d{1,3}(?:\.\d+)?\s*[xX×]$/;
export const MARGIN_MODE_LABELS = {
  cross: anyLanguage({
    en: ['Cross'], // [UV] Low
    'zh-CN': ['全仓'], // [LEARN 全仓] Medium
    ko: ['교차'], // [UV] Low
    ru: ['Кросс'], // [UV] Low
    es: ['Cruzado'], // [UV] Low
    tr: ['Çapraz'], // [UV] Low
    vi: ['Cross', 'Chéo'], // [UV] Low
  }),
  isolated: anyLanguage({
    en: ['Isolated'], // [UV] Low
    'zh-CN': ['逐仓'], // [LEARN 逐仓] Medium
    ko: ['격리'], // [UV] Low
    ru: ['Изолированная'], // [UV] Low
    es: ['Aislado'], // [UV] Low
    tr: ['İzole'], // [UV] Low
    vi: ['Isolated', 'Cô lập'], // [UV] Low
  }),
};

export const BALANCE_LABELS = anyLanguage({
  en: ['Available', 'Avbl'], // [UV] Low
  'zh-CN': ['可用'], // [LEARN "合约交易界面「可用」处"] Medium
  ko: ['사용 가능'], // [UV] Low
  ru: ['Доступно'], // [UV] Low
  es: ['Disponible'], // [UV] Low
  tr: ['Kullanılabilir'], // [UV] Low
  vi: ['Khả dụng'], // [UV] Low
});
export const TPSL_LABELS = anyLanguage({
  en: ['TP/SL'], // [BOTS checkbox text]
  'zh-CN': ['止盈/止损', '止盈止损'], // [LEARN 止盈止损] Low-Med
  ko: ['TP/SL'], // [UV] Low
  ru: ['TP/SL'], // [UV] Low
  es: ['TP/SL'], // [UV] Low
  tr: ['TP/SL'], // [UV] Low
  vi: ['TP/SL'], // [UV] Low
});
export const TP_LABELS = anyLanguage({
  en: ['TP', 'Take Profit'], // [BOTS placeholder]
  'zh-CN': ['止盈'], // [UV] Low
  ko: ['익절'], // [UV] Low
  ru: ['Тейк-профит'], // [UV] Low
  es: ['Take Profit'], // [UV] Low
  tr: ['Kâr Al'], // [UV] Low
  vi: ['Chốt lời'], // [UV] Low
});
export const SL_LABELS = anyLanguage({
  en: ['SL', 'Stop Loss'], // [BOTS placeholder]
  'zh-CN': ['止损'], // [UV] Low
  ko: ['손절'], // [UV] Low
  ru: ['Стоп-лосс'], // [UV] Low
  es: ['Stop Loss'], // [UV] Low
  tr: ['Zarar Durdur'], // [UV] Low
  vi: ['Cắt lỗ'], // [UV] Low
});

/** Submit buttons by test id (desktop); the mobile ones are hidden on desktop. [BOTS] */
export const OPEN_LONG = '[data-testid="contract-trade-open-long-btn"]';
export const OPEN_SHORT = '[data-testid="contract-trade-open-short-btn"]';
export const CLOSE_BUTTONS = '[data-testid="contract-trade-close-long-btn"], [data-testid="contract-trade-close-short-btn"]';
/** The buttons' words, for markup without the test ids. */
export const LONG_LABELS = anyLanguage({
  en: ['Open Long', 'Buy/Long', 'Buy / Long'], // [BOTS texts]
  'zh-CN': ['开多'], // [LEARN 【开多】] Medium
  ko: ['롱 오픈'], // [KO modal buttons] Low-Med
  ru: ['Открыть Лонг'], // [RU] Medium
  es: ['Abrir Long'], // [UV] Low
  tr: ['Long Aç'], // [UV] Low
  vi: ['Mở Long'], // [UV] Low
});
export const SHORT_LABELS = anyLanguage({
  en: ['Open Short', 'Sell/Short', 'Sell / Short'], // [BOTS texts]
  'zh-CN': ['开空'], // [LEARN 【开空】] Medium
  ko: ['숏 오픈'], // [KO] Low-Med
  ru: ['Открыть Шорт'], // [RU] Medium
  es: ['Abrir Short'], // [UV] Low
  tr: ['Short Aç'], // [UV] Low
  vi: ['Mở Short'], // [UV] Low
});

/** The venue's own estimate, if shown. [UV] */
export const LIQ_PRICE_LABELS = anyLanguage({
  en: ['Liq. Price', 'Est. Liq. Price', 'Liquidation Price'], // [UV] Low
  'zh-CN': ['预估强平价格', '强平价格'], // [LEARN 预估强平价格] Medium
  ko: ['예상 청산가', '청산가'], // [UV] Low
  ru: ['Цена ликвидации'], // [UV] Low
  es: ['Precio de liquidación'], // [UV] Low
  tr: ['Likidasyon Fiyatı'], // [UV] Low
  vi: ['Giá thanh lý'], // [UV] Low
});
/** MEXC marks positions at the fair price. [UV label; MEXC "About Liquidation": fair price] */
export const MARK_LABELS = anyLanguage({
  en: ['Fair Price', 'Fair price', 'Mark Price'], // [UV] Low
  'zh-CN': ['合理价格', '合理价'], // [LEARN 合理价] Medium
  ko: ['공정 가격'], // [UV] Low
  ru: ['Справедливая цена'], // [UV] Low
  es: ['Precio justo'], // [UV] Low
  tr: ['Adil Fiyat'], // [UV] Low
  vi: ['Giá hợp lý'], // [UV] Low
});
export const HIGH_24H_LABELS = anyLanguage({
  en: ['24H High', '24h High'], // [UV] Low
  'zh-CN': ['24小时最高', '24H最高'], // [UV] Low
  ko: ['24시간 최고'], // [UV] Low
  ru: ['Макс. за 24ч'], // [UV] Low
  es: ['Máx. 24H'], // [UV] Low
  tr: ['24S En Yüksek'], // [UV] Low
  vi: ['Cao nhất 24H'], // [UV] Low
});
export const LOW_24H_LABELS = anyLanguage({
  en: ['24H Low', '24h Low'], // [UV] Low
  'zh-CN': ['24小时最低', '24H最低'], // [UV] Low
  ko: ['24시간 최저'], // [UV] Low
  ru: ['Мин. за 24ч'], // [UV] Low
  es: ['Mín. 24H'], // [UV] Low
  tr: ['24S En Düşük'], // [UV] Low
  vi: ['Thấp nhất 24H'], // [UV] Low
});
export const QUOTES = ['USDT', 'USDC'] as const;

// --- the account around the ticket: the positions table, funding ------------------------------------
// [MP] The bottom panel's tabs ("Positions (3)", `role="tab"` + `aria-selected`, Ant Design tabs as
// the ticket's own) and the positions table's headers (Futures, Quantity, Avg. Entry Price, Fair
// Price, Liq. Price, Margin) as `ticket.html` records them (2026-08 notes); the Futures cell's
// "BTCUSDT Perpetual" with its Long/Short and "Cross 20X" tags and the quantity in contracts ("5000
// Cont") are [UV]. Low: nothing checked live.

export const ACCOUNT_TAB = '[role="tab"]';
export const POSITIONS_TAB = /^Positions\s*\(\d+\)$/; // [MP] Low
export const POSITION_COLUMNS = {
  symbol: ['Futures'],
  size: ['Quantity'],
  entryPrice: ['Avg. Entry Price'],
  markPrice: ['Fair Price'],
  liquidationPrice: ['Liq. Price'],
  margin: ['Margin'],
} as const; // [MP] Low
export const POSITIONS_EMPTY = ['No data'] as const; // [ticket.html] Low
/** "BTCUSDT Perpetual" or "BTC_USDT": base and quote. [UV] Low */
export const POSITION_SYMBOL = /^([A-Z0-9]{2,20}?)_?(USDT|USDC)(?:\s+Perpetual)?$/;
export const POSITION_SIDE = { long: ['Long'], short: ['Short'] } as const; // [UV] Low
/** Header "Funding Rate / Countdown": "0.0100% 03:21:10" (interval not shown). [ticket.html] Low */
export const FUNDING_LABELS = ['Funding Rate / Countdown'] as const;
