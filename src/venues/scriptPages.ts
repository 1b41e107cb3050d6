import { MatchPattern } from 'wxt/utils/match-patterns';
import { venueById } from './catalogue';

/** A WebExtension match pattern (`https://host/path*`) as a test on a URL, with the browser's semantics. */
export function matchPattern(pattern: string): (url: URL) => boolean {
  const compiled = new MatchPattern(pattern);
  return (url) => compiled.includes(url.href);
}

/**
 * Whether a venue's content script runs on this URL: its `matches`, minus its `exclude_matches`,
 * as the browser decides. The registry and the popup's site lookup both ask this one question.
 */
export function contentScriptRunsOn(siteId: string, url: URL): boolean {
  const venue = venueById(siteId);
  const matches = venue?.matches ?? [];
  const excluded = venue?.excludeMatches ?? [];
  return matches.some((p) => matchPattern(p)(url)) && !excluded.some((p) => matchPattern(p)(url));
}
