// A small HTML notice when a new version of the game is ready: the pupil chooses the moment
// (the page reloads and resumes from the saved progress), so a running task is never cut off.
import { onLanguageChange, t } from '../../i18n/i18n';
import { applyUpdate, onUpdateReady } from './registerServiceWorker';

export function installUpdateNotice(): void {
  let button: HTMLButtonElement | null = null;
  const render = () => {
    if (button) button.textContent = `⟳ ${t('kiosk.pwa.updateReady')}`;
  };
  onUpdateReady(() => {
    if (button) return;
    button = document.createElement('button');
    button.type = 'button';
    button.id = 'update-notice';
    button.style.cssText =
      'position:fixed;bottom:10px;right:10px;z-index:3;font:inherit;font-size:1rem;padding:8px 14px;' +
      'border-radius:10px;border:2px solid #fff;background:#ff4fa3;color:#fff;cursor:pointer';
    button.onclick = () => applyUpdate();
    render();
    document.body.append(button);
  });
  onLanguageChange(render);
}
