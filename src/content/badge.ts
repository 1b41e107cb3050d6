import { browser } from 'wxt/browser';
import type { TicketAssessment } from '../guard/assessTicket';
import { badgeFigures } from '../guard/badgeFigures';

/** The toolbar badge of this tab: the ticket's leverage and verdict, sent only when they change. */
export function createBadge(): { show(assessment: TicketAssessment | null): void } {
  let last = '';
  return {
    show(assessment) {
      const { leverage, severity } = badgeFigures(assessment);
      const key = `${leverage}|${severity}`;
      if (key === last) return;
      last = key;
      browser.runtime.sendMessage({ type: 'lg:badge', leverage, severity }).catch(() => {
        // No background listening (for example during an extension update): the badge is cosmetic.
      });
    },
  };
}
