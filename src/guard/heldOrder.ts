import type { Severity } from '../risk/types';
import type { FieldName, Side, TicketReading } from '../venues/reading';
import type { SideAssessment } from './types';

/**
 * What guard mode holds and what the trader confirms: the order itself (side, symbol, type, price,
 * size, leverage, margin mode) as read at that moment. The trader's confirmation is for this
 * snapshot only: any other order, even the same ticket edited, must be confirmed afresh.
 */
export interface OrderSnapshot {
  side: Side | null;
  symbol: string | null;
  orderType: string | null;
  price: number | null;
  size: { value: number; unit: string } | null;
  leverage: number | null;
  marginMode: string | null;
  /** What the trader typed into a key field that could not be read (`{ size: '1e2' }`). */
  unread: Partial<Record<KeyField, string>>;
}

/** The fields that make an order what it is: an unreadable one means the order itself is unknown. */
const KEY_FIELDS = ['size', 'leverage', 'price'] as const;
type KeyField = (typeof KEY_FIELDS)[number];

const fieldValue = <T>(field: { ok: true; value: T } | { ok: false }): T | null => (field.ok ? field.value : null);

/** The text a missing field was read from, where the reader kept it (`shown`). */
function shownText(field: TicketReading[FieldName]): string | null {
  if (field.ok) return null;
  const shown = (field as { shown?: unknown }).shown;
  return typeof shown === 'string' && shown.trim() !== '' ? shown.trim() : null;
}

export function orderSnapshot(reading: TicketReading, side: Side | null): OrderSnapshot {
  const unread: OrderSnapshot['unread'] = {};
  for (const name of KEY_FIELDS) {
    const shown = shownText(reading[name]);
    if (shown !== null) unread[name] = shown;
  }
  const size = fieldValue(reading.size);
  return {
    side: side ?? fieldValue(reading.side),
    symbol: fieldValue(reading.symbol),
    orderType: fieldValue(reading.orderType),
    price: fieldValue(reading.orderType) === 'market' ? null : fieldValue(reading.price),
    size: size ? { value: size.value, unit: size.unit } : null,
    leverage: fieldValue(reading.leverage),
    marginMode: fieldValue(reading.marginMode),
    unread,
  };
}

/** Whether two snapshots are the same order (the mark price moving does not make another order). */
export function sameOrder(a: OrderSnapshot, b: OrderSnapshot): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(s: OrderSnapshot) {
  const unread = Object.keys(s.unread)
    .sort()
    .map((k) => [k, s.unread[k as KeyField]]);
  return [s.side, s.symbol, s.orderType, s.price, s.size?.value ?? null, s.size?.unit ?? null, s.leverage, s.marginMode, unread];
}

/** A key field the trader filled in that Leverage Guard cannot read, with what was typed. */
interface UnreadableField {
  field: KeyField;
  shown: string;
}

/** What guard mode does with an order, in confirm mode. */
export type GateDecision =
  /** Within the limits: it goes through untouched. */
  | { kind: 'pass' }
  /** It cannot be checked (no side, nothing typed yet): it goes through, and the overlay says so. */
  | { kind: 'unchecked'; missing: string[] }
  /** Held until the trader confirms this very order. */
  | { kind: 'hold'; cause: 'breaksLimit'; severity: Severity }
  | { kind: 'hold'; cause: 'unreadable'; unreadable: UnreadableField }
  /** Breaks a hard limit: only going back is offered. */
  | { kind: 'block' };

function unreadableKeyField(reading: TicketReading): UnreadableField | null {
  for (const field of KEY_FIELDS) {
    if (field === 'price' && fieldValue(reading.orderType) === 'market') continue;
    const shown = shownText(reading[field]);
    if (shown !== null) return { field, shown };
  }
  return null;
}

/**
 * The decision for one order. A limit already broken by what was read is held whatever else is
 * unreadable; an order whose key field holds text that cannot be read is held too (the page may
 * well accept `1e2` as 100), so the trader places it knowingly or not at all. Only an order that
 * cannot be checked for want of input (nothing typed, no side) goes through with a notice.
 */
export function decideOrder(assessment: SideAssessment | undefined, reading: TicketReading): GateDecision {
  if (!assessment) return { kind: 'unchecked', missing: ['side'] };
  const report = assessment.report;
  const breaking = report.warnings.filter((w) => w.severity === 'danger' || w.severity === 'blocked');
  if (breaking.some((w) => w.severity === 'blocked') || report.severity === 'blocked') return { kind: 'block' };
  if (breaking.length > 0 || report.severity === 'danger') return { kind: 'hold', cause: 'breaksLimit', severity: 'danger' };
  const unreadable = unreadableKeyField(reading);
  if (unreadable) return { kind: 'hold', cause: 'unreadable', unreadable };
  if (report.severity === 'unknown' || report.missing.length > 0) return { kind: 'unchecked', missing: [...report.missing] };
  return { kind: 'pass' };
}

/** Whether the decision stops the order (in confirm mode). */
export const stops = (d: GateDecision): d is Extract<GateDecision, { kind: 'hold' | 'block' }> => d.kind === 'hold' || d.kind === 'block';
