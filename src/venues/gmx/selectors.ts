/**
 * GMX v2 (`https://app.gmx.io/trade/long|short`): every selector and word the adapter uses, most
 * stable first. Nothing was checked against the live page (no web access); each entry names its
 * source (research notes, 2026-08).
 *
 * Sources:
 * - [GI]  gmx-io/gmx-interface, HEAD a78e920 (2026-08-20): the open-source front end. Its `qa` prop
 *         renders `data-qa` test hooks (TradeBox, TradeboxMarginFields, LeverageField, RegularTab,
 *         useTradeButtonState). High.
 * - [GA]  gmx-io/gmx-interface `autotests/src/elements/page-objects.ts` (the team's own Playwright page
 *         objects): `tradebox`, `market-selector`, `collateral-selector`, `pool-selector-button`,
 *         `confirm-trade-button`, header `price`, older `pay-input` / `buy-input`. High for the trade box
 *         (older markup for the inputs: the margin/size fields are new in Dec 2025); the header `price`
 *         hook is gone from the current `ChartHeader` (see `CHART_HEADER_*`).
 * - [PO]  gmx-io/gmx-interface `src/locales/<lang>/messages.po` (HEAD a78e920): the strings the page
 *         shows per language, by msgid (given beside each word). Lingui shows the English msgid where a
 *         msgstr is empty (e.g. "Open" in every locale, so the zh button reads “Open 做多”). High.
 * - [UV]  Not recorded: the market name format "ETH/USD" in the selector, the document title. Low; confirm live.
 *
 * Languages (the page's language menu): gmx-interface `src/lib/i18n.ts` `locales` = en, es, zh
 * (简体中文), zh-tw, ko, ru, ja, fr, de. Of Leverage Guard's: en, zh-CN (GMX's `zh`), ko, ru, es (no
 * Turkish, no Vietnamese). The page keeps the choice in the browser, not in the URL.
 * Numbers: GMX writes every figure with `numberWithCommas` (sdk/src/utils/numbers/utils.ts): `,`
 * groups and `.` decimals in every language (`$\u200a3,120.45`), so English digits are read everywhere.
 * Styling is Tailwind: the classes read are the design token that marks the selected tab
 * (`!text-typography-primary`, [GI RegularTab]) and `numbers` (the tabular-figures utility the chart
 * header puts on its price); everything else is `data-qa`, ARIA or text.
 */
import { anyLanguage, type Language } from '../kit/words';

/** The languages GMX's menu offers among Leverage Guard's, English first. [GI src/lib/i18n.ts] */
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN', 'ko', 'ru', 'es'];

/** `/trade/:tradeType?` (BrowserRouter); the old `#/trade` hash URLs redirect there. [GI MainRoutes, legacyHashUrlRedirect] */
export const TRADE_PATH = /^\/trade(?:\/(long|short|swap))?\/?$/i;

export const TRADEBOX = '[data-qa="tradebox"]'; // [GI, GA]
export const DIRECTION_TAB = { long: '[data-qa="trade-direction-tab-Long"]', short: '[data-qa="trade-direction-tab-Short"]' } as const; // [GI, GA]
export const SWAP_TAB = '[data-qa="trade-direction-swap-tab-Swap"], [data-qa="trade-direction-tab-Swap"]'; // [GI]
const LONG = {
  en: ['Long'], // [PO msgid "Long"] High
  'zh-CN': ['做多'], // [PO zh "Long"] High
  ko: ['롱'], // [PO ko "Long"] High
  ru: ['Лонг'], // [PO ru "Long"] High
  es: ['Largo'], // [PO es "Long"] High
};
const SHORT = {
  en: ['Short'], // [PO msgid "Short"] High
  'zh-CN': ['做空'], // [PO zh "Short"] High
  ko: ['숏'], // [PO ko "Short"] High
  ru: ['Шорт'], // [PO ru "Short"] High
  es: ['Corto'], // [PO es "Short"] High
};
export const DIRECTION_LABELS = { long: anyLanguage(LONG), short: anyLanguage(SHORT) } as const;
/** Trade-mode tabs: `trade-mode-tab-<Market|Limit|StopMarket|Trigger|TWAP|More>`. [GI sdk/src/utils/trade/types.ts] */
export const MODE_TAB = '[data-qa^="trade-mode-tab-"]';
export const MODE_VALUES = { market: 'Market', limit: 'Limit' } as const;
/** The tabs' words, for markup without `data-qa`. */
export const MODE_LABELS = {
  market: anyLanguage({
    en: ['Market'], // [PO msgid "Market"] High
    'zh-CN': ['市场'], // [PO zh "Market"] High
    ko: ['마켓'], // [PO ko "Market"] High
    ru: ['Рынок'], // [PO ru "Market"] High
    es: ['Mercado'], // [PO es "Market"] High
  }),
  limit: anyLanguage({
    en: ['Limit'], // [PO msgid "Limit"] High
    'zh-CN': ['限价'], // [PO zh "Limit"] High
    ko: ['지정가'], // [PO ko "Limit"] High
    ru: ['Лимит'], // [PO ru "Limit"] High
    es: ['Límite'], // [PO es "Limit"] High
  }),
} as const;
/** The active tab's design-token class (no aria-selected on these tabs). [GI RegularTab] */
export const ACTIVE_TAB_CLASS = /(?:^|\s)!?text-typography-primary(?:\s|$)/;

export const SIZE_INPUT = ['input[data-qa="position-size-input"]', 'input[data-qa="buy-input"]'] as const; // [GI Dec 2025, GA older]
export const SIZE_UNIT = '[data-qa="position-size-display-mode"]'; // [GI SizeField] "USD" or the token
export const SIZE_LABELS = anyLanguage({
  en: ['Size'], // [PO msgid "Size"] High
  'zh-CN': ['规模'], // [PO zh "Size"] High
  ko: ['크기'], // [PO ko "Size"] High
  ru: ['Размер'], // [PO ru "Size"] High
  es: ['Tamaño'], // [PO es "Size"] High
});
export const PRICE_INPUT = ['input[data-qa="trigger-price-input"]'] as const; // [GI PriceField, GA]
export const PRICE_LABELS = anyLanguage({
  en: ['Limit price', 'Limit Price'], // [PO msgid "Limit price"] High
  'zh-CN': ['限价'], // [PO zh "Limit price"] High
  ko: ['지정가'], // [PO ko "Limit price"] High
  ru: ['Лимитная цена'], // [PO ru "Limit price"] High
  es: ['Precio límite'], // [PO es "Limit price"] High
});
export const LEVERAGE = ['[data-qa="leverage-slider"]'] as const; // [GI LeverageField] "10" + <span>x</span>
export const LEVERAGE_TEXT = /^\d{1,3}(?:\.\d+)?\s*[xX×]$/;

/** Available balance: the Max button beside the Margin input shows the pay token's wallet balance. [GI MarginField] */
export const BALANCE = ['[data-qa="margin-max"]'] as const;
export const PAY_TOKEN = ['[data-qa="margin-collateral-selector"]'] as const; // [GI]
/** Tokens whose balance is a USD amount. */
export const STABLES = ['USDC', 'USDC.e', 'USDT', 'USDT0', 'DAI', 'USDe', 'FRAX'] as const;

/** TP/SL: a switch titled "Take-Profit / Stop-Loss", inputs with placeholders only. [GI TPSLRows] */
export const TPSL_LABELS = anyLanguage({
  en: ['Take-Profit / Stop-Loss', 'TP/SL'], // [PO msgid "Take-Profit / Stop-Loss", "TP/SL"] High
  'zh-CN': ['止盈 / 止损'], // [PO zh "Take-Profit / Stop-Loss"] High
  ko: ['익절매 / 손절매'], // [PO ko same msgid] High
  ru: ['Тейк-профит / Стоп-лосс'], // [PO ru same msgid] High
  es: ['Take-Profit / Stop-Loss'], // [PO es same msgid, left in English] High
});
export const TP_LABELS = anyLanguage({
  en: ['TP price', 'Take-Profit Price'], // [PO msgid "TP price"] High
  'zh-CN': ['止盈价格'], // [PO zh "TP price"] High
  ko: ['TP 가격'], // [PO ko "TP price"] High
  ru: ['Цена TP'], // [PO ru "TP price"] High
  es: ['Precio TP'], // [PO es "TP price"] High
});
export const SL_LABELS = anyLanguage({
  en: ['SL price', 'Stop-Loss Price'], // [PO msgid "SL price"] High
  'zh-CN': ['止损价格'], // [PO zh "SL price"] High
  ko: ['손절매 가격'], // [PO ko "SL price"] High
  ru: ['Цена стоп-лосс'], // [PO ru "SL price"] High
  es: ['Precio SL'], // [PO es "SL price"] High
});

export const SUBMIT = ['button[data-qa="confirm-trade-button"]'] as const; // [GI useTradeButtonState, GA] since 2024-07
/**
 * Submit texts: `${action} ${direction}`, after `${mode}: ` for other modes ("Open Long",
 * "Increase Short", "Limit: Open Long"). [GI useTradeButtonState] "Open" has no translation in any
 * locale (empty msgstr: Lingui shows "Open"); "Increase" does. [PO]
 */
export const SUBMIT_ACTIONS = anyLanguage({
  en: ['Open', 'Increase'], // [PO msgid "Open", "Increase"] High
  'zh-CN': ['增加'], // [PO zh "Increase"] High
  ko: ['증가'], // [PO ko "Increase"] High
  ru: ['Увеличить'], // [PO ru "Increase"] High
  es: ['Incrementar'], // [PO es "Increase"] High
});

/** The tradebox's execution rows with the venue's own estimate. [GI TradeBox `t\`Liquidation price\``] */
export const LIQ_PRICE_LABELS = anyLanguage({
  en: ['Liquidation price', 'Liq. Price', 'Liquidation Price'], // [PO msgid "Liquidation price"] High; "Liq. Price" older builds
  'zh-CN': ['清算价格'], // [PO zh "Liquidation price"] High
  ko: ['청산가'], // [PO ko "Liquidation price"] High
  ru: ['Цена ликвидации'], // [PO ru "Liquidation price"] High
  es: ['Precio de liquidación'], // [PO es "Liquidation price"] High
});
/** The market selector in the chart header, e.g. "ETH/USD". [GA market-selector; UV format] */
export const MARKET_SELECTOR = ['[data-qa="market-selector"]', '[data-qa="chart-token-selector"]'] as const;
export const MARKET_NAME = /\b([A-Z0-9.]{1,15})\s*\/\s*USD\b/;
/**
 * Mark price, in the current chart header [GI ChartHeader, 2026-07]: no `data-qa` and no label. The
 * chart token selector (a button reading "ETH/USD") sits beside a scroller whose first block is
 * `<div class="… numbers">{avgPrice}</div><div class="… numbers">{dayPriceDelta}</div>`: the price is
 * the `numbers` element followed by the daily change (a percentage, or "-" while loading).
 */
export const CHART_HEADER_NUMBERS = '.numbers';
export const DAILY_CHANGE = /^(?:[-+−]?\s*\d[\d.,]*\s*%|-)$/;
/** How far above the token selector the header's price block may sit. [GI ChartHeaderDesktop: 3 levels] */
export const CHART_HEADER_LEVELS = 5;
/** The older header's hook, kept as a fallback. [GA header `price`] */
export const HEADER_PRICE = '[data-qa="price"]';
/** "Mark: 3,120.45" in the trigger-price box [GI PriceField]. */
export const MARK_IN_PRICE_BOX_LABELS = anyLanguage({
  en: ['Mark:', 'Mark Price:'], // [PO msgid "Mark:"] High
  'zh-CN': ['标记价：'], // [PO zh "Mark:"] High
  ru: ['Маркировочная:'], // [PO ru "Mark:"] High; ko and es keep "Mark:"
});
export const MARK_LABELS = anyLanguage({
  en: ['Mark price', 'Mark Price', 'Mark'], // [PO msgid "Mark price", "Mark"] High
  'zh-CN': ['标记价格', '标记'], // [PO zh same msgids] High
  ko: ['기준가', '마크'], // [PO ko same msgids] High
  ru: ['Расчётная цена', 'Марк'], // [PO ru same msgids] High
  es: ['Precio de referencia', 'Referencia'], // [PO es same msgids] High
});

/** Never part of the ticket. */
export const NOT_TICKET = 'canvas, iframe, table, [role="table"], [data-qa="trade-table-large"]';

// --- the account around the ticket: the positions list ---------------------------------------------
// [GP] gmx-io/gmx-interface HEAD a78e920 (2026-08-20), read 2026-12-04: `SyntheticsPage.tsx` (below the
// chart, `data-qa="trade-table-large"` holds `Tabs qa="exchange-list-tabs"`, whose RegularTab renders
// `data-qa="exchange-list-tabs-tab-<Positions|Orders|Trades|Claims>"`, and only the chosen section's
// list is rendered), `PositionList.tsx` (a <table>: POSITION, SIZE, NET VALUE, MARGIN, ENTRY PRICE,
// MARK PRICE, LIQUIDATION PRICE, TP/SL; empty: "No open positions"; no pagination, no folding),
// `PositionItem.tsx` (`<tr data-qa="position-item-<index>-<pool>-Long|Short">`, the market "ETH/USD"
// and the side word in the first cell, the size in USD — a click shows it in tokens, "3.2 ETH" —, the
// margin in USD above its token amount). Words: [PO] messages.po per language (a msgstr left empty
// shows the English msgid). High for the markup and words.

/** The positions list panel: below the chart on desktop, below the trade box on tablets. [GP SyntheticsPage] High */
export const POSITIONS_PANEL = '[data-qa="trade-table-large"], [data-qa="trade-table-small"]';
/** On small screens (≤ 1024 px) PositionList renders one card per position. [GP PositionList isMobile, PositionItem renderSmall AppCard] High */
export const POSITION_CARD = '[data-qa="position-item"]';
/** The cards' row labels (mixed case, unlike the table's headers). [GP PositionItem renderSmall, PO] High */
export const POSITION_CARD_LABELS = {
  size: anyLanguage({ en: ['Size'], 'zh-CN': ['规模'], ko: ['크기'], ru: ['Размер'], es: ['Tamaño'] }),
  margin: anyLanguage({ en: ['Margin'], 'zh-CN': ['保证金'], ko: ['증거금'], ru: ['Маржа'], es: ['Margen'] }),
  entryPrice: anyLanguage({ en: ['Entry price'], 'zh-CN': ['入场价格'], ko: ['진입가'], ru: ['Цена входа'], es: ['Precio de entrada'] }),
  markPrice: anyLanguage({ en: ['Mark price'], 'zh-CN': ['标记价格'], ko: ['기준가'], ru: ['Расчётная цена'], es: ['Precio de referencia'] }),
  liquidationPrice: anyLanguage({ en: ['Liquidation price'], 'zh-CN': ['清算价格'], ko: ['청산가'], ru: ['Цена ликвидации'], es: ['Precio de liquidación'] }),
} as const;
/** Its Positions tab. [GP RegularTab `${qa}-tab-${value}`] High */
export const POSITIONS_TAB = '[data-qa="exchange-list-tabs-tab-Positions"]';
/** One position row; the side is the hook's last part. [GP PositionItem qaAttr] High */
export const POSITION_ROW = 'tr[data-qa^="position-item-"]';
export const POSITION_ROW_SIDE = /-(Long|Short)$/;
/** Header texts per column (upper case on the page; compared without case). [GP PositionList, PO] High */
export const POSITION_COLUMNS = {
  symbol: anyLanguage({ en: ['POSITION'], 'zh-CN': ['仓位'], ko: ['포지션'], ru: ['ПОЗИЦИЯ'], es: ['POSICIÓN'] }),
  size: anyLanguage({ en: ['SIZE'], 'zh-CN': ['规模'], ko: ['규모'], ru: ['РАЗМЕР'], es: ['TAMAÑO'] }),
  // "MARGIN" has no translation yet (msgstr ""): every language shows the English; "Collateral" before 2026.
  margin: anyLanguage({ en: ['MARGIN', 'Collateral'], 'zh-CN': ['抵押品'], ko: ['담보'], ru: ['Залог'], es: ['Garantía'] }),
  entryPrice: anyLanguage({ en: ['ENTRY PRICE'], ru: ['ЦЕНА ВХОДА'], es: ['PRECIO DE ENTRADA'] }),
  markPrice: anyLanguage({ en: ['MARK PRICE'], 'zh-CN': ['标记价格'], ko: ['기준가'], ru: ['РАСЧЁТНАЯ ЦЕНА'], es: ['PRECIO DE REFERENCIA'] }),
  liquidationPrice: anyLanguage({ en: ['LIQUIDATION PRICE', 'Liq. Price'], 'zh-CN': ['清算价格'], ko: ['청산가'], ru: ['ЦЕНА ЛИКВИДАЦИИ'] }),
} as const;
/** The empty list. [GP PositionList EmptyTableContent, PO "No open positions"] High */
export const POSITIONS_EMPTY_LABELS = anyLanguage({
  en: ['No open positions'],
  'zh-CN': ['无开放头寸'],
  ko: ['열려 있는 포지션 없음'],
  ru: ['Нет открытых позиций'],
  es: ['No hay posiciones abiertas'],
});
