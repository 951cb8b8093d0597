// A labelled number control for the task views: a focusable value button (Up/Down, digits)
// between -/+ buttons for mouse and touch. Only its value text changes when the number does.
import type Phaser from 'phaser';
import { Button } from '../../../ui/Button';
import { palette, textStyle } from '../../../ui/theme';
import type { NumberField, ViewParts } from '../ViewParts';

export interface StepperOptions {
  id: string;
  label: string;
  /** Left edge and vertical centre of the control row, and its full width. */
  x: number;
  y: number;
  width: number;
  scale: number;
  field: NumberField;
  format: (value: number) => string;
  onChange: () => void;
}

export class Stepper {
  readonly value: Button;
  readonly label: Phaser.GameObjects.Text;

  constructor(
    scene: Phaser.Scene,
    parts: ViewParts,
    private readonly options: StepperOptions,
  ) {
    const { id, x, y, width, scale: u, field } = options;
    const side = 40 * u;
    this.label = parts.add(
      scene.add
        .text(x, y - side / 2 - 8 * u, options.label, textStyle(15, u, { color: palette().textDim }))
        .setOrigin(0, 1),
    );
    this.value = parts.button(
      new Button(scene, {
        id,
        x: x + width / 2,
        y,
        width: width - 2 * side - 12 * u,
        height: side,
        label: options.format(field.value),
        scale: u,
        fontPx: 18,
        onPress: () => {},
      }),
    );
    (['-', '+'] as const).forEach((sign) => {
      parts.button(
        new Button(scene, {
          id: `${id}-${sign === '-' ? 'down' : 'up'}`,
          x: sign === '-' ? x + side / 2 : x + width - side / 2,
          y,
          width: side,
          height: side,
          label: sign === '-' ? '−' : '+',
          scale: u,
          fontPx: 22,
          onPress: () => {
            field.nudge(sign === '+' ? 1 : -1);
            this.refresh();
            options.onChange();
          },
        }),
        false,
      );
    });
  }

  /** Handles a key when this stepper has the focus; returns true when the value changed. */
  handleKey(event: KeyboardEvent): boolean {
    if (!this.options.field.handleKey(event)) return false;
    this.refresh();
    this.options.onChange();
    return true;
  }

  refresh(): void {
    this.value.setText(this.options.format(this.options.field.value));
  }
}
