// The HTML dialogs for a class: join (class code + nickname), log in with the login card on
// another device, and the login card itself, shown large enough to copy onto paper.
import { t } from '../../i18n/i18n';
import type { LoginCard, Membership } from '../state/ClassMembership';
import { closeDialog, showDialog } from '../ui/HtmlOverlay';
import { type ClassAnswer, classLink } from './ClassLink';

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

function field(id: string, label: string, value: string, maxLength: number): [HTMLElement, HTMLInputElement] {
  const input = el('input', { type: 'text', value, maxLength, autocomplete: 'off', spellcheck: false });
  input.id = `field-${id}`;
  input.name = id;
  return [el('div', {}, [el('label', { htmlFor: input.id, textContent: label }), input]), input];
}

interface FormOptions {
  kind: string;
  title: string;
  intro: string;
  fields: { id: string; label: string; value: string; maxLength: number }[];
  submitLabel: string;
  extra?: { label: string; onClick: () => void };
  send: (values: string[]) => Promise<ClassAnswer>;
  onEntered: (membership: Membership) => void;
}

/** A dialog with text fields that asks the class link and shows its translated refusal. */
function openClassForm(o: FormOptions): void {
  const made = o.fields.map((f) => field(f.id, f.label, f.value, f.maxLength));
  const inputs = made.map(([, input]) => input);
  const error = el('p', { className: 'error', role: 'alert' });
  const submit = el('button', { type: 'submit', textContent: o.submitLabel, className: 'primary' });
  const form = el('form', {}, [
    el('p', { textContent: o.intro }),
    ...made.map(([wrap]) => wrap),
    error,
    el('div', { className: 'actions' }, [
      ...(o.extra
        ? [el('button', { type: 'button', textContent: o.extra.label, onclick: o.extra.onClick })]
        : []),
      el('button', { type: 'button', textContent: t('game.common.cancel'), onclick: closeDialog }),
      submit,
    ]),
  ]);
  form.addEventListener('input', () => {
    if (!submit.disabled) error.textContent = '';
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    submit.disabled = true;
    error.textContent = t('game.classroom.busy');
    void o.send(inputs.map((i) => i.value)).then((answer) => {
      submit.disabled = false;
      if (answer.ok) {
        closeDialog();
        o.onEntered(answer.membership);
      } else error.textContent = t(`game.classroom.error.${answer.error}`);
    });
  });
  showDialog(o.kind, o.title, [form]);
  const first = inputs.find((i) => i.value === '') ?? inputs[0];
  first?.focus();
}

export interface EnterOptions {
  code: string;
  nickname: string;
  /** After a join; the caller shows the new login card. */
  onJoined: (membership: Membership) => void;
  /** After a login with the card on this device. */
  onLoggedIn: (membership: Membership) => void;
}

export function openJoinDialog(o: EnterOptions): void {
  openClassForm({
    kind: 'join',
    title: t('game.join.title'),
    intro: t('game.join.intro'),
    fields: [
      { id: 'code', label: t('game.join.code'), value: o.code, maxLength: 12 },
      { id: 'nickname', label: t('game.classroom.nickname'), value: o.nickname, maxLength: 24 },
    ],
    submitLabel: t('game.join.submit'),
    extra: { label: t('game.classroom.haveCard'), onClick: () => openLoginDialog(o) },
    send: ([code = '', nickname = '']) => classLink().joinClass(code, nickname),
    onEntered: o.onJoined,
  });
}

export function openLoginDialog(o: EnterOptions): void {
  openClassForm({
    kind: 'login',
    title: t('game.classroom.login.title'),
    intro: t('game.classroom.login.intro'),
    fields: [
      { id: 'code', label: t('game.join.code'), value: o.code, maxLength: 12 },
      { id: 'nickname', label: t('game.classroom.nickname'), value: o.nickname, maxLength: 24 },
      { id: 'secret', label: t('game.classroom.card.secret'), value: '', maxLength: 64 },
    ],
    submitLabel: t('game.classroom.login.submit'),
    send: ([code = '', nickname = '', secret = '']) => classLink().loginClass(code, nickname, secret),
    onEntered: o.onLoggedIn,
  });
}

function cardLine(name: 'code' | 'nickname' | 'secret', label: string, value: string): HTMLElement {
  const shown = el('span', { textContent: value });
  Object.assign(shown.style, { fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: '1.7rem' });
  shown.style.fontWeight = 'bold';
  shown.dataset.card = name;
  const line = el('div', {}, [el('span', { textContent: label }), shown]);
  Object.assign(line.style, {
    display: 'flex',
    justifyContent: 'space-between',
    gap: '24px',
    alignItems: 'baseline',
  });
  return line;
}

/** Shows the login card to copy down, with what it is for. */
export function openCardDialog(card: LoginCard, className: string, onClose: () => void): void {
  const ticket = el('div', {}, [
    cardLine('code', t('game.join.code'), card.joinCode),
    cardLine('nickname', t('game.classroom.nickname'), card.nickname),
    cardLine('secret', t('game.classroom.card.secret'), card.secret),
  ]);
  ticket.className = 'login-card';
  Object.assign(ticket.style, {
    background: '#fffbea',
    color: '#1d1140',
    border: '3px dashed #ff4fa3',
    borderRadius: '14px',
    padding: '14px 20px',
    display: 'grid',
    gap: '10px',
    margin: '12px 0',
    userSelect: 'text',
  });
  let closed = false;
  const finish = () => {
    if (closed) return;
    closed = true;
    onClose();
  };
  const done = el('button', {
    type: 'button',
    className: 'primary',
    textContent: t('game.classroom.card.done'),
    onclick: () => {
      closeDialog();
      finish();
    },
  });
  const dialog = showDialog('card', t('game.classroom.card.title'), [
    el('p', { textContent: t('game.classroom.card.intro', { className }) }),
    ticket,
    el('p', { textContent: t('game.classroom.card.keepSecret') }),
    el('div', { className: 'actions' }, [done]),
  ]);
  dialog.addEventListener('close', finish, { once: true });
  done.focus();
}
