// Keyboard focus for a screen's buttons: Tab / Shift+Tab and the arrow keys move the focus,
// Enter and Space press the focused button. Each scene owns one and clears it on shutdown.
import type { Button } from './Button';

export class FocusList {
  private buttons: Button[] = [];
  private index = -1;

  add(...buttons: Button[]): void {
    this.buttons.push(...buttons);
  }

  clear(): void {
    this.buttons = [];
    this.index = -1;
  }

  all(): readonly Button[] {
    return this.buttons;
  }

  focusId(id: string): void {
    const i = this.buttons.findIndex((b) => b.id === id);
    if (i >= 0) this.focusAt(i);
  }

  focused(): Button | undefined {
    return this.buttons[this.index];
  }

  private focusAt(i: number): void {
    this.buttons[this.index]?.setFocused(false);
    this.index = i;
    this.buttons[i]?.setFocused(true);
  }

  move(delta: number): void {
    const usable = this.buttons.filter((b) => b.isEnabled());
    if (usable.length === 0) return;
    let i = this.index;
    for (let n = 0; n < this.buttons.length; n++) {
      i = (i + delta + this.buttons.length) % this.buttons.length;
      if (this.buttons[i]?.isEnabled()) break;
    }
    this.focusAt(i);
  }

  /** Handles Tab, arrows, Enter and Space; returns true when the key was used. */
  handleKey(event: KeyboardEvent): boolean {
    if (this.buttons.length === 0) return false;
    switch (event.key) {
      case 'Tab':
        this.move(event.shiftKey ? -1 : 1);
        return true;
      case 'ArrowDown':
      case 'ArrowRight':
        this.move(1);
        return true;
      case 'ArrowUp':
      case 'ArrowLeft':
        this.move(-1);
        return true;
      case 'Enter':
      case ' ': {
        const button = this.focused();
        if (!button) return false;
        button.press();
        return true;
      }
      default:
        return false;
    }
  }
}
