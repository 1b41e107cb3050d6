/**
 * dYdX's account around the ticket: the trade page's bottom panel (Positions | Orders | Fills, a
 * Radix Collapsible with an "All" | <asset> market filter), the account's equity and the header's
 * hourly funding, and the market's maximum leverage while its leverage dialog is open. Selectors and
 * words, with their sources, are in `./selectors.ts`.
 */
import type { AccountReading, PositionsReading } from '../account';
import { pageFigure } from '../kit/read/pageFigure';
import { cellNumber, cellWord, optionalCellNumber, readPositionsTable, type PositionCells, type RowReading } from '../kit/read/positions';
import { positionsFrom, positionsUnknown, tabByText, tabIsSelected } from '../kit/read/positionsPanel';
import { findByText } from '../kit/search';
import { normText, textIs } from '../kit/text';
import { allVisible, isVisible } from '../kit/visibility';
import { numberStyle, type Style } from './custom';
import * as S from './selectors';

/** The market in a Market cell ("BTC-USD" beside the asset's icon and name). */
function marketIn(cell: Element | undefined): string | null {
  if (!cell) return null;
  const walker = cell.ownerDocument.createTreeWalker(cell, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const m = S.MARKET_NAME.exec(normText(n.nodeValue));
    if (m) return `${m[1]!}-USD`;
  }
  return null;
}

function readRow({ row, cells }: PositionCells, style: Style): RowReading {
  const symbol = marketIn(cells.symbol);
  if (!symbol) return `no market like “BTC-USD” in “${normText(cells.symbol?.textContent)}”`;
  const signed = cellNumber(cells.size, 'size', style);
  if (typeof signed === 'string') return signed;
  // The row says its side (`data-side`) and the size carries the sign: both must agree.
  const tagged = row.getAttribute('data-side')?.toUpperCase();
  const bySign = signed < 0 ? 'short' : 'long';
  const side = tagged === 'LONG' ? 'long' : tagged === 'SHORT' ? 'short' : bySign;
  if (side !== bySign) return `${symbol}: the row says ${tagged} but its size is ${signed}`;
  const entryPrice = cellNumber(cells.entryPrice, 'average open', style);
  if (typeof entryPrice === 'string') return entryPrice;
  const markPrice = cellNumber(cells.markPrice, 'oracle price', style);
  if (typeof markPrice === 'string') return markPrice;
  const marginMode = cellWord(cells.marginMode, S.MARGIN_MODE_LABELS);
  const margin = optionalCellNumber(cells.margin, style);
  const liquidationPrice = optionalCellNumber(cells.liquidationPrice, style);
  return {
    symbol,
    side,
    size: Math.abs(signed),
    entryPrice,
    markPrice,
    ...(marginMode && { marginMode }),
    ...(margin !== undefined && { margin }),
    ...(liquidationPrice !== undefined && liquidationPrice > 0 && { liquidationPrice }),
  };
}

function readPositions(doc: Document, style: Style): PositionsReading {
  const tab = allVisible(doc, S.POSITIONS_TAB)[0] ?? tabByText(doc, '[role="tab"]', S.POSITIONS_TAB_LABELS);
  if (!tab) return positionsUnknown('notShown', 'no Positions tab on the page');
  if (tab.closest(S.PANEL_COLLAPSED)) return positionsUnknown('collapsed', 'the Positions panel is folded away');
  if (!tabIsSelected(tab)) return positionsUnknown('otherTab', 'the panel shows another tab than Positions');
  const panelId = tab.getAttribute('aria-controls');
  const panel = panelId ? doc.getElementById(panelId) : null;
  if (!panel || !isVisible(panel)) return positionsUnknown('notShown', 'the Positions tab shows no panel');
  // "All" | <asset>: with the asset chosen the table lists this market's position only.
  const toolbar = tab.closest('header') ?? tab.parentElement?.parentElement;
  const all = toolbar ? allVisible(toolbar, S.MARKET_FILTER_ITEM).find((r) => textIs(r.textContent, S.ALL_MARKETS_LABELS)) : undefined;
  if (all && all.getAttribute('aria-checked') !== 'true') return positionsUnknown('otherTab', 'the panel lists this market’s position only (choose “All”)');
  const table = allVisible(panel, S.POSITIONS_TABLE)[0];
  if (!table) {
    if (findByText(panel, S.POSITIONS_EMPTY_LABELS).length > 0) return { kind: 'read', rows: [], source: 'Positions panel: “You have no open positions.”' };
    return positionsUnknown('notShown', 'the Positions panel shows neither a table nor its empty state');
  }
  if (allVisible(table, S.POSITIONS_PAGE_TOGGLES).length > 1) return positionsUnknown('paginated', 'the Positions table shows one page of several');
  const read = readPositionsTable(table, S.POSITION_COLUMNS, ['symbol', 'size', 'entryPrice', 'markPrice'], (c) => readRow(c, style));
  return positionsFrom(read, 'Positions table (Market, Size, Avg. Open, Oracle)');
}

/** The maximum in an open "Set Market Leverage" dialog's "MAX 20×" tag; undefined when no such dialog is open. */
function dialogMaxLeverage(doc: Document): number | undefined {
  const dialogs = allVisible(doc, S.LEVERAGE_DIALOG).filter((d) => findByText(d, S.LEVERAGE_DIALOG_TITLES).length > 0);
  const shown = dialogs.flatMap((d) => allVisible(d, 'span, div').flatMap((el) => S.MAX_LEVERAGE_TAG.exec(normText(el.textContent))?.[1] ?? []));
  const values = new Set(shown.map((v) => Number(v.replace(',', '.'))));
  return values.size === 1 ? [...values][0] : undefined;
}

export function readAccount(doc: Document, ticket: Element | null): AccountReading {
  const style = numberStyle(ticket);
  const out: AccountReading = { positions: readPositions(doc, style) };
  const equity = pageFigure(doc, ticket, S.EQUITY_LABELS, 'Equity', style);
  if (equity.ok) out.equity = equity.value;
  const funding = pageFigure(doc, ticket, S.FUNDING_LABELS, '1h Funding', style);
  if (funding.ok) {
    out.fundingRate = funding.value / 100; // shown in percent
    out.fundingIntervalHours = S.FUNDING_INTERVAL_HOURS;
  }
  const maxLeverage = dialogMaxLeverage(doc);
  if (maxLeverage !== undefined && maxLeverage > 0) out.maxLeverage = maxLeverage;
  return out;
}
