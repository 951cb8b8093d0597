// A labelled form field: label, input and an optional hint tied together for screen readers.
import { type Attrs, h } from '../dom/h';

let counter = 0;

export function field(
  label: string,
  input: Attrs,
  hint?: string,
): { wrapper: HTMLDivElement; input: HTMLInputElement } {
  counter += 1;
  const id = `field-${counter}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const el = h('input', { id, ...input, 'aria-describedby': hintId });
  const wrapper = h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    el,
  );
  return { wrapper, input: el };
}
