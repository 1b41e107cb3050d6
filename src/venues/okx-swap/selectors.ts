/**
 * OKX perpetual swaps (`https://www.okx.com/trade-swap/<inst-id>`, e.g. `/trade-swap/btc-usdt-swap`,
 * optionally locale-prefixed: `/zh-hans/`, `/ru/`, `/es-es/`, `/tr/`, `/vi/`): every selector and word
 * the adapter uses, most stable first. Nothing was checked against the live page (no web access).
 * Research notes of 2026-08, with the facts they rest on:
 *
 * Sources:
 * - [HK]  "OKX Hotkey" extension `selectors.js` / `reader.js` / `detector.js` (repository name unresolved:
 *         the code index returns its files without one; React-19-style `#_r_4o_` ids suggest 2025+). Its
 *         header: "Selectors verified via headless Chrome scraping of live OKX pages"; it ranks
 *         data-testid > aria-label > class and records that `okui-*` design-system classes and
 *         `data-testid`s are stable while hashed ids/classes are not; it validates pages with
 *         `/^https:\/\/www\.okx\.com\/trade-/`. Medium to Med-High.
 * - [CU]  notiv-nt/cex-utilities `packages/okx`, last commit 2023-07-04 (80cf364): `#leftPoForm`,
 *         `input[name=price|size]`, `input[name=tpTriggerPx|slTriggerPx]`, `.place-order-stop-selector`,
 *         manifest match `https://www.okx.com/<any>/trade-swap/<any>`; `src/constants.ts` lists the
 *         order-type tabs' words in OKX's 15 site languages (English, 简体中文, 繁體中文, French, Russian,
 *         Thai, Vietnamese, Indonesian, Turkish, German, Italian, Polish, Czech, Romanian, Ukrainian);
 *         `src/panels/sl-tp.panel.ts` lists the TP/SL box label in seven. Medium (2023 wording).
 * - [ZH]  Chinese guides to OKX swaps (php.cn "okx合约常见问题" 2025-08, php.cn "okex永续合约玩法" 2024-07:
 *         全仓模式 / 逐仓模式, 标记价格, 强平价格, 做多 / 做空) and public OKX client code labelling swap
 *         sizes 张 and `liqPx` 预估强平价格. Low to Medium: third-party, but OKX's own terms.
 * - [HELP] OKX help-centre articles in each language (okx.com/<locale>/help/…, e.g. the position-tier
 *         announcements): ru "Макс. сумма (конт.)" for "Max. amount (Cont)", "кредитное плечо" for
 *         leverage; tr "Maks. kaldıraç". Medium for the words they share with the ticket.
 * - [UV]  Unconfirmed: no source gives the word; the faithful rendering a trader of that language sees
 *         on exchanges, there so a partly known page is read. Low; confirm live.
 *
 * Languages offered (`languages` on the adapter): English; 简体中文 `/zh-hans/` (URLs such as
 * okx.com/zh-hans/fees, /zh-hans/okx-api in public code; [CU] zh tab words); Русский `/ru/` (okx.com/ru/
 * trade-spot/…, /ru/help/…; [CU] ru words); Español `/es-es/` (okx.com/es-es/trade-spot/…,
 * /es-es/trade-market/info/swap in public code; not in [CU]'s 2023 list); Türkçe `/tr/` (okx.com/tr/
 * trade-spot/…, /tr/help/…; [CU] tr words); Tiếng Việt `/vi/` (okx.com/vi/trade-spot/…; [CU] vi words).
 * Not Korean: OKX's language menu ([CU]'s 15 languages) has none; one URL builder's `ko-kr` guess is
 * no evidence.
 *
 * Numbers: the ticket is read with English digits and marks ("64,250.1") in every language. OKX's
 * translated help articles write the locale's marks (ru "0,80%", "30 000"; tr "%8,0", "100.000"), but
 * no source shows the trading page doing so; a page that did would read "64 250,1" or "64.250,1" as
 * ambiguous (unknown), never as another figure; a bare "64.250" would read as 64.25: confirm live.
 */

import { type Language, anyLanguage } from '../kit/words';

/** The languages of OKX's language menu among Leverage Guard's (evidence in the header). */
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN', 'ru', 'es', 'tr', 'vi'];

/** Swap pages, with an optional locale segment; group 1 = instrument id. [CU manifest "https://www.okx.com/<any>/trade-swap/<any>"; HK checks the "/trade-" prefix] */
export const SWAP_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2,4})?\/)?trade-swap\/([a-z0-9]+-[a-z0-9]+-swap)\/?$/i;
/** Instrument ids: BTC-USDT-SWAP (linear), BTC-USD-SWAP (coin-margined). */
export const INST_ID = /^([A-Z0-9]+)-([A-Z0-9]+)-SWAP$/;

/** The order form. [HK `#leftPoForm` stable; CU; older `#rightPoForm`] */
export const FORM = ['form#leftPoForm', 'form#rightPoForm', 'form.place-order-form-box', 'form.common-form-box'] as const;
/** The panel around the form that also holds the Open/Close and order-type tabs. [CU, HK page hint] */
export const PANEL = '.place-order-box, .trade-panel, [class*="place-order"], [class*="trade-panel"]';

/** Segmented tabs: Open / Close (hedge mode) or Buy / Sell (one-way). [HK] */
export const SEGMENTED_TAB = '.okui-tabs-pane-segmented[role="tab"]';
export const SEGMENT_LABELS = {
  open: anyLanguage({
    en: ['Open'], // [HK "Open"/"Close"]
    'zh-CN': ['开仓'], // [ZH 开平仓模式] Low-Med
    ru: ['Открыть'], // [UV] Low
    es: ['Abrir'], // [UV] Low
    tr: ['Aç'], // [UV] Low
    vi: ['Mở'], // [UV] Low
  }),
  close: anyLanguage({
    en: ['Close'], // [HK]
    'zh-CN': ['平仓'], // [ZH 平仓] Low-Med
    ru: ['Закрыть'], // [UV] Low
    es: ['Cerrar'], // [UV] Low
    tr: ['Kapat'], // [UV] Low
    vi: ['Đóng'], // [UV] Low
  }),
};
/** Order-type tabs ("Limit", "Market", "TP/SL", …); newer pages use the spacing variant. [HK, CU] */
export const ORDER_TYPE_TAB = '.okui-tabs-pane-underline[role="tab"], .okui-tabs-pane-spacing[role="tab"]';
export const ACTIVE_TAB_CLASS = /okui-tabs-pane-(?:segmented|underline|spacing)-active/;
export const ORDER_TYPE_LABELS = {
  limit: anyLanguage({
    en: ['Limit', 'Post only'], // [HK, CU LIMIT_TAB_TEXTS]
    'zh-CN': ['限价委托', '限价'], // [CU LIMIT_TAB_TEXTS 限价委托] Medium; the short 限价 [UV] Low
    ru: ['Лимит'], // [CU] Medium
    es: ['Límite'], // [UV] Low (not in CU's 2023 list)
    tr: ['Limit'], // [CU] Medium
    vi: ['Giới hạn'], // [CU] Medium
  }),
  market: anyLanguage({
    en: ['Market'], // [HK, CU MARKET_TAB_TEXTS]
    'zh-CN': ['市价委托', '市价'], // [CU MARKET_TAB_TEXTS 市价委托] Medium; 市价 [UV] Low
    ru: ['Маркет'], // [CU] Medium
    es: ['Mercado'], // [UV] Low
    tr: ['Piyasa'], // [CU] Medium
    vi: ['Thị trường'], // [CU] Medium
  }),
};

export const PRICE_INPUT = ['input[name="price"]', '.price-input input.okui-input-input'] as const; // [CU 2023; HK]
/** The price box's label ("Price (USDT)"): the input is found by `name` first; a label only where the name is gone. */
export const PRICE_LABELS = anyLanguage({
  en: ['Price (USDT)', 'Price (USD)', 'Price (USDC)', 'Price'], // [HK a11y text " price"]
  'zh-CN': ['价格'], // [ZH] Low-Med
  ru: ['Цена'], // [UV] Low
  es: ['Precio'], // [UV] Low
  tr: ['Fiyat'], // [UV] Low
  vi: ['Giá'], // [UV] Low
});
export const SIZE_INPUT = ['input[name="size"]'] as const; // [CU 2023; HK label " size"]
export const SIZE_LABELS = anyLanguage({
  en: ['Amount', 'Size', 'Quantity'], // [HK label " size"; CU]
  'zh-CN': ['数量'], // [ZH 委托数量] Low-Med
  ru: ['Сумма', 'Количество'], // [HELP ru "Макс. сумма (конт.)" = "Max. amount (Cont)"] Medium; Количество [UV] Low
  es: ['Cantidad'], // [UV] Low
  tr: ['Miktar'], // [HELP tr "Borç miktarı"] Low-Med
  vi: ['Số lượng'], // [UV] Low
});
/** Size unit words: contracts, or a coin / USDT chosen in OKX's unit selector. [HK `max-trade` "… Contracts"] */
export const CONTRACT_UNITS = anyLanguage({
  en: ['Contracts', 'Contract', 'Cont', 'Cont.'], // [HK "… Contracts"; HELP "Max. amount (Cont)"]
  'zh-CN': ['张'], // [ZH swap sizes in 张] Medium
  ru: ['Конт.', 'Конт', 'Контракты'], // [HELP ru "(конт.)", "контрактов"] Medium
  es: ['Contratos', 'Cont.'], // [UV] Low
  tr: ['Kontrat', 'Sözleşme'], // [UV] Low
  vi: ['Hợp đồng', 'HĐ'], // [UV] Low
});
export const MAX_TRADE = '[data-testid="max-trade"]'; // [HK] "Max long -- Contracts"

export const LEVERAGE_TEXT = /^\d{1,3}(?:\.\d+)?\s*[xX×]$/; // [HK reader.js `/^(\d+)[xX]$/`]
export const MARGIN_MODE_LABELS = {
  cross: anyLanguage({
    en: ['Cross'], // [UV] Low
    'zh-CN': ['全仓'], // [ZH 全仓模式] Medium
    ru: ['Кросс'], // [UV] Low
    es: ['Cruzado', 'Cruzada'], // [UV] Low
    tr: ['Çapraz'], // [UV] Low
    vi: ['Cross', 'Chéo'], // [UV] Low
  }),
  isolated: anyLanguage({
    en: ['Isolated'], // [UV] Low
    'zh-CN': ['逐仓'], // [ZH 逐仓模式] Medium
    ru: ['Изолированная'], // [UV] Low
    es: ['Aislado', 'Aislada'], // [UV] Low
    tr: ['İzole'], // [UV] Low
    vi: ['Isolated', 'Cô lập'], // [UV] Low
  }),
};
export const BALANCE = ['[data-testid="max-asset"]'] as const; // [HK] "Available 1,234.56 USDT"
/** The word before the balance in `max-asset`, taken off before the figure is read. */
export const BALANCE_LABELS = anyLanguage({
  en: ['Available'], // [HK]
  'zh-CN': ['可用'], // [UV] Low-Med (the common Chinese exchange word)
  ru: ['Доступно'], // [UV] Low
  es: ['Disponible'], // [UV] Low
  tr: ['Kullanılabilir'], // [UV] Low
  vi: ['Khả dụng'], // [UV] Low
});

/** The TP/SL box's label. [CU `sl-tp.panel.ts` stopLossTexts: "tp/sl", "Стоп-лосс", "止损", …] */
export const TPSL_LABELS = anyLanguage({
  en: ['TP/SL'], // [CU]
  'zh-CN': ['止盈止损', '止损'], // [CU 止损] Medium; 止盈止损 [UV] Low
  ru: ['TP/SL', 'Стоп-лосс'], // [CU Стоп-лосс] Medium
  es: ['TP/SL'], // [UV] Low
  tr: ['TP/SL', 'KA/ZD'], // [UV] Low
  vi: ['TP/SL', 'Chốt lời/Cắt lỗ'], // [UV] Low
});
export const TAKE_PROFIT_INPUT = ['input[name="tpTriggerPx"]'] as const; // [CU 2023]
export const STOP_LOSS_INPUT = ['input[name="slTriggerPx"]'] as const; // [CU 2023]
/** Trigger-price labels, only where the inputs lost their `name`. */
export const TAKE_PROFIT_LABELS = anyLanguage({
  en: ['TP trigger price', 'TP'], // [UV] Low
  'zh-CN': ['止盈触发价'], // [UV] Low
  ru: ['Цена активации TP'], // [UV] Low
  es: ['Precio de activación TP'], // [UV] Low
  tr: ['TP tetikleme fiyatı'], // [UV] Low
  vi: ['Giá kích hoạt TP'], // [UV] Low
});
export const STOP_LOSS_LABELS = anyLanguage({
  en: ['SL trigger price', 'SL'], // [UV] Low
  'zh-CN': ['止损触发价'], // [UV] Low
  ru: ['Цена активации SL'], // [UV] Low
  es: ['Precio de activación SL'], // [UV] Low
  tr: ['SL tetikleme fiyatı'], // [UV] Low
  vi: ['Giá kích hoạt SL'], // [UV] Low
});

/** Submit buttons: okui's positive (buy/long) and negative (sell/short) buttons. [HK, Med-High] */
export const LONG_BUTTON = 'button.okui-positivebutton';
export const SHORT_BUTTON = 'button.okui-negativebutton';
/** The Close tab's buttons ("Close long", "平多"): they only reduce. Matched at the start of the button's text. */
export const CLOSE_WORDS = anyLanguage({
  en: ['Close'], // [HK]
  'zh-CN': ['平'], // [ZH 平仓; 平多 / 平空] Low-Med
  ru: ['Закрыть'], // [UV] Low
  es: ['Cerrar'], // [UV] Low
  tr: ['Kapat'], // [UV] Low
  vi: ['Đóng'], // [UV] Low
});

/** The venue's own estimate, if the ticket shows one. [UV] */
export const LIQ_PRICE_LABELS = anyLanguage({
  en: ['Est. liq. price', 'Est. Liq. Price', 'Liq. price'], // [UV] Low
  'zh-CN': ['预估强平价', '预估强平价格', '强平价格'], // [ZH liqPx 预估强平价格] Low-Med
  ru: ['Расч. цена ликвидации', 'Цена ликвидации'], // [UV] Low
  es: ['Precio de liquidación est.', 'Precio de liquidación'], // [UV] Low
  tr: ['Tahmini likidasyon fiyatı', 'Likidasyon fiyatı'], // [UV] Low
  vi: ['Giá thanh lý ước tính', 'Giá thanh lý'], // [UV] Low
});
/** Header statistics. [UV labels; HK/CU `.trade-header-box`] */
export const MARK_LABELS = anyLanguage({
  en: ['Mark price', 'Mark Price', 'Mark'], // [UV] Low
  'zh-CN': ['标记价格'], // [ZH 标记价格] Medium
  ru: ['Цена маркировки', 'Маркировочная цена'], // [UV] Low
  es: ['Precio de marca'], // [UV] Low
  tr: ['İşaret fiyatı'], // [UV] Low
  vi: ['Giá đánh dấu'], // [UV] Low
});
export const HIGH_24H_LABELS = anyLanguage({
  en: ['24h high', '24H high', '24h High'], // [UV] Low
  'zh-CN': ['24h最高', '24小时最高'], // [UV] Low
  ru: ['Макс. за 24 ч'], // [UV] Low
  es: ['Máx. 24 h'], // [UV] Low
  tr: ['24s en yüksek'], // [UV] Low
  vi: ['Cao nhất 24h'], // [UV] Low
});
export const LOW_24H_LABELS = anyLanguage({
  en: ['24h low', '24H low', '24h Low'], // [UV] Low
  'zh-CN': ['24h最低', '24小时最低'], // [UV] Low
  ru: ['Мин. за 24 ч'], // [UV] Low
  es: ['Mín. 24 h'], // [UV] Low
  tr: ['24s en düşük'], // [UV] Low
  vi: ['Thấp nhất 24h'], // [UV] Low
});
/** The ticker title in the header, e.g. "BTC-USDT-SWAP" or "BTCUSDT Perpetual". [CU `.watch-drop-box .ticker-title`] */
export const TICKER_TITLE = '.watch-drop-box .ticker-title, .ticker-title';

// --- the account around the ticket: the positions table, funding ---------------------------------------
// [OP] The bottom panel's okui tabs ("Positions (3)", `role="tab"` + `aria-selected`, the design-system
// markup [HK] records for the ticket's tabs) and the positions table's headers (Symbol, Size, Avg. price,
// Mark price, Est. liq. price, Margin) as `ticket.html` records them (2026-08 notes); the symbol cell's
// "BTCUSDT Perpetual" with its Long/Short, Cross/Isolated and leverage tags, a size in contracts (or in
// the coin, per OKX's unit setting) are [UV]. Low: nothing checked live.

export const ACCOUNT_TAB = '[role="tab"]';
export const POSITIONS_TAB = /^(?:Positions|持仓)\s*\(\d+\)$/; // [OP; zh-CN UV] Low
export const POSITION_COLUMNS = {
  symbol: ['Symbol'],
  size: ['Size'],
  entryPrice: ['Avg. price'],
  markPrice: ['Mark price'],
  liquidationPrice: ['Est. liq. price'],
  margin: ['Margin'],
} as const; // [OP] Low
export const POSITIONS_EMPTY = ['No positions'] as const; // [ticket.html] Low
/** "BTCUSDT Perpetual" (or the instrument id itself): base, quote. [UV] Low */
export const POSITION_SYMBOL = /^([A-Z0-9]+?)(USDT|USDC|USD)\s+Perp(?:etual)?$/;
export const POSITION_SIDE = { long: ['Long'], short: ['Short'] } as const; // [UV] Low
/** Header "Funding / Countdown": "0.0100% / 03:21:10" (the interval differs by instrument: not read). [ticket.html] Low */
export const FUNDING_LABELS = ['Funding / Countdown'] as const;
