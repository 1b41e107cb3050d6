/** Where one exchange lives: its identity and the pages its content script runs on. */
export interface VenuePages {
  /** The site id in settings, the adapter's id, the content script's name. */
  readonly id: string;
  /** The venue's name as traders know it (popup, options, overlay). */
  readonly name: string;
  /** Hostnames the venue lives on: the extension's host permissions. */
  readonly hosts: readonly string[];
  /** Content-script match patterns: the pages of `hosts` that may hold an order ticket. */
  readonly matches: readonly string[];
  /** Pages inside `matches` that never hold one. */
  readonly excludeMatches?: readonly string[];
}
