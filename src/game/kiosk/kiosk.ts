// The kiosk while it runs: its event, the visitor's play, the outbox of tries, and the reset
// that returns to the attract screen with nothing of the previous visitor left on the device.
import type Phaser from 'phaser';
import { ApiClient } from '../../client/ApiClient';
import type { Level } from '../../core/levels/LevelSchema';
import { currentLanguage, setLanguage } from '../../i18n/i18n';
import { kioskAttemptResultSchema } from '../../server/promo/promoContract';
import { findLevel, gameLevels } from '../levels/loadLevels';
import { applyUpdate, updateWaiting } from '../pwa/registerServiceWorker';
import { initProgress } from '../state/ProgressStore';
import { settings, updateSettings } from '../state/Settings';
import { session } from '../state/session';
import { closeDialog } from '../ui/HtmlOverlay';
import { installKioskIdleWatch } from './KioskIdleWatch';
import { KioskOutbox } from './KioskOutbox';
import { KioskPlay } from './KioskPlay';
import { type KioskEventStatus, loadKioskEvent } from './kioskEvent';
import { lockKiosk } from './lockKiosk';
import { wipePlayTraces } from './wipePlayTraces';

const COLLECT_MS = 1000;

interface Kiosk {
  game: Phaser.Game;
  token: string;
  status: KioskEventStatus;
  outbox: KioskOutbox;
  play: KioskPlay | null;
  /** The organiser's settings and language, given back to every new visitor. */
  device: { settings: ReturnType<typeof settings>; language: ReturnType<typeof currentLanguage> };
}

let kiosk: Kiosk | null = null;
const listeners = new Set<() => void>();
const changed = () => {
  for (const listener of listeners) listener();
};

/** Calls `listener` when the event loads or the play's standing changes; returns the unsubscribe. */
export function onKioskChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const kioskStatus = (): KioskEventStatus => kiosk?.status ?? { kind: 'loading' };
export const kioskPlay = (): KioskPlay | null => kiosk?.play ?? null;
export const kioskOutbox = (): KioskOutbox | null => kiosk?.outbox ?? null;

/** The event's level, or the first promo level when the event is not known (offline start). */
export function kioskLevel(): Level | undefined {
  const status = kioskStatus();
  const chosen = status.kind === 'ready' && status.event ? findLevel(status.event.levelId) : undefined;
  return chosen ?? gameLevels().levels.find((l) => l.promo);
}

/** Starts kiosk mode: wipes what an interrupted play left, loads the event, locks the page. */
export function startKiosk(game: Phaser.Game, token: string): void {
  void wipePlayTraces();
  initProgress();
  const api = new ApiClient();
  const outbox = new KioskOutbox({
    send: (attempt) => api.request('POST', '/api/kiosk/attempts', attempt, kioskAttemptResultSchema),
  });
  kiosk = {
    game,
    token,
    status: { kind: 'loading' },
    outbox,
    play: null,
    device: { settings: { ...settings() }, language: currentLanguage() },
  };
  outbox.onResult((result) => {
    const play = kiosk?.play;
    if (play && play.playId === result.play.playId) {
      play.standing = { points: result.play.points, rank: result.play.rank };
      changed();
    }
  });
  void outbox.start();
  void loadKioskEvent(token).then((status) => {
    if (kiosk) kiosk.status = status;
    changed();
  });
  lockKiosk();
  installKioskIdleWatch(() => void resetKiosk());
  setInterval(collectTries, COLLECT_MS);
}

/** A new visitor plays under this nickname. */
export function beginPlay(nickname: string): KioskPlay | null {
  const level = kioskLevel();
  if (!kiosk || !level) return null;
  kiosk.play = new KioskPlay(nickname, level, kiosk.token);
  return kiosk.play;
}

/** Hands the play's new tries to the outbox (also called every second). */
export function collectTries(): void {
  const play = kiosk?.play;
  if (!kiosk || !play) return;
  for (const attempt of play.newTries(new Date())) void kiosk.outbox.add(attempt);
}

/** Ends the play: its tries go to the outbox, everything else of it is wiped; back to attract. */
export async function resetKiosk(): Promise<void> {
  if (!kiosk) return;
  collectTries();
  kiosk.play = null;
  closeDialog();
  const wiped = wipePlayTraces();
  initProgress();
  Object.assign(session, {
    levelId: null,
    taskId: null,
    variant: null,
    solve: null,
    submit: null,
    avatarM: null,
  });
  updateSettings(kiosk.device.settings);
  if (currentLanguage() !== kiosk.device.language) setLanguage(kiosk.device.language);
  if (updateWaiting()) {
    // Between two visitors is the safe moment for a new version.
    await wiped;
    applyUpdate();
    return;
  }
  const active = kiosk.game.scene.getScenes(true)[0];
  if (active) active.scene.start('KioskAttract');
  else kiosk.game.scene.start('KioskAttract');
}
