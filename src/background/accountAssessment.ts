import { assess, riskInputSchema, type RiskReport } from '../risk';
import { noteOldTable, todayUtc } from '../risk/tierAge';

/**
 * A tab's ticket assessed on the trader's account. The inputs come from a content script that read
 * them off an exchange page, so each is checked by the risk core's schema: one that does not pass
 * gets null (the tab keeps its ticket-only assessment). The page's maximum leverage, where read,
 * wins over the tier table (`tierTableOutdated`).
 */
export function assessOnAccount(inputs: readonly unknown[]): (RiskReport | null)[] {
  return inputs.map((raw) => {
    const parsed = riskInputSchema.safeParse(raw);
    // As the command line does: a tier table older than 180 days is named (a note; it grades nothing).
    return parsed.success ? noteOldTable(assess(parsed.data), todayUtc()) : null;
  });
}
