/**
 * GMX v2 (`https://app.gmx.io/trade/long|short`): every selector and word the adapter uses, most
 * stable first. Nothing was checked against the live page (no web access); each entry names its
 * source as recorded in `../shared/reference/venues.md` §2.2 and §5.2 (research notes, 2026-08).
 *
 * Sources:
 * - [GI]  gmx-io/gmx-interface, HEAD a78e920 (2026-08-20): the open-source front end. Its `qa` prop
 *         renders `data-qa` test hooks (TradeBox, TradeboxMarginFields, LeverageField, RegularTab,
 *         useTradeButtonState). High.
 * - [GA]  gmx-io/gmx-interface `autotests/src/elements/page-objects.ts` (the team's own Playwright page
 *         objects): `tradebox`, `market-selector`, `collateral-selector`, `pool-selector-button`,
 *         `confirm-trade-button`, header `price`, older `pay-input` / `buy-input`. High (older markup for
 *         the inputs: the margin/size fields are new in Dec 2025).
 * - [UV]  Not recorded: the "Liq. Price" row's exact wording, the market name format "ETH/USD" in the
 *         selector, the document title. Low; confirm live.
 * English only. Styling is Tailwind: the one class read is the design token that marks the selected
 * tab (`!text-typography-primary`, [GI RegularTab]); everything else is `data-qa`, ARIA or text.
 */

/** `/trade/:tradeType?` (BrowserRouter); the old `#/trade` hash URLs redirect there. [GI MainRoutes, legacyHashUrlRedirect] */
export const TRADE_PATH = /^\/trade(?:\/(long|short|swap))?\/?$/i;

export const TRADEBOX = '[data-qa="tradebox"]'; // [GI, GA]
export const DIRECTION_TAB = { long: '[data-qa="trade-direction-tab-Long"]', short: '[data-qa="trade-direction-tab-Short"]' } as const; // [GI, GA]
export const SWAP_TAB = '[data-qa="trade-direction-swap-tab-Swap"], [data-qa="trade-direction-tab-Swap"]'; // [GI]
export const DIRECTION_LABELS = { long: ['Long'], short: ['Short'] } as const; // [GI]
/** Trade-mode tabs: `trade-mode-tab-<Market|Limit|StopMarket|Trigger|TWAP|More>`. [GI sdk/src/utils/trade/types.ts] */
export const MODE_TAB = '[data-qa^="trade-mode-tab-"]';
export const MODE_VALUES = { market: 'Market', limit: 'Limit' } as const;
/** The active tab's design-token class (no aria-selected on these tabs). [GI RegularTab] */
export const ACTIVE_TAB_CLASS = /(?:^|\s)!?text-typography-primary(?:\s|$)/;

export const SIZE_INPUT = ['input[data-qa="position-size-input"]', 'input[data-qa="buy-input"]'] as const; // [GI Dec 2025, GA older]
export const SIZE_UNIT = '[data-qa="position-size-display-mode"]'; // [GI SizeField] "USD" or the token
export const SIZE_LABELS = ['Size'] as const; // [GI]
export const PRICE_INPUT = ['input[data-qa="trigger-price-input"]'] as const; // [GI PriceField, GA]
export const PRICE_LABELS = ['Limit price', 'Limit Price'] as const; // [GI]
export const LEVERAGE = ['[data-qa="leverage-slider"]'] as const; // [GI LeverageField] "10" + <span>x</span>
export const LEVERAGE_TEXT = /^\d{1,3}(?:\.\d+)?\s*[xX×]$/;

/** Available balance: the Max button beside the Margin input shows the pay token's wallet balance. [GI MarginField] */
export const BALANCE = ['[data-qa="margin-max"]'] as const;
export const PAY_TOKEN = ['[data-qa="margin-collateral-selector"]'] as const; // [GI]
/** Tokens whose balance is a USD amount. */
export const STABLES = ['USDC', 'USDC.e', 'USDT', 'USDT0', 'DAI', 'USDe', 'FRAX'] as const;

/** TP/SL: a switch titled "Take-Profit / Stop-Loss", inputs with placeholders only. [GI TPSLRows] */
export const TPSL_LABELS = ['Take-Profit / Stop-Loss', 'TP/SL'] as const;
export const TP_LABELS = ['TP price', 'Take-Profit Price'] as const;
export const SL_LABELS = ['SL price', 'Stop-Loss Price'] as const;

export const SUBMIT = ['button[data-qa="confirm-trade-button"]'] as const; // [GI useTradeButtonState, GA] since 2024-07
/** Submit texts: "Open Long", "Increase Short", "Limit: Open Long"… [GI] */
export const SUBMIT_TEXT = /^(?:(?:Limit|Stop Market|Trigger|TWAP):\s*)?(?:Open|Increase)\s+(?:Long|Short)\b/i;

/** The tradebox's execution rows with the venue's own estimate. [UV wording; GI TradeBox rows] */
export const LIQ_PRICE_LABELS = ['Liq. Price', 'Liquidation Price'] as const;
/** The market selector in the chart header, e.g. "ETH/USD". [GA market-selector; UV format] */
export const MARKET_SELECTOR = ['[data-qa="market-selector"]', '[data-qa="chart-token-selector"]'] as const;
export const MARKET_NAME = /\b([A-Z0-9.]{1,15})\s*\/\s*USD\b/;
/** Mark price: the header's price [GA header `price`], else "Mark: …" in the trigger-price box [GI PriceField]. */
export const HEADER_PRICE = '[data-qa="price"]';
export const MARK_IN_PRICE_BOX = /^Mark(?:\s+Price)?\s*:\s*(.+)$/i;
export const MARK_LABELS = ['Mark Price', 'Mark'] as const; // [UV]

/** Never part of the ticket. */
export const NOT_TICKET = 'canvas, iframe, table, [role="table"], [data-qa="trade-table-large"]';
