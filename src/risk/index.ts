// Risk core's entry: the command line, the bench and the tests import from here. Pure TypeScript:
// no DOM, no browser API.
export { riskInputSchema, VENUES, type RiskInput } from './schema';
export { assess } from './assessAny';
export { SEVERITY_ORDER, worstSeverity } from './types';
export type { RiskReport, Venue } from './types';
export { buildTiers, inverseLiquidationPrice, linearLiquidationPrice, solveLiquidation, tierFor } from './solve';
export { VENUE_MODELS } from './venues';
export type { SizeForRisk } from './sizing';
