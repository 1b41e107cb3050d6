// Risk core public API (issue 3). Pure TypeScript: no DOM, no browser API.
export { riskInputSchema, VENUES, type RiskInput } from './schema';
export { assess } from './assessAny';
export { assessWith } from './assess';
export { SEVERITY_ORDER, worstSeverity } from './types';
export type { ContractKind, LimitCode, ResultingPosition, RiskReport, RiskWarning, Severity, Side, Tier, Venue, WarningCode } from './types';
export { buildTiers, inverseLiquidationPrice, linearLiquidationPrice, solveLiquidation, tierFor, type LowLevelArgs, type Solved, type TierRow } from './solve';
export { VENUE_MODELS, type VenueModel } from './venues';
export { sizeForRisk, type SizeForRisk, type SizingResult } from './sizing';
export { baseAsset } from './symbols';
