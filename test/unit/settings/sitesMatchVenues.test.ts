import { describe, expect, it } from 'vitest';
import { SITES } from '@/src/settings/sites';
import { adapters } from '@/src/venues/registry';
import { venueById } from '@/src/venues/catalogue';

describe('the settings know every venue the extension reads', () => {
  it('lists each adapter as a site, under the name its overlay uses', () => {
    const sites = Object.fromEntries(SITES.map((s) => [s.id, s.name]));
    expect(Object.fromEntries(adapters.map((a) => [a.id, a.name]))).toEqual(sites);
  });

  it('gives each venue site the match patterns its content script runs on', () => {
    for (const site of SITES.filter((s) => s.id !== 'demo')) {
      expect(site.matches).toEqual(venueById(site.id)?.matches);
      for (const host of site.hosts) expect(site.matches.some((m) => m.includes(`//${host}/`))).toBe(true);
    }
  });
});
