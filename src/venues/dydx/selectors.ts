/**
 * dYdX v4 (`https://dydx.trade/trade/<MARKET>`): every selector and word the adapter uses, most
 * stable first. Nothing was checked against the live page (no web access); each entry names its
 * source (research notes, 2026-08).
 *
 * Sources:
 * - [V4]  dydxprotocol/v4-web, HEAD 2248cb6 (2026-07-17): the open-source front end that renders the
 *         page. Element ids (`trade-amount`, `price.limitPrice`, `takeprofit-price`…), Radix Tabs /
 *         ToggleGroup / Checkbox ARIA, `TradeBoxOrderView`, `TradeForm`, `PlaceOrderButtonAndReceipt`,
 *         `AccountInfoSection` ("Available Balance", key GENERAL.AVAILABLE_BALANCE). High.
 * - [LOC] dydxprotocol/v4-localization `config/localization/<lang>/app.json`, HEAD eebfc49
 *         (2026-04-30): the strings the page shows, per language, by key (`APP.<SECTION>.<KEY>`,
 *         written below as `SECTION.KEY`). The page shows exactly these strings: High for every
 *         language (they are machine-assisted translations, some odd, e.g. zh-CN "Cross" = “交叉”,
 *         ko "Limit" = “한도”, es "Cross" = “Cruzar”; the page shows them as they are).
 * - [UV]  Not recorded: the account panel's position in the layout, the leverage dialog. Low; confirm live.
 *
 * Languages (the page's language menu): v4-web `src/constants/localization.ts` `SupportedLocales`
 * = en, zh-CN, ja, ko, ru, tr, fr, pt, es, de, and v4-localization `config/localization/languages.json`
 * lists the same ten. Of Leverage Guard's languages: en, zh-CN, ko, ru, es, tr (no Vietnamese). The
 * choice is kept in the app's state, not in the URL: every language is served at `/trade/<MARKET>`.
 *
 * Numbers per language: v4-web formats every figure with the separators of the selected locale's
 * `browserLanguage` (`useLocaleSeparators` → `Intl.NumberFormat(…).formatToParts(1000.1)`, and
 * `formatNumberOutput` passes them to BigNumber `toFormat`): en-US, zh-CN and ko-KR write `$1,234.56`;
 * ru-RU `$1 234,56` (no-break space); tr-TR `$1.234,56`; es-ES `$1234,56` (Intl gives es no group
 * separator for 1000.1, so none is written). The number inputs (react-number-format) take the same
 * decimal separator. So ru, tr and es pages are read with a decimal comma.
 * Styling is styled-components (`sc-` hashes) + twin.macro: no class is used.
 */
import { anyLanguage, type Language, type Words } from '../kit/words';

/** The languages dYdX's menu offers among Leverage Guard's, English first. [V4 SupportedLocales, LOC languages.json] */
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN', 'ko', 'ru', 'es', 'tr'];
/** Languages whose pages write `1 234,56` / `1.234,56` / `1234,56`. [V4 useLocaleSeparators] */
export const DECIMAL_COMMA_LANGUAGES: readonly Language[] = ['ru', 'es', 'tr'];

/** `/trade/:market` (BrowserRouter) or `/#/trade/:market` (HashRouter builds). Group 1 = market. [V4 src/App.tsx] */
export const TRADE_PATH = /^\/trade\/([A-Z0-9]+-[A-Z0-9]+)\/?$/i;
export const TRADE_HASH = /^#\/trade\/([A-Z0-9]+-[A-Z0-9]+)\/?$/i;
/** A market name in the page header, e.g. "BTC-USD". [V4 MarketsDropdown] */
export const MARKET_NAME = /^([A-Z0-9]{1,15})-USD$/;

/** The size input ("Amount"); the id is fixed, duplicates (simple UI) are skipped by visibility. [V4 TradeSizeInputs] */
export const SIZE_INPUT = ['input[id="trade-amount"]'] as const;
export const SIZE_LABELS = anyLanguage({
  en: ['Amount', 'Size'], // [LOC GENERAL.AMOUNT] High; "Size" older builds
  'zh-CN': ['金额'], // [LOC zh-CN GENERAL.AMOUNT] High
  ko: ['금액'], // [LOC ko GENERAL.AMOUNT] High
  ru: ['Сумма'], // [LOC ru GENERAL.AMOUNT] High
  es: ['Cantidad'], // [LOC es GENERAL.AMOUNT] High
  tr: ['Miktar'], // [LOC tr GENERAL.AMOUNT] High
});
/** The limit price input: the id contains a dot. [V4 TradeFormInputs] */
export const PRICE_INPUT = ['input[id="price.limitPrice"]'] as const;
export const PRICE_LABELS = anyLanguage({
  en: ['Limit Price', 'Price'], // [LOC TRADE.LIMIT_PRICE] High
  'zh-CN': ['限价'], // [LOC zh-CN TRADE.LIMIT_PRICE] High
  ko: ['지정가'], // [LOC ko TRADE.LIMIT_PRICE] High
  ru: ['Лимитная цена'], // [LOC ru TRADE.LIMIT_PRICE] High
  es: ['Precio límite'], // [LOC es TRADE.LIMIT_PRICE] High
  tr: ['Limit Fiyatı'], // [LOC tr TRADE.LIMIT_PRICE] High
});

/** Radix Tabs: `id="radix-:rN:-trigger-<VALUE>"`. [V4 TradeSideTabs, OrderTypeTabs; Radix makeTriggerId] */
export const SIDE_TAB = { long: '[role="tab"][id$="-trigger-BUY"]', short: '[role="tab"][id$="-trigger-SELL"]' } as const;
/** The side tabs' text: TRADE.BUY_LONG / TRADE.SELL_SHORT [V4 TradeSideTabs]; the bare words are the simple UI's. */
export const BUY_LONG: Words = {
  en: ['Buy | Long', 'Buy', 'Long'], // [LOC TRADE.BUY_LONG, GENERAL.BUY, GENERAL.LONG_POSITION_SHORT] High
  'zh-CN': ['购买 | 多', '买入', '长仓'], // [LOC zh-CN same keys] High
  ko: ['구매 | 롱', '매수', '롱'], // [LOC ko same keys] High
  ru: ['Покупка | Лонг', 'Купить', 'Длинные'], // [LOC ru same keys] High
  es: ['Comprar | Largo', 'Comprar', 'Largo'], // [LOC es same keys] High
  tr: ['Satın al | Uzun', 'Satın Al', 'Uzun'], // [LOC tr same keys] High
};
export const SELL_SHORT: Words = {
  en: ['Sell | Short', 'Sell', 'Short'], // [LOC TRADE.SELL_SHORT, GENERAL.SELL, GENERAL.SHORT_POSITION_SHORT] High
  'zh-CN': ['卖出 | 做空', '卖出', '空头'], // [LOC zh-CN same keys] High
  ko: ['판매 | 숏', '매도', '숏'], // [LOC ko same keys] High
  ru: ['Продажа | Шорт', 'Продать', 'Короткие позиции'], // [LOC ru same keys] High
  es: ['Vender | Corto', 'Vender', 'Corto'], // [LOC es same keys] High
  tr: ['Satış | Kısa', 'Sat', 'Kısa'], // [LOC tr same keys] High
};
export const SIDE_LABELS = { long: anyLanguage(BUY_LONG), short: anyLanguage(SELL_SHORT) } as const;
export const ORDER_TYPE_TAB = { limit: '[role="tab"][id$="-trigger-LIMIT"]', market: '[role="tab"][id$="-trigger-MARKET"]' } as const;
export const ORDER_TYPE_LABELS = {
  limit: anyLanguage({
    en: ['Limit'], // [LOC TRADE.LIMIT_ORDER_SHORT] High
    'zh-CN': ['限价'], // [LOC zh-CN TRADE.LIMIT_ORDER_SHORT] High
    ko: ['한도'], // [LOC ko TRADE.LIMIT_ORDER_SHORT] High
    ru: ['Лимит'], // [LOC ru TRADE.LIMIT_ORDER_SHORT] High
    es: ['Límite'], // [LOC es TRADE.LIMIT_ORDER_SHORT] High
    tr: ['Limit'], // [LOC tr TRADE.LIMIT_ORDER_SHORT] High
  }),
  market: anyLanguage({
    en: ['Market'], // [LOC TRADE.MARKET_ORDER_SHORT] High
    'zh-CN': ['市场'], // [LOC zh-CN TRADE.MARKET_ORDER_SHORT] High
    ko: ['시장'], // [LOC ko TRADE.MARKET_ORDER_SHORT] High
    ru: ['Рынок'], // [LOC ru TRADE.MARKET_ORDER_SHORT] High
    es: ['Mercado'], // [LOC es TRADE.MARKET_ORDER_SHORT] High
    tr: ['Piyasa'], // [LOC tr TRADE.MARKET_ORDER_SHORT] High
  }),
} as const;

/** Margin mode: Radix ToggleGroup items `role="radio"` with text Cross / Isolated. [V4 MarginModeSelector] */
export const MARGIN_MODE_ITEM = '[role="radio"]';
export const MARGIN_MODE_LABELS = {
  cross: anyLanguage({
    en: ['Cross'], // [LOC GENERAL.CROSS] High
    'zh-CN': ['交叉', '超过'], // [LOC zh-CN GENERAL.CROSS; “超过” in the 2025 file] High
    ko: ['교차'], // [LOC ko GENERAL.CROSS] High
    ru: ['Кросс'], // [LOC ru GENERAL.CROSS] High
    es: ['Cruzar'], // [LOC es GENERAL.CROSS] High
    tr: ['Çapraz'], // [LOC tr GENERAL.CROSS] High
  }),
  isolated: anyLanguage({
    en: ['Isolated'], // [LOC GENERAL.ISOLATED] High
    'zh-CN': ['逐仓'], // [LOC zh-CN GENERAL.ISOLATED] High
    ko: ['격리됨'], // [LOC ko GENERAL.ISOLATED] High
    ru: ['Изолированная'], // [LOC ru GENERAL.ISOLATED] High
    es: ['Aislado'], // [LOC es GENERAL.ISOLATED] High
    tr: ['İzole'], // [LOC tr GENERAL.ISOLATED] High
  }),
} as const;
/** The leverage button shows an Output of type Multiple: `5×` (U+00D7). [V4 MarginAndLeverageButtons] */
export const LEVERAGE_TEXT = /^\d{1,3}(?:[.,]\d+)?\s*[×xX]$/;

/** TP/SL: Radix Checkbox `#show-trigger-orders` ("Take Profit / Stop Loss"), inputs by id. [V4 AdvancedTradeOptions, 2025-05-20+] */
export const TPSL_TOGGLE = ['[id="show-trigger-orders"]'] as const;
export const TPSL_LABELS = anyLanguage({
  en: ['Take Profit / Stop Loss', 'TP/SL'], // [LOC PREFERENCES_MODAL.TAKE_PROFIT_STOP_LOSS] High
  'zh-CN': ['止盈/止损'], // [LOC zh-CN same key] High
  ko: ['수익 실현 / 손절매'], // [LOC ko same key] High
  ru: ['Тейк-профит / стоп-лосс'], // [LOC ru same key] High
  es: ['Toma de ganancias / Detener pérdidas'], // [LOC es same key] High
  tr: ['Kâr Al / Zarar Durdur'], // [LOC tr same key] High
});
export const TAKE_PROFIT_INPUT = ['input[id="takeprofit-price"]'] as const;
export const STOP_LOSS_INPUT = ['input[id="stoploss-price"]'] as const;
export const TAKE_PROFIT_LABELS = anyLanguage({
  en: ['TP Price'], // [LOC TRIGGERS_MODAL.TP_PRICE] High
  'zh-CN': ['TP 价格', 'TP价格'], // [LOC zh-CN same key; no space in the 2025 file] High
  ko: ['TP 가격'], // [LOC ko same key] High
  ru: ['TP-цена'], // [LOC ru same key] High
  es: ['Precio TP'], // [LOC es same key] High
  tr: ['Kar Alma Fiyatı'], // [LOC tr same key] High
});
export const STOP_LOSS_LABELS = anyLanguage({
  en: ['SL Price'], // [LOC TRIGGERS_MODAL.SL_PRICE] High
  'zh-CN': ['SL 价格', 'SL价格'], // [LOC zh-CN same key; no space in the 2025 file] High
  ko: ['SL 가격'], // [LOC ko same key] High
  ru: ['SL-цена'], // [LOC ru same key] High
  es: ['Precio SL'], // [LOC es same key] High
  tr: ['Zarar Durdurma Fiyatı'], // [LOC tr same key] High
});
export const REDUCE_ONLY = ['[id="reduce-only"]'] as const; // [V4]
export const REDUCE_ONLY_LABELS = anyLanguage({
  en: ['Reduce-Only', 'Reduce Only'], // [LOC TRADE.REDUCE_ONLY] High
  'zh-CN': ['只减仓'], // [LOC zh-CN same key] High
  ko: ['리듀스 온리'], // [LOC ko same key, trailing space trimmed] High
  ru: ['Только уменьшить'], // [LOC ru same key] High
  es: ['Solo reducir'], // [LOC es same key] High
  tr: ['Yalnızca Azalt'], // [LOC tr same key] High
});

/** Submit: `button[type=submit]` "Place Limit Order" / "Place Market Order" (mobile flow: "Preview …"). [V4 PlaceOrderButtonAndReceipt, LOC PLACE_ORDER] */
export const SUBMIT = 'button[type="submit"]';
export const SUBMIT_TEXT = /^(?:Place|Preview|Confirm)\b/;
export const SUBMIT_LABELS = anyLanguage({
  en: ['Place Limit Order', 'Place Market Order'], // [LOC TRADE.PLACE_LIMIT_ORDER, TRADE.PLACE_MARKET_ORDER] High
  'zh-CN': ['下限价订单', '下市场价订单'], // [LOC zh-CN same keys] High
  ko: ['지정가 주문하기', '시장가 주문하기'], // [LOC ko same keys] High
  ru: ['Разместить лимит-ордер', 'Разместить рыночный ордер'], // [LOC ru same keys] High
  es: ['Colocar limit order', 'Colocar orden de mercado'], // [LOC es same keys] High
  tr: ['Limit Emri Ver', 'Piyasa Emri Ver'], // [LOC tr same keys] High
});

/** Receipt row with the venue's own estimate. [V4 PlaceOrderButtonAndReceipt, LOC TRADE.LIQUIDATION_PRICE] */
export const LIQ_PRICE_LABELS = anyLanguage({
  en: ['Liquidation Price', 'Liq. Price'], // [LOC TRADE.LIQUIDATION_PRICE] High
  'zh-CN': ['清算价格'], // [LOC zh-CN same key] High
  ko: ['청산 가격'], // [LOC ko same key] High
  ru: ['Ликвидационная цена'], // [LOC ru same key] High
  es: ['Precio de liquidación'], // [LOC es same key] High
  tr: ['Tasfiye Fiyatı'], // [LOC tr same key] High
});
/** Header statistic: dYdX marks positions at the oracle price. [V4 MarketStatsDetails, LOC TRADE.ORACLE_PRICE] */
export const MARK_LABELS = anyLanguage({
  en: ['Oracle Price', 'Oracle'], // [LOC TRADE.ORACLE_PRICE] High
  'zh-CN': ['预言机价格'], // [LOC zh-CN same key] High
  ko: ['오라클 가격'], // [LOC ko same key] High
  ru: ['Цена по оракулу'], // [LOC ru same key] High
  es: ['Precio del oráculo'], // [LOC es same key] High
  tr: ['Oracle Fiyatı'], // [LOC tr same key] High
});
/** Account panel, outside the ticket. [V4 AccountInfoSection GENERAL.AVAILABLE_BALANCE; position UV] */
export const BALANCE_LABELS = anyLanguage({
  en: ['Available Balance'], // [LOC GENERAL.AVAILABLE_BALANCE] High
  'zh-CN': ['可用余额'], // [LOC zh-CN same key] High
  ko: ['가용 잔액'], // [LOC ko same key] High
  ru: ['Доступный остаток'], // [LOC ru same key] High
  es: ['Balance disponible'], // [LOC es same key] High
  tr: ['Kullanılabilir Bakiye'], // [LOC tr same key] High
});
export const BALANCE_FALLBACK = anyLanguage({
  en: ['Free Collateral'], // [LOC GENERAL.FREE_COLLATERAL] High
  'zh-CN': ['免保证金'], // [LOC zh-CN same key] High
  ko: ['무료 담보'], // [LOC ko same key] High
  ru: ['Свободное залоговое обеспечение'], // [LOC ru same key] High
  es: ['Garantía gratuita'], // [LOC es same key] High
  tr: ['Ücretsiz Teminat'], // [LOC tr same key] High
});

/** Never part of the ticket: the chart, order book and tables. [V4 layout] */
export const NOT_TICKET = 'canvas, iframe, table, [role="table"], [role="grid"]';
export const QUOTE_UNITS = ['USD', 'USDC'] as const;

// --- the account around the ticket: positions panel, equity, funding ------------------------------
// [V4P] v4-web `src/pages/trade/HorizontalPanel.tsx` (CollapsibleTabs: Radix Tabs inside a Radix
// Collapsible, tab values Position / Orders / Fills; a ToggleGroup "All" | <asset> filters by market),
// `src/views/tables/PositionsTable.tsx` (columns Market, Leverage, Type, Size, Value, P&L, Margin,
// Avg. Open, Oracle, Liquidation, Funding; rows carry `data-side` LONG / SHORT; the size is signed;
// no rows: no table, the empty state TRADE.POSITIONS_EMPTY_STATE), `src/components/Table.tsx`
// (react-aria `useTable`: a real <table role="grid">, <th role="columnheader">, <td role="gridcell">;
// more rows than a page: a <tfoot> pagination row, `TablePaginationRow`, whose page ToggleGroup has one
// `role="radio"` per page). Read 2026-12-04 at v4-web 03567f9 (PositionsTable), 4cdc271
// (HorizontalPanel), 00fbc26 (Table); columns as of 2248cb6 (2026-07-17). High for the markup;
// the panel's words are [LOC] (High).

/** The positions tab: Radix Tabs trigger of value `Position`. [V4P HorizontalPanel InfoSection.Position] High */
export const POSITIONS_TAB = '[role="tab"][id$="-trigger-Position"]';
/** The panel's tabs by text where the ids drifted. [LOC TRADE.POSITIONS, GENERAL.POSITION] High */
export const POSITIONS_TAB_LABELS = anyLanguage({
  en: ['Positions', 'Position'],
  'zh-CN': ['头寸', '持仓'],
  ko: ['포지션'],
  ru: ['Позиции', 'Позиция'],
  es: ['Posiciones', 'Posición'],
  tr: ['Pozisyonlar', 'Pozisyon'],
});
/** The positions table inside the tab's panel (react-aria grid). [V4P Table useTable gridProps] High */
export const POSITIONS_TABLE = 'table, [role="grid"]';
/** A row's side: `data-side="LONG" | "SHORT"` (IndexerPositionSide). [V4P PositionsTable getRowAttributes] High */
export const POSITION_ROW_SIDE = 'tr[data-side]';
/** More than one page: the footer's page toggles. [V4P Table paginationRow, TablePaginationRow] High */
export const POSITIONS_PAGE_TOGGLES = 'tfoot [role="radio"]';
/** Radix Collapsible root folded away (the panel's caret). [V4P CollapsibleTabs] High */
export const PANEL_COLLAPSED = '[data-state="closed"]';
/** The market filter in the panel's toolbar: a Radix ToggleGroup, "All" vs the current asset. [V4P HorizontalPanel] High */
export const MARKET_FILTER_ITEM = '[role="radio"]';
export const ALL_MARKETS_LABELS = anyLanguage({
  en: ['All'], // [LOC GENERAL.ALL] High
  'zh-CN': ['全部'],
  ko: ['전체'],
  ru: ['Все'],
  es: ['Todo'],
  tr: ['Tümü'],
});
/** No open positions. [LOC TRADE.POSITIONS_EMPTY_STATE] High */
export const POSITIONS_EMPTY_LABELS = anyLanguage({
  en: ['You have no open positions.'],
  'zh-CN': ['您没有敞口头寸。'],
  ko: ['열린 포지션이 없습니다.'],
  ru: ['У вас нет открытых позиций.'],
  es: ['No tienes posiciones abiertas.'],
  tr: ['Açık pozisyonunuz bulunmuyor.'],
});
/** The table's headers, per column. [V4P PositionsTable column labels; LOC keys named per line] High */
export const POSITION_COLUMNS = {
  symbol: anyLanguage({ en: ['Market'], 'zh-CN': ['市场'], ko: ['시장'], ru: ['Рынок'], es: ['Mercado'], tr: ['Piyasa'] }), // GENERAL.MARKET
  marginMode: anyLanguage({ en: ['Type'], 'zh-CN': ['类型'], ko: ['유형'], ru: ['Тип'], es: ['Tipo'], tr: ['Tür'] }), // GENERAL.TYPE
  size: anyLanguage({ en: ['Size'], 'zh-CN': ['数量'], ko: ['규모'], ru: ['Размер'], es: ['Tamaño'], tr: ['Büyüklük'] }), // GENERAL.SIZE
  margin: anyLanguage({ en: ['Margin'], 'zh-CN': ['保证金'], ko: ['마진'], ru: ['Маржа'], es: ['Margen'], tr: ['Marjin'] }), // GENERAL.MARGIN
  entryPrice: anyLanguage({ en: ['Avg. Open'], 'zh-CN': ['平均开仓'], ko: ['평균 개설'], ru: ['Средн. Открытие'], es: ['Promedio Abierto'], tr: ['Ort. Açık'] }), // TRADE.AVG_OPEN
  markPrice: anyLanguage({ en: ['Oracle'], 'zh-CN': ['预言机'], ko: ['오라클'], ru: ['Оракул'], es: ['Oráculo'], tr: ['Oracle'] }), // TRADE.ORACLE_PRICE_ABBREVIATED
  liquidationPrice: anyLanguage({ en: ['Liquidation'], 'zh-CN': ['清算'], ko: ['청산'], ru: ['Ликвидация'], es: ['Liquidación'], tr: ['Tasfiye'] }), // TRADE.LIQUIDATION
} as const;
/** The account's equity, outside the ticket. [LOC GENERAL.EQUITY, PORTFOLIO.PORTFOLIO_VALUE] High for the words; placement [UV] Low */
export const EQUITY_LABELS = anyLanguage({
  en: ['Equity', 'Portfolio Value'],
  'zh-CN': ['资产', '资产组合价值'],
  ko: ['자본', '포트폴리오 값'],
  ru: ['Доля в позиции', 'Стоимость портфеля'],
  es: ['Capital', 'Valor de la cartera'],
  tr: ['Net Varlık', 'Portföy Değeri'],
});
/** The header's hourly funding rate, in percent ("0.000125%"): dYdX pays funding every hour. [V4 MarketStatsDetails; LOC TRADE.FUNDING_RATE_1H_SHORT] High */
export const FUNDING_LABELS = anyLanguage({
  en: ['1h Funding'],
  'zh-CN': ['1 小时费用'],
  ko: ['1시간 펀딩'],
  ru: ['Финансирование за 1\u00a0ч'],
  es: ['Financiación de 1 hora'],
  tr: ['1 Saatlik Fonlama'],
});
export const FUNDING_INTERVAL_HOURS = 1;
/**
 * The market's leverage dialog (opened from the ticket's leverage button): a Radix Dialog titled
 * "Set Market Leverage" whose header tag reads "MAX 20×" (GENERAL.MAX upper-cased, then the market's
 * maximum). Its slider runs 0–1, so its `aria-valuemax` is no leverage. [V4 SetMarketLeverageDialog
 * 2248cb6, read 2026-12-04; LOC LEVERAGE.SET_MARKET_LEVERAGE in en, zh-CN, ko, ru — es and tr have no
 * such key and show the English] High for the markup and words.
 */
export const LEVERAGE_DIALOG = '[role="dialog"]';
export const LEVERAGE_DIALOG_TITLES = anyLanguage({
  en: ['Set Market Leverage'],
  'zh-CN': ['设置市场杠杆'],
  ko: ['시장 레버리지 설정'],
  ru: ['Установить рыночное кредитное плечо'],
});
export const MAX_LEVERAGE_TAG = /^(?:MAX|最大值|최대|МАКСИМУМ|MÁX\.|MAKS\.)\s*(\d{1,3}(?:[.,]\d+)?)\s*×$/;
