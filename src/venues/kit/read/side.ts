/** The side: the selected Long/Short control, or the buttons offered (both at once → assessed both ways). */
import { ariaSelected } from '../controls';
import { commonAncestor, findByText } from '../search';
import { describe, textIs } from '../text';
import { found, missing, type Field, type Side } from '../../reading';
import { allVisible } from '../visibility';

/**
 * The reason for `side` when the ticket offers both sides at once (Binance's Buy/Long +
 * Sell/Short): the trader chooses by the button they click, so the overlay assesses both sides.
 */
export const BOTH_SIDES_OFFERED = 'both sides are offered on the ticket: the side is the button the trader clicks';

/** The ticket's side buttons: Long, Short and (where the venue has them) Close. */
export interface SideButtons {
  long: Element[];
  short: Element[];
  close?: Element[];
}

/** Every side button, Long then Short then Close. */
export const allSideButtons = (b: SideButtons): Element[] => [...b.long, ...b.short, ...(b.close ?? [])];

/** @inlined */
export const CLOSE_TAB_SELECTED = 'the Close tab is selected: this order closes a position';

/** Which of the Open / Close `[role=tab]` tabs is selected (null when not exactly one is). */
export function readOpenCloseMode(ticket: Element, labels: { open: readonly string[]; close: readonly string[] }): 'open' | 'close' | null {
  const tabs = [...findByText(ticket, labels.open, '[role="tab"]'), ...findByText(ticket, labels.close, '[role="tab"]')];
  const selected = tabs.filter((t) => ariaSelected(t) === true);
  if (selected.length !== 1) return null;
  return textIs(selected[0]!.textContent, labels.close) ? 'close' : 'open';
}

/** The side from the buttons offered: missing on the Close tab, when only Close buttons show, or when both sides are offered. */
export function sideFromButtons(b: SideButtons, closeSelected: boolean, noneFound: string): Field<Side> {
  if (closeSelected || (b.long.length === 0 && b.short.length === 0 && (b.close?.length ?? 0) > 0)) return missing(CLOSE_TAB_SELECTED, 'closesPosition');
  if (b.long.length > 0 && b.short.length > 0) return missing(BOTH_SIDES_OFFERED, 'bothSides');
  if (b.long.length > 0) return found('long', `${describe(b.long[0]!)}, the only side offered`);
  if (b.short.length > 0) return found('short', `${describe(b.short[0]!)}, the only side offered`);
  return missing(noneFound, 'lost');
}

/** After the row of side buttons (the overlay sits below it, never over the buttons). */
export function anchorAfterButtons(b: SideButtons): Element | null {
  const all = allSideButtons(b);
  if (all.length === 0) return null;
  if (all.length === 1) return all[0]!.parentElement;
  return commonAncestor(all);
}

/** The Long and Short buttons, each with the side it places. Close buttons are left out: they only reduce. */
export function sidedButtons(b: SideButtons): { element: Element; side: Side | null }[] {
  return [...b.long.map((element) => ({ element, side: 'long' as const })), ...b.short.map((element) => ({ element, side: 'short' as const }))];
}

/** Long, Short and Close among the visible `selector` elements, by their whole text. */
export function sideButtonsByText(root: ParentNode, selector: string, labels: { long: readonly string[]; short: readonly string[]; close?: readonly string[] }): SideButtons {
  const buttons = allVisible(root, selector);
  return {
    long: buttons.filter((b) => textIs(b.textContent, labels.long)),
    short: buttons.filter((b) => textIs(b.textContent, labels.short)),
    close: labels.close ? buttons.filter((b) => textIs(b.textContent, labels.close!)) : [],
  };
}
