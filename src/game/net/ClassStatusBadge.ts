// A small badge under the toolbar for a pupil in a class: the class name when every result is
// sent, how many results are waiting otherwise, and a warning when the card login is needed.
import { onLanguageChange, t } from '../../i18n/i18n';
import { classMembership } from '../state/ClassMembership';
import { onPendingChange, pendingResults } from './AttemptOutbox';

let badge: HTMLElement | null = null;

/** Draws the badge again (after joining, logging in or a refresh). */
export function renderClassStatus(): void {
  if (!badge) return;
  const membership = classMembership();
  const pending = pendingResults();
  badge.hidden = membership === null;
  badge.dataset.pending = String(pending);
  if (!membership) return;
  const state = membership.loggedOut ? 'logged-out' : pending > 0 ? 'waiting' : 'sent';
  badge.dataset.state = state;
  badge.textContent =
    state === 'logged-out'
      ? `⚠ ${t('game.classroom.badge.loggedOut')}`
      : state === 'waiting'
        ? `✉ ${t('game.classroom.badge.waiting', { count: pending })}`
        : `✓ ${t('game.classroom.badge.sent', { className: membership.className })}`;
  badge.title = t('game.classroom.badge.explain');
  badge.style.background = state === 'sent' ? '#1f6f43' : '#7a4b00';
}

export function installClassStatus(): void {
  badge = document.createElement('div');
  badge.id = 'class-status';
  badge.setAttribute('role', 'status');
  Object.assign(badge.style, {
    position: 'fixed',
    top: '56px',
    right: '8px',
    zIndex: '3',
    padding: '4px 12px',
    borderRadius: '10px',
    border: '2px solid #ffffff88',
    color: '#fff',
    fontSize: '0.95rem',
    pointerEvents: 'none',
    maxWidth: '40vw',
  });
  document.body.append(badge);
  onPendingChange(renderClassStatus);
  onLanguageChange(renderClassStatus);
  renderClassStatus();
}
