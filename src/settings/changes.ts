import type { Settings } from './schema';
import { copySite } from './pending';
import type { CoolDown, GuardMode, SiteOption, SiteOptionValues } from './table';

// The small changes the popup and the options page make. Each returns the settings as asked for;
// `commitChange` (through `updateSettings`) decides what applies now and what waits.

function setSiteOption<K extends SiteOption>(settings: Settings, siteId: string, key: K, value: SiteOptionValues[K]): Settings {
  return { ...settings, sites: { ...settings.sites, [siteId]: { ...copySite(settings.sites[siteId]), [key]: value } } };
}

export const setGuardMode = (settings: Settings, siteId: string, guard: GuardMode): Settings => setSiteOption(settings, siteId, 'guard', guard);

export const setSiteEnabled = (settings: Settings, siteId: string, enabled: boolean): Settings => setSiteOption(settings, siteId, 'enabled', enabled);

export function setCoolDown(settings: Settings, coolDown: CoolDown): Settings {
  return { ...settings, discipline: { ...settings.discipline, coolDown } };
}
