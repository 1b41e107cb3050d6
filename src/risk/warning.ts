// A warning as the risk core reports it: its code, severity and the figures its sentence is written
// from, and no sentence. Wording every figure of every warning on every assessment took about 40 %
// of the risk core's time, for a sentence only the command line and the English tests read: they
// call `warningMessage` (warningText.ts); the extension words warnings from its locale files.
import type { RiskWarning, Severity, WarningCode, WarningParams } from './types';

/** A warning with these figures. */
export function warning<C extends WarningCode>(code: C, severity: Severity, params: WarningParams<C>): RiskWarning {
  // Figures are finite or null, and never -0, as every number of the report is (a loss share over a near-zero equity is unbounded).
  for (const key in params) {
    const x = (params as Record<string, unknown>)[key];
    if (typeof x === 'number' && !Number.isFinite(x)) (params as Record<string, unknown>)[key] = null;
    // -0 (an equity of -0) would read "-0 USDT" and does not survive the message to the popup (JSON writes 0).
    else if (Object.is(x, -0)) (params as Record<string, unknown>)[key] = 0;
  }
  return { code, severity, params } as RiskWarning;
}
