// Small shared pieces of page text: an error box for a failed call, a status line, and the
// wording of an API error in the teacher's language.
import { ApiError } from '../api/ApiError';
import { h } from '../dom/h';
import { t } from '../i18n';

/** The teacher-facing text of an error thrown by a call. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    const key = `dashboard.errors.${error.code}`;
    const known = ['bad-request', 'unauthorized', 'forbidden', 'not-found', 'conflict', 'rate-limited'];
    return known.includes(error.code) ? t(key) : t('dashboard.errors.unknown');
  }
  return t('dashboard.errors.network');
}

/** An element that screen readers announce when its text changes. */
export const statusLine = (): HTMLParagraphElement =>
  h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });

export const errorBox = (): HTMLParagraphElement => h('p', { class: 'error', role: 'alert', hidden: true });

export function showError(box: HTMLElement, error: unknown): void {
  box.textContent = errorText(error);
  box.hidden = false;
}
