// A festive push button drawn in code: rounded, with hover and keyboard-focus states, usable by
// mouse, touch and keyboard (through FocusList). Its centre is exposed for the browser tests.
import type Phaser from 'phaser';
import { palette, textStyle } from './theme';

export interface ButtonOptions {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  scale: number;
  onPress: () => void;
  /** A highlighted main action. */
  primary?: boolean;
  fontPx?: number;
  enabled?: boolean;
}

const liveButtons = new Map<Phaser.Scene, Set<Button>>();

/** The buttons alive in a scene (the test hook reports their centres). */
export const buttonsOf = (scene: Phaser.Scene): Button[] => [...(liveButtons.get(scene) ?? [])];

export class Button {
  readonly id: string;
  private readonly bg: Phaser.GameObjects.Rectangle;
  private readonly ring: Phaser.GameObjects.Rectangle;
  readonly label: Phaser.GameObjects.Text;
  private focused = false;
  private hovered = false;
  private selected = false;
  private enabled: boolean;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: ButtonOptions,
  ) {
    const p = palette();
    const { x, y, width, height } = options;
    this.id = options.id;
    this.enabled = options.enabled ?? true;
    const radius = Math.min(18, height / 2);
    this.ring = scene.add
      .rectangle(x, y, width + 10, height + 10)
      .setRounded(radius + 4)
      .setStrokeStyle(4, p.focus)
      .setVisible(false);
    this.bg = scene.add
      .rectangle(x, y, width, height, options.primary ? p.accent : p.button)
      .setRounded(radius)
      .setStrokeStyle(2, p.panelEdge)
      .setInteractive({ useHandCursor: true });
    this.label = scene.add
      .text(x, y, options.label, {
        ...textStyle(options.fontPx ?? 22, options.scale, {
          color: options.primary ? p.accentText : p.text,
          fontStyle: 'bold',
          align: 'center',
        }),
        wordWrap: { width: width - 16 },
      })
      .setOrigin(0.5);
    this.bg.on('pointerover', () => this.setHover(true));
    this.bg.on('pointerout', () => this.setHover(false));
    this.bg.on('pointerup', () => this.press());
    this.refresh();
    let set = liveButtons.get(scene);
    if (!set) {
      set = new Set();
      liveButtons.set(scene, set);
      scene.events.once('shutdown', () => liveButtons.delete(scene));
    }
    set.add(this);
  }

  isVisible(): boolean {
    return this.bg.visible && this.bg.active;
  }

  get x(): number {
    return this.options.x;
  }

  get y(): number {
    return this.options.y;
  }

  objects(): Phaser.GameObjects.GameObject[] {
    return [this.ring, this.bg, this.label];
  }

  press(): void {
    if (this.enabled) this.options.onPress();
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.refresh();
  }

  /** Marks a chosen option (filled in the accent colour, with a tick). */
  setSelected(selected: boolean): void {
    this.selected = selected;
    this.refresh();
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.refresh();
  }

  isEnabled(): boolean {
    return this.enabled;
  }

  setText(text: string): void {
    this.label.setText(text);
  }

  setDepth(depth: number): this {
    for (const o of [this.ring, this.bg, this.label]) o.setDepth(depth);
    return this;
  }

  setVisible(visible: boolean): void {
    for (const o of [this.ring, this.bg, this.label]) o.setVisible(visible);
    if (visible) this.refresh();
  }

  private setHover(hovered: boolean): void {
    this.hovered = hovered;
    this.refresh();
  }

  private refresh(): void {
    const p = palette();
    const base = this.options.primary || this.selected ? p.accent : p.button;
    this.label.setColor(this.options.primary || this.selected ? p.accentText : p.text);
    this.bg.setStrokeStyle(this.selected ? 5 : 2, this.selected ? 0xffffff : p.panelEdge);
    this.bg.setFillStyle(this.hovered && this.enabled ? p.buttonHover : base, this.enabled ? 1 : 0.4);
    this.label.setAlpha(this.enabled ? 1 : 0.55);
    this.ring.setVisible(this.focused && this.bg.visible);
  }

  destroy(): void {
    liveButtons.get(this.scene)?.delete(this);
    this.ring.destroy();
    this.bg.destroy();
    this.label.destroy();
  }
}
