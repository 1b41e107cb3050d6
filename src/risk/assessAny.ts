import { assessWith } from './assess';
import { ACCOUNT } from './accountFigures';
import type { RiskInput } from './schema';
import type { RiskReport } from './types';
import { VENUE_MODELS } from './venues';

/** The report for a ticket on any venue, with the account figures (the command line, the popup, tests). */
export function assess(input: RiskInput): RiskReport {
  return assessWith(VENUE_MODELS[input.venue], input, ACCOUNT);
}
