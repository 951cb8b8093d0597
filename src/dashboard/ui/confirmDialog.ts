// A clear confirmation before something is deleted for good: a modal <dialog> that says what
// will be lost, with "cancel" focused first so Enter or Escape never deletes by accident.
import { h } from '../dom/h';
import { t } from '../i18n';

export interface Confirmation {
  title: string;
  body: string;
  confirmLabel: string;
}

/** Resolves true only when the teacher presses the confirm button. */
export function confirmDialog({ title, body, confirmLabel }: Confirmation): Promise<boolean> {
  return new Promise((resolve) => {
    const cancel = h('button', { type: 'button', class: 'button' }, t('dashboard.common.cancel'));
    const confirm = h('button', { type: 'button', class: 'button danger' }, confirmLabel);
    const dialog = h(
      'dialog',
      { class: 'confirm', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-body' },
      h('h2', { id: 'confirm-title' }, title),
      h('p', { id: 'confirm-body' }, body),
      h('div', { class: 'actions' }, cancel, confirm),
    );
    const close = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    cancel.addEventListener('click', () => close(false));
    confirm.addEventListener('click', () => close(true));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      close(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
