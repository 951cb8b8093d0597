// Bookkeeping shared by the task views that redraw themselves after every change: the game
// objects and buttons drawn, keyboard focus kept on the same control across redraws.
import type Phaser from 'phaser';
import type { Button } from '../../ui/Button';
import { FocusList } from '../../ui/FocusList';

export class ViewParts {
  readonly focus = new FocusList();
  private objects: Phaser.GameObjects.GameObject[] = [];
  private buttons: Button[] = [];
  private focusedId: string | null = null;

  /** Removes everything drawn, remembering which control had the focus. */
  clear(): void {
    this.focusedId = this.focus.focused()?.id ?? this.focusedId;
    for (const o of this.objects) o.destroy();
    for (const b of this.buttons) b.destroy();
    this.objects = [];
    this.buttons = [];
    this.focus.clear();
  }

  add<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.objects.push(object);
    return object;
  }

  /** A button that takes part in the keyboard focus order (unless `focusable` is false). */
  button(button: Button, focusable = true): Button {
    this.buttons.push(button);
    if (focusable) this.focus.add(button);
    return button;
  }

  /** Puts the focus back on the control that had it before the redraw. */
  restoreFocus(): void {
    if (this.focusedId) this.focus.focusId(this.focusedId);
  }

  destroy(): void {
    this.clear();
    this.focusedId = null;
  }
}

/** A whole number the pupil sets with Up/Down (Shift: a bigger step) or by typing digits. */
export class NumberField {
  private typing = false;

  constructor(
    public value: number,
    private readonly options: { min: number; max: number; step: number; bigStep: number; decimals?: number },
  ) {}

  set(value: number): void {
    const { min, max } = this.options;
    const factor = 10 ** (this.options.decimals ?? 0);
    this.value = Math.min(max, Math.max(min, Math.round(value * factor) / factor));
  }

  /** One small step up or down (the -/+ buttons). */
  nudge(direction: 1 | -1): void {
    this.typing = false;
    this.set(this.value + direction * this.options.step);
  }

  /** Any key other than a digit ends typing, so the next digit starts a fresh number. */
  endTyping(): void {
    this.typing = false;
  }

  /** Returns true when the key changed or belongs to this field. */
  handleKey(event: KeyboardEvent): boolean {
    const { step, bigStep } = this.options;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      this.typing = false;
      this.set(this.value + (event.key === 'ArrowUp' ? 1 : -1) * (event.shiftKey ? bigStep : step));
      return true;
    }
    if (/^[0-9]$/.test(event.key)) {
      const digits = this.typing ? `${Math.trunc(this.value)}${event.key}` : event.key;
      this.typing = true;
      this.set(Number(digits));
      return true;
    }
    if (event.key === 'Backspace') {
      this.typing = true;
      this.set(Math.trunc(this.value / 10));
      return true;
    }
    return false;
  }
}
