import type { Severity } from '../risk/types';
import type { TicketAssessment } from './assessTicket';

/** What the toolbar badge shows for the ticket: its leverage and verdict, or nothing. */
export interface BadgeFigures {
  leverage: number | null;
  severity: Severity | null;
}

/** Two sides offered at once (Binance): their shared leverage (one-way mode), else the higher. */
export function badgeFigures(assessment: TicketAssessment | null): BadgeFigures {
  const leverages = (assessment?.assessments ?? []).map((a) => a.report.positionLeverage).filter((l): l is number => l != null);
  return { leverage: leverages.length > 0 ? Math.max(...leverages) : null, severity: assessment?.severity ?? null };
}
