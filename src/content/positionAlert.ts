import { h, render } from 'preact';
import { CrossingWatch, type PositionHealth } from '../guard/positionHealth';
import { ticketLostCss } from '../ui/overlay/styles';
import { PositionAlert } from '../ui/overlay/PositionAlert';
import { createShadowUi, type ShadowUi } from '../ui/overlay/shadowHost';

/**
 * The corner notice for open positions that drifted below the trader's minimum distance to
 * liquidation: shown once per crossing (a position that stays below is not announced again), kept
 * until the trader closes it or the site is switched off.
 */
export function createPositionAlert(): { check(health: PositionHealth[] | null, min: number | null): void; clear(): void } {
  const watch = new CrossingWatch();
  let ui: ShadowUi | null = null;
  const clear = () => {
    ui?.remove();
    ui = null;
  };
  return {
    check(health, min) {
      const crossed = watch.crossed(health);
      if (crossed.length === 0 || min == null) return;
      clear();
      ui = createShadowUi({ name: 'leverage-guard-positions', css: ticketLostCss, anchor: document.body, append: 'last' });
      render(h(PositionAlert, { positions: crossed, min, onClose: clear }), ui.container);
    },
    clear,
  };
}
