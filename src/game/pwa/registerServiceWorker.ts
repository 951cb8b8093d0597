// Registers the service worker that vite-plugin-pwa generates (the game precached for offline
// play) and holds a new version back until the game says it is a safe moment to switch.
/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

let update: ((reloadPage?: boolean) => Promise<void>) | null = null;
let waiting = false;
const listeners = new Set<() => void>();

/** Starts the service worker (production builds only; the dev server has none). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  update = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      for (const listener of listeners) listener();
    },
  });
}

/** True when a newer version is downloaded and waits for a safe moment. */
export const updateWaiting = (): boolean => waiting;

/** Calls `listener` when a newer version is ready; returns the unsubscribe function. */
export function onUpdateReady(listener: () => void): () => void {
  listeners.add(listener);
  if (waiting) listener();
  return () => listeners.delete(listener);
}

/** Switches to the waiting version and reloads the page; progress is saved, so play resumes. */
export function applyUpdate(): void {
  if (waiting && update) void update(true);
}
