// Music and effects through howler. Nothing loads or plays before the pupil's first tap or key
// (browsers and classrooms both prefer it); volumes and mute follow the settings.
import { Howl } from 'howler';
import cheerUrl from '../../../assets/audio/cheer.wav?url';
import clickUrl from '../../../assets/audio/click.wav?url';
import failUrl from '../../../assets/audio/fail.wav?url';
import musicUrl from '../../../assets/audio/music.wav?url';
import successUrl from '../../../assets/audio/success.wav?url';
import { onSettingsChange, settings } from '../state/Settings';

export type Effect = 'click' | 'success' | 'fail' | 'cheer';
const EFFECT_URLS: Record<Effect, string> = {
  click: clickUrl,
  success: successUrl,
  fail: failUrl,
  cheer: cheerUrl,
};

let unlocked = false;
let music: Howl | null = null;
const effects = new Map<Effect, Howl>();

function applySettings(): void {
  const s = settings();
  music?.volume(s.muted ? 0 : s.musicVolume * 0.6);
  for (const howl of effects.values()) howl.volume(s.muted ? 0 : s.effectsVolume);
}

/** Starts the sound system after the first user gesture; later calls do nothing. */
export function unlockSound(): void {
  if (unlocked) return;
  unlocked = true;
  music = new Howl({ src: [musicUrl], loop: true, html5: false });
  for (const [name, url] of Object.entries(EFFECT_URLS) as [Effect, string][]) {
    effects.set(name, new Howl({ src: [url] }));
  }
  applySettings();
  music.play();
  onSettingsChange(applySettings);
}

/** Installs the one-time listeners that unlock sound on the first tap, click or key. */
export function unlockSoundOnFirstGesture(): void {
  const once = () => {
    window.removeEventListener('pointerdown', once);
    window.removeEventListener('keydown', once);
    unlockSound();
  };
  window.addEventListener('pointerdown', once);
  window.addEventListener('keydown', once);
}

export function playEffect(effect: Effect): void {
  if (!unlocked || settings().muted) return;
  effects.get(effect)?.play();
}

export const soundUnlocked = (): boolean => unlocked;
