// The base of every screen: keyboard focus for its buttons, a rebuild on resize, language or
// display-setting changes, clean-up of listeners on shutdown, and the session's scene name.
import Phaser from 'phaser';
import { onLanguageChange } from '../../i18n/i18n';
import { playEffect } from '../audio/SoundBoard';
import { onSettingsChange, type Settings, settings } from '../state/Settings';
import { session } from '../state/session';
import { Button, type ButtonOptions } from '../ui/Button';
import { FocusList } from '../ui/FocusList';
import { dialogOpen } from '../ui/HtmlOverlay';
import { palette, uiScale } from '../ui/theme';

export abstract class FestivalScene<D extends object = object> extends Phaser.Scene {
  protected focus = new FocusList();
  /** Size factor of this layout (1 at 1280x720). */
  protected ui = 1;
  protected sceneData = {} as D;
  private unsubscribe: (() => void)[] = [];
  /** The focused button before a rebuild, focused again after it. */
  private lastFocusId: string | null = null;

  init(data: D): void {
    this.sceneData = data ?? ({} as D);
  }

  create(): void {
    const { width, height } = this.scale;
    this.ui = uiScale(width, height);
    this.cameras.main.setBackgroundColor(palette().background);
    this.focus = new FocusList();
    session.scene = this.scene.key;
    const display = (s: Settings) => `${s.textScale}|${s.highContrast}|${s.reducedMotion}`;
    let shown = display(settings());
    this.unsubscribe = [
      onLanguageChange(() => this.rebuild()),
      onSettingsChange((s) => {
        if (display(s) !== shown) {
          shown = display(s);
          this.rebuild();
        }
      }),
    ];
    let resizeTimer: Phaser.Time.TimerEvent | null = null;
    const onResize = () => {
      resizeTimer?.remove();
      resizeTimer = this.time.delayedCall(120, () => this.rebuild());
    };
    this.scale.on('resize', onResize);
    const onKey = (event: KeyboardEvent) => {
      if (dialogOpen()) return;
      const target = event.target as HTMLElement | null;
      const inHtml = target !== null && target !== document.body && target.tagName !== 'CANVAS';
      if (inHtml && ['Enter', ' ', 'Tab'].includes(event.key)) return;
      if (this.handleKey(event) || this.focus.handleKey(event)) event.preventDefault();
    };
    this.input.keyboard?.on('keydown', onKey);
    this.events.once('shutdown', () => {
      for (const off of this.unsubscribe) off();
      this.scale.off('resize', onResize);
      this.input.keyboard?.off('keydown', onKey);
      this.focus.clear();
      this.cleanup();
    });
    this.build();
    if (this.lastFocusId) this.focus.focusId(this.lastFocusId);
    this.lastFocusId = null;
  }

  /** Draws the screen. */
  protected abstract build(): void;

  /** A key for the screen itself, before the focus list; return true when used. */
  protected handleKey(_event: KeyboardEvent): boolean {
    return false;
  }

  /** Frees anything the scene made outside its display list. */
  protected cleanup(): void {}

  /** Draws the screen again (new size, language or display setting). */
  protected rebuild(): void {
    this.lastFocusId = this.focus.focused()?.id ?? null;
    this.scene.restart(this.sceneData);
  }

  protected button(options: Omit<ButtonOptions, 'scale'>): Button {
    const button = new Button(this, { ...options, scale: this.ui });
    this.focus.add(button);
    return button;
  }

  protected go(key: string, data: object = {}): void {
    playEffect('click');
    this.scene.start(key, data);
  }
}
