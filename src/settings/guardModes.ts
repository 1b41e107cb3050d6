import * as z from 'zod/mini';

// Guard mode's values and default, apart from the settings table so that a content script, which
// needs only these, does not carry the table.

/**
 * Guard mode on one site, from weakest to strictest: `off` (the overlay shows the risk, nothing
 * more), `warn` (a dangerous order is flagged as it is placed, but not held), `confirm` (an order
 * that is `danger` or `blocked` by the trader's own limits is held until confirmed; a `blocked`
 * one cannot be confirmed).
 */
export const GUARD_MODES = ['off', 'warn', 'confirm'] as const;
export type GuardMode = (typeof GUARD_MODES)[number];
export const guardModeSchema = z.enum(GUARD_MODES, { error: () => `must be one of ${GUARD_MODES.join(', ')}` });

export const DEFAULT_GUARD_MODE: GuardMode = 'confirm';
