import { browser } from 'wxt/browser';
import type { TicketAssessment } from '../guard/assessTicket';
import { badgeFigures } from '../guard/badgeFigures';
import { worstSeverity } from '../risk/types';

/**
 * The toolbar badge of this tab: the ticket's leverage and verdict, sent only when they change. An
 * open position below the trader's minimum distance to liquidation colours it as danger.
 */
export function createBadge(): { show(assessment: TicketAssessment | null, positionBelowMin?: boolean): void } {
  let last = '';
  return {
    show(assessment, positionBelowMin = false) {
      const figures = badgeFigures(assessment);
      const leverage = figures.leverage;
      const severity = figures.severity && positionBelowMin ? worstSeverity(figures.severity, 'danger') : figures.severity;
      const key = `${leverage}|${severity}`;
      if (key === last) return;
      last = key;
      browser.runtime.sendMessage({ type: 'lg:badge', leverage, severity }).catch(() => {
        // No background listening (for example during an extension update): the badge is cosmetic.
      });
    },
  };
}
