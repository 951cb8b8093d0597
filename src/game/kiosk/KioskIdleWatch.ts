// Watches the visitor's taps and keys and runs the kiosk's idle clock (core KioskIdle) on the
// current screen: a "still playing?" countdown over the game, then the reset.
import { KioskIdle, type KioskPhase } from '../../core/kiosk/KioskIdle';
import { t } from '../../i18n/i18n';
import { session } from '../state/session';

const TICK_MS = 250;

/** The idle phase of a scene: the attract loop, the results screen, or a play. */
export function phaseOfScene(scene: string): KioskPhase {
  if (scene === 'KioskAttract' || scene === 'Boot' || scene === 'Preloader') return 'attract';
  return scene === 'Results' ? 'results' : 'play';
}

function makeOverlay(): HTMLDivElement {
  const overlay = document.createElement('div');
  overlay.id = 'kiosk-idle';
  overlay.setAttribute('role', 'alertdialog');
  overlay.style.cssText =
    'position:fixed;inset:0;z-index:5;display:none;place-items:center;text-align:center;' +
    'background:#1d1140dd;color:#fff;font-size:clamp(1.6rem,4vw,3rem);font-weight:bold;padding:5vh';
  document.body.append(overlay);
  return overlay;
}

export function installKioskIdleWatch(onReset: () => void): void {
  const idle = new KioskIdle(performance.now());
  const overlay = makeOverlay();
  const input = () => {
    idle.input(performance.now());
    overlay.style.display = 'none';
  };
  for (const type of ['pointerdown', 'touchstart', 'keydown', 'wheel']) {
    window.addEventListener(type, input, { capture: true, passive: true });
  }
  let scene = '';
  let resetting = false;
  setInterval(() => {
    const now = performance.now();
    if (session.scene !== scene) {
      scene = session.scene;
      idle.enter(phaseOfScene(scene), now);
      resetting = false;
    }
    const state = idle.state(now);
    if (state.kind === 'warning') {
      overlay.replaceChildren(
        Object.assign(document.createElement('p'), { textContent: t('kiosk.idle.warn') }),
        Object.assign(document.createElement('p'), {
          textContent: t('kiosk.idle.countdown', { seconds: state.secondsLeft }),
        }),
      );
      overlay.style.display = 'grid';
    } else overlay.style.display = 'none';
    if (state.kind === 'reset' && !resetting) {
      resetting = true;
      onReset();
    }
  }, TICK_MS);
}
