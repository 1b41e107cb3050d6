import { useEffect, useState } from 'preact/hooks';
import { OVERLAY_THEMES, loadOverlayPrefs, saveOverlayPrefs, watchOverlayPrefs, type OverlayTheme } from '../../settings/overlayPrefs';
import { t } from '../i18n';

const themeWords = (theme: OverlayTheme): string =>
  theme === 'dark' ? t('options.themeDark') : theme === 'light' ? t('options.themeLight') : t('options.themeAuto');

/**
 * Whether the overlay follows the exchange page's colours or is always dark or light. A preference
 * of this device (`storage.local`): open exchange tabs watch it and redraw at once.
 */
export function OverlayColours() {
  const [theme, setTheme] = useState<OverlayTheme | null>(null);
  useEffect(() => {
    let live = true;
    void loadOverlayPrefs().then((p) => live && setTheme(p.theme));
    const unwatch = watchOverlayPrefs((p) => setTheme(p.theme));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const choose = (next: OverlayTheme) => {
    setTheme(next);
    saveOverlayPrefs((p) => ({ ...p, theme: next })).catch(() => {
      // A look of this screen: the choice shown falls back to what is stored.
      void loadOverlayPrefs().then((p) => setTheme(p.theme));
    });
  };

  return (
    <section aria-labelledby="overlay-heading">
      <h2 id="overlay-heading">{t('options.overlayHeading')}</h2>
      <div class="overlay-colours" role="radiogroup" aria-labelledby="overlay-heading" aria-describedby="overlay-help" data-testid="overlay-colours">
        {OVERLAY_THEMES.map((option) => (
          <label key={option} class="check">
            <input
              type="radio"
              name="overlay-theme"
              value={option}
              checked={theme === option}
              disabled={theme === null}
              data-testid={`overlay-theme-${option}`}
              onChange={() => choose(option)}
            />
            {themeWords(option)}
          </label>
        ))}
      </div>
      <p class="help" id="overlay-help">
        {t('options.overlayHelp')}
      </p>
    </section>
  );
}
