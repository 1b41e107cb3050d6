/**
 * A supported exchange's trade page on which the order ticket cannot be found: said out loud,
 * because silence would read as "nothing to warn about".
 */
export function TicketLost({ siteName, onHide }: { siteName: string; onHide: () => void }) {
  return (
    <div class="lost" role="alert" data-testid="lg-ticket-lost">
      <p>
        <b>Leverage Guard cannot find the {siteName} order ticket on this page.</b> If you can see the ticket, the page has changed and
        your orders here are not being checked.
      </p>
      <button type="button" data-testid="lg-ticket-lost-hide" onClick={onHide}>
        Hide for this page
      </button>
    </div>
  );
}
