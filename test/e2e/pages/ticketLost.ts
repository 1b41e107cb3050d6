import { expect, type Page } from '@playwright/test';

/** The corner notice a trade page without a findable ticket gets (`TICKET_LOST_AFTER_MS`, 6 s, after the script starts). */
export const ticketLostNotice = (page: Page) => page.getByTestId('lg-ticket-lost');

/**
 * A trade page whose ticket never renders: quiet while the app may still be loading, then a loud
 * notice naming the site; "Hide for this page" removes it without touching the page.
 */
export async function expectQuietThenTicketLost(page: Page, siteName: string) {
  await page.waitForTimeout(1500); // the loading grace period itself is what is checked
  await expect(page.locator('[data-testid="lg-overlay"]')).toHaveCount(0);
  await expect(ticketLostNotice(page)).toHaveCount(0);
  const notice = ticketLostNotice(page);
  await expect(notice).toBeVisible({ timeout: 10_000 });
  await expect(notice).toContainText(`cannot find the ${siteName} order ticket`);
  await notice.getByRole('button', { name: 'Hide for this page' }).click();
  await expect(ticketLostNotice(page)).toHaveCount(0);
}
