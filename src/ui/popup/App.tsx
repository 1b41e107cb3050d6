import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { defaultSite, setGuardMode } from '../../settings/discipline';
import { overridesToday } from '../../settings/overrideLog';
import { setSiteEnabled } from '../../settings/changes';
import { GLOBAL, type LimitScope } from '../../settings/presets';
import { GUARD_MODES, type GuardMode } from '../../settings/schema';
import { SITES, type SiteInfo } from '../../settings/sites';
import { LimitsForm } from './LimitsForm';
import { LiveReport } from './LiveReport';
import { Notices } from './Notices';
import { PendingList } from './PendingList';
import { useOverrideLog } from './useOverrideLog';
import { readTab, targetTab, type TabView } from './tab';
import { useSettings } from './useSettings';
import { guardModeWords } from './words';
import { andList, formatNumber, t } from '../i18n';

/** How often the popup re-reads the tab's overlay while it is open. @inlined */
export const POLL_MS = 1000;

/** Polls the target tab's overlay while the popup is open. */
function useTabView(search: string): TabView | null {
  const [view, setView] = useState<TabView | null>(null);
  useEffect(() => {
    let live = true;
    let timer = 0;
    const tick = async () => {
      try {
        const tab = await targetTab(search);
        const next: TabView = tab ? await readTab(tab) : { kind: 'unsupported' };
        if (live) setView(next);
      } catch {
        if (live) setView({ kind: 'unsupported' });
      }
      if (live) timer = window.setTimeout(tick, POLL_MS);
    };
    void tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search]);
  return view;
}

function siteOf(view: TabView | null): SiteInfo | null {
  return view && view.kind !== 'unsupported' ? view.site : null;
}

export function PopupApp({ search = location.search }: { search?: string }) {
  const handle = useSettings();
  const view = useTabView(search);
  const site = siteOf(view);
  const [scopeKind, setScopeKind] = useState<'global' | 'site'>('global');
  const scope: LimitScope = useMemo(
    () => (scopeKind === 'site' && site ? { kind: 'site', siteId: site.id } : GLOBAL),
    [scopeKind, site?.id],
  );
  const settings = handle.state?.settings;
  const readOnly = handle.state?.newerVersion != null;

  // Open on the site's own limits when it has overrides, so what applies here is what is shown.
  const [scopeChosen, setScopeChosen] = useState(false);
  useEffect(() => {
    if (!scopeChosen && site && settings && Object.keys(settings.sites[site.id]?.overrides ?? {}).length > 0) setScopeKind('site');
  }, [site?.id, settings, scopeChosen]);

  const enabled = site && settings ? (settings.sites[site.id]?.enabled ?? true) : false;
  const guard: GuardMode = (site && settings?.sites[site.id]?.guard) || defaultSite().guard;
  const log = useOverrideLog();
  const overrides = log ? overridesToday(log, handle.now) : 0;
  const guardWords = guardModeWords(guard);

  // The page speaks the messages' language: screen readers and CJK fonts follow `lang`.
  useEffect(() => {
    document.documentElement.lang = t('lang');
  }, []);

  return (
    <main class="popup" data-testid="popup">
      <header class="top">
        <h1>{t('extName')}</h1>
        {overrides > 0 && (
          <button
            type="button"
            class="link override-count"
            title={t('popup.overridesTitle')}
            data-testid="override-count"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            {t('popup.overridesToday', overrides, { count: formatNumber(overrides, 0, 0) })}
          </button>
        )}
        {/* A gear, named for screen readers and on hover: the words would wrap the header in longer languages. */}
        <button type="button" class="link settings-link" title={t('popup.allSettings')} onClick={() => void browser.runtime.openOptionsPage()}>
          <span aria-hidden="true">{'\u2699\uFE0E'}</span>
          <span class="visually-hidden">{t('popup.allSettings')}</span>
        </button>
      </header>

      <Notices handle={handle} />

      <section class="site" aria-labelledby="site-heading" data-testid="site-status" data-site={site?.id ?? ''} data-enabled={String(enabled)}>
        <h2 id="site-heading" class="visually-hidden">
          {t('popup.thisTab')}
        </h2>
        {!view ? (
          <p class="muted">{t('popup.checkingTab')}</p>
        ) : !site ? (
          <div data-testid="unsupported">
            <p class="site-name">{t('popup.unsupported')}</p>
            <p class="muted">
              {t('popup.worksOn', { sites: andList([...SITES.filter((s) => s.id !== 'demo').map((s) => s.name), t('popup.demoTicket')]) })}
            </p>
          </div>
        ) : (
          <>
            <div class="site-line">
              <p class="site-name" data-testid="site-name">
                {site.name}
              </p>
              {settings && (
                <label class="switch">
                  <input
                    type="checkbox"
                    role="switch"
                    checked={enabled}
                    disabled={readOnly}
                    data-testid="site-toggle"
                    onChange={(e) => {
                      const on = (e.currentTarget as HTMLInputElement).checked; // read now: currentTarget is gone after the event
                      void handle.update((s) => setSiteEnabled(s, site.id, on));
                    }}
                  />
                  <span class="switch-text">{enabled ? t('popup.onHere') : t('popup.offHere')}</span>
                </label>
              )}
            </div>
            {settings && enabled && (
              <div class="guard-line">
                <label for="popup-guard">{t('guardMode.label')}</label>
                <select
                  id="popup-guard"
                  value={guard}
                  title={guardWords.help}
                  disabled={readOnly}
                  aria-describedby="popup-guard-help"
                  data-testid="guard-mode"
                  onChange={(e) => {
                    const mode = (e.currentTarget as HTMLSelectElement).value as GuardMode;
                    void handle.update((s) => setGuardMode(s, site.id, mode));
                  }}
                >
                  {GUARD_MODES.map((m) => (
                    <option key={m} value={m}>
                      {guardModeWords(m).label}
                    </option>
                  ))}
                </select>
                <span class="visually-hidden" id="popup-guard-help">
                  {guardWords.help}
                </span>
              </div>
            )}
            {view.kind === 'other-page' ? (
              <p class="empty" data-testid="live-empty">
                {t('popup.otherPage')}
              </p>
            ) : !enabled ? (
              <p class="empty" data-testid="live-off">
                {t('popup.siteOff')}
              </p>
            ) : view.kind === 'no-answer' ? (
              <p class="empty" data-testid="live-no-answer">
                {t('popup.noAnswer')}
              </p>
            ) : view.kind === 'state' ? (
              <LiveReport state={view.state} />
            ) : null}
          </>
        )}
      </section>

      {settings && <PendingList settings={settings} update={handle.update} now={handle.now} readOnly={readOnly} idPrefix="popup-pending" />}

      <section class="limits-section" aria-labelledby="limits-heading">
        <div class="section-head">
          <h2 id="limits-heading">{t('popup.yourLimits')}</h2>
          {site && (
            <div class="scope" role="radiogroup" aria-label={t('popup.whichLimits')}>
              <label>
                <input
                  type="radio"
                  name="scope"
                  value="global"
                  checked={scope.kind === 'global'}
                  data-testid="scope-global"
                  onChange={() => {
                    setScopeChosen(true);
                    setScopeKind('global');
                  }}
                />
                {t('popup.scopeAll')}
              </label>
              <label>
                <input
                  type="radio"
                  name="scope"
                  value="site"
                  checked={scope.kind === 'site'}
                  data-testid="scope-site"
                  onChange={() => {
                    setScopeChosen(true);
                    setScopeKind('site');
                  }}
                />
                {t('popup.scopeHere')}
              </label>
            </div>
          )}
        </div>
        {settings ? (
          <LimitsForm settings={settings} scope={scope} update={handle.update} readOnly={readOnly} idPrefix="popup" compact />
        ) : (
          <p class="muted">{t('popup.loadingLimits')}</p>
        )}
      </section>
    </main>
  );
}
