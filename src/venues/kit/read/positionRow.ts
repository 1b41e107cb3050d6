/**
 * One row of an exchange's positions table, the way centralised exchanges lay it out: the symbol cell
 * carries the instrument and its tags (Long/Short, Cross/Isolated, "Cross 20x"), the size cell a
 * quantity (signed for shorts on some pages) in a unit only the venue can turn into coins, then the
 * prices. The venue gives the rules; anything unclear makes the row unreadable.
 */
import type { PositionRow } from '../../account';
import type { MarginMode, Side } from '../../reading';
import type { ReadNumberOptions } from '../number';
import { normText, textIs } from '../text';
import { cellNumber, cellWord, leadFigure, optionalCellNumber, type PositionCells, type RowReading } from './positions';

export interface PositionRowRules<I extends { symbol: string }> {
  /** The instrument in the symbol cell (its first text), or null. */
  instrument(cell: Element | undefined): I | null;
  /** The signed size in coins, or why it cannot be (a unit not convertible with certainty). */
  coins(cell: Element | undefined, instrument: I): number | string;
  /** Side tags in the symbol cell; absent, or no tag: the size's sign, and unsigned is long. */
  sideWords?: Record<Side, readonly string[]>;
  marginModeWords: Record<MarginMode, readonly string[]>;
  style: ReadNumberOptions;
}

/** "Cross 20x": a margin-mode word before the leverage, in one text. */
function modeBeforeLeverage(cell: Element | undefined, words: Record<MarginMode, readonly string[]>): MarginMode | undefined {
  for (const el of cell ? Array.from(cell.querySelectorAll('*')) : []) {
    const word = normText(el.textContent).replace(/\s+\d+(?:[.,]\d+)?\s*[xX×]$/, '');
    if (textIs(word, words.cross)) return 'cross';
    if (textIs(word, words.isolated)) return 'isolated';
  }
  return undefined;
}

export function readPositionRow<I extends { symbol: string }>({ cells }: PositionCells, rules: PositionRowRules<I>): RowReading {
  const inst = rules.instrument(cells.symbol);
  if (!inst) return `no symbol in “${normText(cells.symbol?.textContent)}”`;
  const signed = rules.coins(cells.size, inst);
  if (typeof signed === 'string') return signed;
  const tagged = rules.sideWords ? cellWord(cells.symbol, rules.sideWords) : undefined;
  const bySign: Side | null = signed < 0 ? 'short' : null;
  if (tagged && bySign && tagged !== bySign) return `${inst.symbol}: tagged ${tagged} but its size is ${signed}`;
  const entryPrice = cellNumber(leadFigure(cells.entryPrice), 'entry price', rules.style);
  if (typeof entryPrice === 'string') return entryPrice;
  const markPrice = cellNumber(leadFigure(cells.markPrice), 'mark price', rules.style);
  if (typeof markPrice === 'string') return markPrice;
  // The mode as a tag or "Cross 20x" beside the symbol, else under the margin ("1,606.28 USDT" / "Cross").
  const marginMode = cellWord(cells.symbol, rules.marginModeWords) ?? modeBeforeLeverage(cells.symbol, rules.marginModeWords) ?? cellWord(cells.margin, rules.marginModeWords);
  const margin = optionalCellNumber(leadFigure(cells.margin), rules.style);
  const liquidationPrice = optionalCellNumber(leadFigure(cells.liquidationPrice), rules.style);
  const row: PositionRow = { symbol: inst.symbol, side: tagged ?? bySign ?? 'long', size: Math.abs(signed), entryPrice, markPrice };
  if (marginMode) row.marginMode = marginMode;
  if (margin !== undefined) row.margin = margin;
  if (liquidationPrice !== undefined && liquidationPrice > 0) row.liquidationPrice = liquidationPrice;
  return row;
}

/** The size's unit: what follows the number ("-4.000 ETH" → "ETH", "50 Contracts" → "Contracts"). */
export const sizeUnit = (cell: Element | undefined): string => normText(cell?.textContent).replace(/^[-+−]?[\d.,\s]+/, '').trim();
