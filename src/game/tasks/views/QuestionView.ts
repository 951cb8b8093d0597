// The view of the 'question' kind: choice buttons (arrows/Tab move, Space or 1-6 choose), or a
// numeric estimate with a slider and a -/+ stepper (arrows step, Shift+arrows step ten times).
import Phaser from 'phaser';
import type { QuestionVariant } from '../../../core/tasks/question/QuestionTask';
import { localized } from '../../../i18n/i18n';
import { Button } from '../../ui/Button';
import { FocusList } from '../../ui/FocusList';
import { palette, textStyle, uiScale } from '../../ui/theme';
import type { TaskView, TaskViewContext } from '../TaskView';

export function createQuestionView(context: TaskViewContext): TaskView {
  const variant = context.variant as QuestionVariant;
  return variant.mode === 'choice' ? choiceView(context, variant) : estimateView(context, variant);
}

function choiceView(
  context: TaskViewContext,
  variant: Extract<QuestionVariant, { mode: 'choice' }>,
): TaskView {
  const { scene } = context;
  let objects: Phaser.GameObjects.GameObject[] = [];
  let buttons: Button[] = [];
  const focus = new FocusList();
  let chosen: string | null = null;
  const choose = (id: string) => {
    chosen = id;
    for (const b of buttons) b.setSelected(b.id === `option-${id}`);
    context.onAnswerChange({ optionId: id });
  };
  const layout = (area: Phaser.Geom.Rectangle) => {
    for (const o of objects) o.destroy();
    for (const b of buttons) b.destroy();
    focus.clear();
    const u = uiScale(scene.scale.width, scene.scale.height);
    const question = scene.add.text(
      area.x + 10,
      area.y + 6,
      localized(variant.question),
      textStyle(24, u, { fontStyle: 'bold', wordWrap: { width: area.width - 20 } }),
    );
    objects = [question];
    const top = question.y + question.height + 20 * u;
    const gap = 12 * u;
    const h = Math.min(70 * u, (area.bottom - top - gap * variant.order.length) / variant.order.length);
    buttons = variant.order.map((id, i) => {
      const option = variant.options.find((o) => o.id === id);
      return new Button(scene, {
        id: `option-${id}`,
        x: area.centerX,
        y: top + i * (h + gap) + h / 2,
        width: area.width - 40,
        height: h,
        label: `${i + 1}.  ${option ? localized(option.text) : id}`,
        fontPx: 20,
        scale: u,
        onPress: () => choose(id),
      });
    });
    focus.add(...buttons);
    if (chosen) choose(chosen);
  };
  layout(context.area);
  focus.move(1);
  return {
    answer: () => (chosen ? { optionId: chosen } : null),
    handleKey(event) {
      const digit = Number(event.key);
      const id = Number.isInteger(digit) && digit >= 1 ? variant.order[digit - 1] : undefined;
      if (id) {
        choose(id);
        return true;
      }
      return focus.handleKey(event);
    },
    resize: layout,
    destroy() {
      for (const o of objects) o.destroy();
      for (const b of buttons) b.destroy();
    },
  };
}

function estimateView(
  context: TaskViewContext,
  variant: Extract<QuestionVariant, { mode: 'estimate' }>,
): TaskView {
  const { scene } = context;
  const { min, max, step } = variant;
  const snap = (v: number) => Phaser.Math.Clamp(Math.round((v - min) / step) * step + min, min, max);
  let value: number | null = null;
  let objects: Phaser.GameObjects.GameObject[] = [];
  let buttons: Button[] = [];
  let redraw = () => {};
  const set = (v: number) => {
    value = snap(v);
    redraw();
    context.onAnswerChange({ value });
  };
  const layout = (area: Phaser.Geom.Rectangle) => {
    for (const o of objects) o.destroy();
    for (const b of buttons) b.destroy();
    const u = uiScale(scene.scale.width, scene.scale.height);
    const p = palette();
    const question = scene.add.text(
      area.x + 10,
      area.y + 6,
      localized(variant.question),
      textStyle(24, u, { fontStyle: 'bold', wordWrap: { width: area.width - 20 } }),
    );
    const readout = scene.add
      .text(
        area.centerX,
        area.centerY - 40 * u,
        '',
        textStyle(48, u, { fontStyle: 'bold', color: '#ffd23f' }),
      )
      .setOrigin(0.5);
    const trackX = area.x + 80 * u;
    const trackW = area.width - 160 * u;
    const trackY = area.centerY + 50 * u;
    const track = scene.add
      .rectangle(trackX + trackW / 2, trackY, trackW, 14 * u, 0x000000, 0.5)
      .setRounded(7)
      .setInteractive({ useHandCursor: true });
    const knob = scene.add
      .circle(trackX, trackY, 20 * u, p.accent)
      .setStrokeStyle(4, 0xffffff)
      .setInteractive({ draggable: true, useHandCursor: true });
    const fromX = (x: number) => min + ((x - trackX) / trackW) * (max - min);
    track.on('pointerdown', (pointer: Phaser.Input.Pointer) => set(fromX(pointer.x)));
    knob.on('drag', (_pointer: Phaser.Input.Pointer, dragX: number) => set(fromX(dragX)));
    const minText = scene.add
      .text(trackX, trackY + 26 * u, `${min} ${variant.unit}`, textStyle(16, u, { color: p.textDim }))
      .setOrigin(0.5, 0);
    const maxText = scene.add
      .text(
        trackX + trackW,
        trackY + 26 * u,
        `${max} ${variant.unit}`,
        textStyle(16, u, { color: p.textDim }),
      )
      .setOrigin(0.5, 0);
    const bump = (n: number) => set((value ?? (min + max) / 2) + n * step);
    buttons = [
      new Button(scene, {
        id: 'minus',
        x: area.centerX - 150 * u,
        y: area.centerY - 40 * u,
        width: 70 * u,
        height: 60 * u,
        label: '−',
        fontPx: 32,
        scale: u,
        onPress: () => bump(-1),
      }),
      new Button(scene, {
        id: 'plus',
        x: area.centerX + 150 * u,
        y: area.centerY - 40 * u,
        width: 70 * u,
        height: 60 * u,
        label: '+',
        fontPx: 32,
        scale: u,
        onPress: () => bump(1),
      }),
    ];
    objects = [question, readout, track, knob, minText, maxText];
    redraw = () => {
      readout.setText(value === null ? `? ${variant.unit}` : `${value} ${variant.unit}`);
      knob.setX(trackX + (((value ?? min) - min) / (max - min)) * trackW);
    };
    redraw();
  };
  layout(context.area);
  return {
    answer: () => (value === null ? null : { value }),
    handleKey(event) {
      const times = event.shiftKey ? 10 : 1;
      if (event.key === 'ArrowRight' || event.key === 'ArrowUp') set((value ?? min) + times * step);
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') set((value ?? min) - times * step);
      else return false;
      return true;
    },
    resize: layout,
    destroy() {
      for (const o of objects) o.destroy();
      for (const b of buttons) b.destroy();
    },
  };
}
