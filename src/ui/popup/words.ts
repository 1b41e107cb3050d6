/**
 * The settings' words in the trader's language, for the popup and the options page. The settings
 * modules name things by key (a limit, a guard mode, a pending change's field); the words for
 * each key are here, from the locale files. Looked up when rendered, never at import.
 */
import type { StoredValue } from '../../settings/backups';
import { TooManyPendingError } from '../../settings/discipline';
import { LIMIT_KEYS, LIMIT_SPECS, formatLimitInput, type LimitKey, type NumberKey } from '../../settings/limits';
import { BUILT_IN_PRESETS, type BuiltInPreset } from '../../settings/presets';
import { SettingsWriteError, problemOfStorageError, type WriteProblem } from '../../settings/problems';
import { MAX_PENDING, MAX_PRESET_NAME, MAX_SAVED_PRESETS, type CoolDown, type GuardMode, type PendingChange, type Settings } from '../../settings/schema';
import { SYNC_ITEM_QUOTA_BYTES } from '../../settings/syncQuota';
import { siteName } from '../../settings/sites';
import type { Severity } from '../../risk/types';
import type { FieldName } from '../../venues/reading';
import { formatLimitLeverage, formatLimitPercent } from '../format';
import { MARK, formatNumber, t, uiLocale } from '../i18n';

export const verdictWords = (severity: Severity): string => t(`verdict.${severity}`);

export const sideWords = (side: 'long' | 'short'): string => t(`side.${side}`);

/** A field of the order ticket, lower case, as inside a sentence: "mark price". */
export const fieldWords = (name: FieldName): string => t(`field.${name}`);

export const guardModeWords = (mode: GuardMode): { label: string; help: string } => ({ label: t(`guardMode.${mode}`), help: t(`guardMode.${mode}Help`) });

/** "1 hour", as a choice. */
export const coolDownWords = (c: CoolDown): string => t(`coolDown.${c}`);

/** "1 hour", inside a sentence ("your 1 hour cool-down"). */
export const coolDownInline = (c: CoolDown): string => t(`coolDownInline.${c}`);

export const limitLabel = (key: NumberKey): string => t(`limit.${key}`);
export const limitHelp = (key: NumberKey): string => t(`limit.${key}Help`);

/** A limit's value as the trader reads it: "10×", "8 %" (the locale's decimal mark and percent sign). */
export const limitText = (key: NumberKey, value: number): string =>
  LIMIT_SPECS[key].unit === '×' ? formatLimitLeverage(value) : formatLimitPercent(value);

/** A limit's value in its field: "2.5", or "2,5" where the locale writes a decimal comma (the field reads both). */
export const limitInputText = (key: NumberKey, value: number): string =>
  formatLimitInput(key, value).replace('.', formatNumber(1.5, 1, 1).charAt(1) === ',' ? ',' : '.');

/**
 * Why a limit's field did not parse, told apart as `parseLimitInput` tells them apart (it words
 * them in English only): nothing typed, not a number, or a number out of range.
 */
export function limitInputError(key: NumberKey, text: string): string {
  const cleaned = text.trim().replace(/\s+/g, '').replace(',', '.').replace(/[x×%]$/i, '');
  if (cleaned === '') return t('limit.enterNumber');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned) || !Number.isFinite(Number(cleaned))) return t('limit.enterNumberLike');
  const { min, max, scale } = LIMIT_SPECS[key];
  return t('limit.range', { min: formatNumber(min * scale, 0, 4), max: limitText(key, max) });
}

export const builtInName = (p: BuiltInPreset): string => t(`preset.${p.id}`);

/** "3× max, liquidation ≥ 20 % away, account ≤ 2×, lose ≤ 1 % at the stop". */
export const presetDescription = (p: BuiltInPreset): string =>
  t('preset.describe', Object.fromEntries(LIMIT_KEYS.map((k) => [k, limitText(k, p.limits[k])])) as Record<LimitKey, string>);

/**
 * Why a preset could not be saved or renamed, told apart as `savePreset`/`renamePreset` tell them
 * apart (they word them in English only). Called only after one of them refused.
 */
export function presetProblem(settings: Settings, raw: string, renaming?: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) return t('preset.nameEmpty');
  if (name.length > MAX_PRESET_NAME) return t('preset.nameTooLong', { max: formatNumber(MAX_PRESET_NAME, 0, 0) });
  const same = (other: string) => other.toLowerCase() === name.toLowerCase();
  // The built-in names the settings refuse are their English ones.
  if (BUILT_IN_PRESETS.some((p) => same(p.name))) return t('preset.nameBuiltIn', { name });
  if (renaming === undefined) return t('preset.tooMany', { max: formatNumber(MAX_SAVED_PRESETS, 0, 0) });
  if (!settings.presets.some((p) => p.id === renaming)) return t('preset.gone');
  return t('preset.nameTaken', { name });
}

/** What a pending change will do: "Max leverage 25×", "Guard mode Off on Bybit". */
export function describePending(p: PendingChange): string {
  switch (p.field) {
    case 'limit': {
      const limit = limitLabel(p.key);
      if (p.site === null) return t('pending.limit', { limit, value: limitText(p.key, p.value ?? 0) });
      const site = siteName(p.site);
      return p.value === null ? t('pending.limitSameOn', { limit, site }) : t('pending.limitOn', { limit, value: limitText(p.key, p.value), site });
    }
    case 'hard':
      return t('pending.notHard', { limit: limitLabel(p.key) });
    case 'guard':
      return t('pending.guardOn', { mode: guardModeWords(p.value).label, site: siteName(p.site) });
    case 'enabled':
      return t('pending.offOn', { site: siteName(p.site) });
    case 'coolDown':
      return t('pending.coolDown', { coolDown: coolDownInline(p.value) });
  }
}

const dayStart = (time: number) => {
  const d = new Date(time);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
};

/** "14:05 today", "14:05 tomorrow", "3 Apr, 14:05": local time, 24-hour, in the browser's locale. */
export function appliesAtWords(appliesAt: number, now: number = Date.now()): string {
  const locale = uiLocale();
  const at = new Date(appliesAt);
  const days = Math.round((dayStart(appliesAt) - dayStart(now)) / 86_400_000);
  const clock = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  if (days !== 0 && days !== 1) return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...clock }).format(at);
  const time = new Intl.DateTimeFormat(locale, clock).format(at);
  return days === 1 ? t('pending.tomorrow', { time }) : t('pending.today', { time });
}

/** A date and time in the browser's locale (the override log, backups). */
export const dateTimeWords = (time: number | string): string => new Date(time).toLocaleString(uiLocale());

/** "{what} from {when}" with `MARK` for the time, which is an element of its own. */
export const pendingItemText = (what: string): string => t('pending.item', { what, when: MARK });

/** Why settings were not saved, from the problem's kind. */
export function writeProblemWords(problem: WriteProblem): string {
  switch (problem.kind) {
    case 'invalid':
      // The schema's own issues stay in English (they name fields of the settings file).
      return t('problem.invalid', { issues: problem.issues.map((i) => `${i.path} ${i.message}`).join('; ') });
    case 'too-large':
      return problem.bytes === null
        ? t('problem.tooLarge')
        : t('problem.tooLargeBytes', { bytes: formatNumber(problem.bytes, 0, 0), quota: formatNumber(SYNC_ITEM_QUOTA_BYTES, 0, 0) });
    case 'too-many-writes':
      return t('problem.tooManyWrites');
    case 'newer-version':
      return t('problem.newerVersion', { version: problem.version });
    case 'browser-refused':
      return t('problem.browserRefused', { detail: problem.detail });
  }
}

/**
 * Why a load or a save failed, in words. The store's errors carry a typed problem; a browser
 * storage error that got past it is worded by its kind, so the trader never reads
 * "Resource::kQuotaBytesPerItem…"; anything else keeps its own message.
 */
export function errorWords(err: unknown): string {
  if (err instanceof SettingsWriteError) return writeProblemWords(err.problem);
  if (err instanceof TooManyPendingError) return t('problem.tooManyPending', { max: formatNumber(MAX_PENDING, 0, 0) });
  const problem = problemOfStorageError(err);
  if (problem.kind !== 'browser-refused') return writeProblemWords(problem);
  return err instanceof Error ? err.message : String(err);
}

export const unreadableWords = (from: StoredValue): string =>
  ({
    'settings-backups': () => t('unreadable.settingsBackups'),
    'backup-entry': () => t('unreadable.backupEntry'),
    'override-log': () => t('unreadable.overrideLog'),
    'override-records': () => t('unreadable.overrideRecords'),
    'badge-tabs': () => t('unreadable.badgeTabs'),
  })[from]();
