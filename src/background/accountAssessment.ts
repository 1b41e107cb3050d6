import { assess, riskInputSchema, type RiskReport } from '../risk';

/**
 * A tab's ticket assessed on the trader's account. The inputs come from a content script that read
 * them off an exchange page, so each is checked by the risk core's schema: one that does not pass
 * gets null (the tab keeps its ticket-only assessment).
 */
export function assessOnAccount(inputs: readonly unknown[]): (RiskReport | null)[] {
  return inputs.map((raw) => {
    const parsed = riskInputSchema.safeParse(raw);
    return parsed.success ? assess(parsed.data) : null;
  });
}
