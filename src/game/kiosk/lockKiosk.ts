// Keeps a visitor inside the kiosk: full screen on the first tap, no long-press menu, no pinch
// zoom, and the browser's back gesture or button stays on the page.

/** Asks for full screen (only works during a tap; a refusal is fine). */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || !root.requestFullscreen) return;
  root.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
}

export function lockKiosk(): void {
  document.addEventListener('contextmenu', (e) => e.preventDefault());
  document.addEventListener('dragstart', (e) => e.preventDefault());
  document
    .querySelector('meta[name=viewport]')
    ?.setAttribute(
      'content',
      'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover',
    );
  history.pushState({ kiosk: true }, '', window.location.href);
  window.addEventListener('popstate', () => history.pushState({ kiosk: true }, '', window.location.href));
}
