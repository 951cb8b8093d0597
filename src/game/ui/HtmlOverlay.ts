// The HTML layer over the canvas: the always-present toolbar (language, mute, settings), the
// settings dialog, and small dialogs with real form fields (nickname, class code). Real HTML
// keeps these accessible to screen readers and native keyboards on tablets.
import { currentLanguage, onLanguageChange, setLanguage, t } from '../../i18n/i18n';
import { LANGUAGES, type Language } from '../../i18n/resources';
import { playEffect } from '../audio/SoundBoard';
import { onSettingsChange, settings, TEXT_SCALES, updateSettings } from '../state/Settings';

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

let toolbar: HTMLElement | null = null;
let dialog: HTMLDialogElement | null = null;

function renderToolbar(): void {
  if (!toolbar) return;
  const s = settings();
  toolbar.replaceChildren(
    ...LANGUAGES.map((language: Language) =>
      el('button', {
        type: 'button',
        textContent: language.toUpperCase(),
        className: language === currentLanguage() ? 'active' : '',
        ariaPressed: String(language === currentLanguage()),
        title: t(`game.language.${language}`),
        onclick: () => setLanguage(language),
      }),
    ),
    el('button', {
      type: 'button',
      textContent: s.muted ? '✕♫' : '♫',
      title: t(s.muted ? 'game.settings.unmute' : 'game.settings.mute'),
      ariaLabel: t(s.muted ? 'game.settings.unmute' : 'game.settings.mute'),
      onclick: () => updateSettings({ muted: !settings().muted }),
    }),
    el('button', {
      type: 'button',
      textContent: '⚙',
      title: t('game.settings.title'),
      ariaLabel: t('game.settings.title'),
      onclick: () => openSettings(),
    }),
  );
}

/** Creates the toolbar once; it re-renders itself on language and settings changes. */
export function installToolbar(): void {
  toolbar = el('nav', { id: 'toolbar', ariaLabel: 'Festivalmakers' });
  document.body.append(toolbar);
  renderToolbar();
  onLanguageChange(() => {
    renderToolbar();
    if (dialog?.dataset.kind === 'settings') openSettings();
  });
  onSettingsChange(renderToolbar);
}

export function closeDialog(): void {
  dialog?.close();
  dialog?.remove();
  dialog = null;
}

export const dialogOpen = (): boolean => dialog !== null;

export function showDialog(kind: string, title: string, body: HTMLElement[]): HTMLDialogElement {
  closeDialog();
  dialog = el('dialog', { className: 'panel' }, [el('h2', { textContent: title }), ...body]);
  dialog.dataset.kind = kind;
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    closeDialog();
  });
  // Keys typed in a dialog must not also move the avatar or press canvas buttons.
  dialog.addEventListener('keydown', (e) => e.stopPropagation());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

function checkbox(label: string, checked: boolean, onChange: (value: boolean) => void): HTMLElement {
  const input = el('input', { type: 'checkbox', checked, onchange: () => onChange(input.checked) });
  return el('label', { className: 'row' }, [input, ` ${label}`]);
}

function slider(label: string, value: number, onChange: (value: number) => void): HTMLElement {
  const input = el('input', {
    type: 'range',
    min: '0',
    max: '100',
    value: String(Math.round(value * 100)),
    oninput: () => onChange(Number(input.value) / 100),
  });
  return el('label', { className: 'row' }, [`${label} `, input]);
}

export function openSettings(): void {
  const s = settings();
  const size = el(
    'select',
    { onchange: () => updateSettings({ textScale: Number(size.value) as (typeof TEXT_SCALES)[number] }) },
    TEXT_SCALES.map((scale, i) =>
      el('option', {
        value: String(scale),
        selected: s.textScale === scale,
        textContent: t(`game.settings.textSize${i}`),
      }),
    ),
  );
  const done = el('button', { type: 'button', textContent: t('game.common.close'), onclick: closeDialog });
  showDialog('settings', t('game.settings.title'), [
    slider(t('game.settings.music'), s.musicVolume, (v) => updateSettings({ musicVolume: v })),
    slider(t('game.settings.effects'), s.effectsVolume, (v) => {
      updateSettings({ effectsVolume: v });
      playEffect('click');
    }),
    checkbox(t('game.settings.muted'), s.muted, (v) => updateSettings({ muted: v })),
    el('label', { className: 'row' }, [`${t('game.settings.textSize')} `, size]),
    checkbox(t('game.settings.reducedMotion'), s.reducedMotion, (v) => updateSettings({ reducedMotion: v })),
    checkbox(t('game.settings.highContrast'), s.highContrast, (v) => updateSettings({ highContrast: v })),
    el('div', { className: 'actions' }, [done]),
  ]);
  done.focus();
}

export interface FormDialogOptions {
  kind: string;
  title: string;
  intro: string;
  label: string;
  value: string;
  maxLength: number;
  submitLabel: string;
  /** Returns an error text to show, or null to close the dialog. */
  onSubmit: (value: string) => Promise<string | null> | string | null;
  extraButton?: { label: string; onClick: (input: HTMLInputElement) => void };
}

/** A dialog with one text field, an error line and a submit button. */
export function openFormDialog(o: FormDialogOptions): void {
  const input = el('input', { type: 'text', value: o.value, maxLength: o.maxLength, autocomplete: 'off' });
  input.id = `field-${o.kind}`;
  const error = el('p', { className: 'error', role: 'alert' });
  const submit = async () => {
    const problem = await o.onSubmit(input.value);
    if (problem === null) closeDialog();
    else error.textContent = problem;
  };
  const form = el(
    'form',
    {
      onsubmit: (e: Event) => {
        e.preventDefault();
        void submit();
      },
    },
    [
      el('p', { textContent: o.intro }),
      el('label', { htmlFor: input.id, textContent: o.label }),
      input,
      error,
      el('div', { className: 'actions' }, [
        ...(o.extraButton
          ? [
              el('button', {
                type: 'button',
                textContent: o.extraButton.label,
                onclick: () => o.extraButton?.onClick(input),
              }),
            ]
          : []),
        el('button', { type: 'button', textContent: t('game.common.cancel'), onclick: closeDialog }),
        el('button', { type: 'submit', textContent: o.submitLabel, className: 'primary' }),
      ]),
    ],
  );
  showDialog(o.kind, o.title, [form]);
  input.focus();
  input.select();
}
