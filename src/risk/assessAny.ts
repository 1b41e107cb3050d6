import { assessWith } from './assess';
import type { RiskInput } from './schema';
import type { RiskReport } from './types';
import { VENUE_MODELS } from './venues';

/** The report for a ticket on any venue (the command line, the popup, tests). */
export function assess(input: RiskInput): RiskReport {
  return assessWith(VENUE_MODELS[input.venue], input);
}
