// The view of the 'power-plan' kind: type how many watts one circuit carries, pick up each
// device and put it on a circuit (the load bars fill against the pupil's own limit), and
// choose a generator. Keys: Tab moves, Space picks up a device or drops it on the focused
// circuit, 1-9 drop the picked-up device on that circuit, digits/Up/Down set the limit.
import type Phaser from 'phaser';
import { circuitLoadsW } from '../../../core/tasks/powerPlan/electricalLoad';
import type { PowerPlanAnswer, PowerPlanVariant } from '../../../core/tasks/powerPlan/PowerPlanTask';
import { Button } from '../../ui/Button';
import { palette, textStyle, uiScale } from '../../ui/theme';
import type { TaskView, TaskViewContext } from '../TaskView';
import { NumberField, ViewParts } from './ViewParts';

const DEVICE_COLOUR: Record<string, number> = {
  speaker: 0xff4fa3,
  subwoofer: 0x8c6cff,
  'moving-head': 0xffd23f,
  'fog-machine': 0x9fb8d0,
  'food-truck': 0xff8c42,
};

export function createPowerPlanView(context: TaskViewContext): TaskView {
  const { scene, t } = context;
  const v = context.variant as PowerPlanVariant;
  const parts = new ViewParts();
  const limit = new NumberField(0, { min: 0, max: 99_999, step: 10, bigStep: 100 });
  const circuitOf: (number | null)[] = v.devices.map(() => null);
  let picked: number | null = null;
  let generatorKva: number | null = null;
  let area = context.area;

  const answer = (): PowerPlanAnswer | null =>
    limit.value > 0 && generatorKva !== null && circuitOf.every((c) => c !== null)
      ? { limitW: limit.value, circuitOf: circuitOf.map((c) => c ?? 0), generatorKva }
      : null;
  const changed = () => {
    render();
    context.onAnswerChange(answer());
  };
  const drop = (circuit: number | null) => {
    if (picked === null) return;
    circuitOf[picked] = circuit;
    picked = null;
    changed();
  };

  const render = () => {
    parts.clear();
    const u = uiScale(scene.scale.width, scene.scale.height);
    const p = palette();
    const { x, y, width } = area;
    const intro = parts.add(
      scene.add.text(x + 8, y, t('tasks.powerPlan.instruction', { breaker: v.breakerA }), {
        ...textStyle(18, u, { fontStyle: 'bold' }),
        wordWrap: { width: width - 16 },
      }),
    );
    // The circuit limit, typed or stepped.
    const rowY = intro.y + intro.height + 30 * u;
    const label = parts.add(
      scene.add
        .text(x + 8, rowY, t('tasks.powerPlan.limitLabel', { breaker: v.breakerA }), textStyle(18, u))
        .setOrigin(0, 0.5),
    );
    const fieldX = label.x + label.width + 85 * u;
    parts.button(
      new Button(scene, {
        id: 'limit',
        x: fieldX,
        y: rowY,
        width: 150 * u,
        height: 40 * u,
        label: `${limit.value} W`,
        scale: u,
        fontPx: 20,
        onPress: () => {},
      }),
    );
    [-100, -10, 10, 100].forEach((d, i) => {
      parts.button(
        new Button(scene, {
          id: `limit-${d}`,
          x: fieldX + 120 * u + i * 58 * u,
          y: rowY,
          width: 52 * u,
          height: 36 * u,
          label: d > 0 ? `+${d}` : `${d}`,
          scale: u,
          fontPx: 14,
          onPress: () => {
            limit.set(limit.value + d);
            changed();
          },
        }),
        false,
      );
    });
    // Unplugged devices on a shelf; circuits as columns with load bars.
    const cardW = Math.min(150 * u, (width - 16) / Math.max(v.circuits, 5) - 8);
    const cardH = 40 * u;
    const shelfY = rowY + 44 * u;
    const shelf = parts.button(
      new Button(scene, {
        id: 'shelf',
        x: x + 70 * u,
        y: shelfY + cardH / 2,
        width: 130 * u,
        height: cardH,
        label: t('tasks.powerPlan.unplugged'),
        scale: u,
        fontPx: 13,
        onPress: () => drop(null),
      }),
      false,
    );
    shelf.setSelected(false);
    const colW = (width - 16) / v.circuits;
    const headY = shelfY + cardH * 2 + 30 * u;
    const loads = circuitLoadsW(
      v.devices.map((d) => d.drawW),
      circuitOf.map((c) => c ?? -1),
      v.circuits,
    );
    const g = parts.add(scene.add.graphics());
    const deviceButtons: Button[] = [];
    let shelfIndex = 0;
    const perCircuit = Array.from({ length: v.circuits }, () => 0);
    v.devices.forEach((d, i) => {
      const c = circuitOf[i] ?? null;
      let cx: number;
      let cy: number;
      if (c === null) {
        const perRow = Math.max(1, Math.floor((width - 150 * u) / (cardW + 8)));
        cx = x + 150 * u + (shelfIndex % perRow) * (cardW + 8) + cardW / 2;
        cy = shelfY + Math.floor(shelfIndex / perRow) * (cardH + 6) + cardH / 2;
        shelfIndex++;
      } else {
        cx = x + 8 + colW * c + colW / 2;
        cy = headY + 70 * u + (perCircuit[c] ?? 0) * (cardH + 6) + cardH / 2;
        perCircuit[c] = (perCircuit[c] ?? 0) + 1;
      }
      const b = new Button(scene, {
        id: `device-${i}`,
        x: cx,
        y: cy,
        width: Math.min(cardW, colW - 10),
        height: cardH,
        label: `${t(`tasks.powerPlan.device.${d.type}`)}\n${t('tasks.powerPlan.drawW', { watt: d.drawW })}`,
        scale: u,
        fontPx: 13,
        onPress: () => {
          picked = picked === i ? null : i;
          render();
        },
      });
      b.setSelected(picked === i);
      deviceButtons.push(parts.button(b));
      g.fillStyle(DEVICE_COLOUR[d.type] ?? 0xffffff).fillCircle(
        cx - Math.min(cardW, colW - 10) / 2 + 10 * u,
        cy,
        6 * u,
      );
    });
    for (let c = 0; c < v.circuits; c++) {
      const cx = x + 8 + colW * c + colW / 2;
      const load = loads[c] ?? 0;
      const over = limit.value > 0 && load > limit.value;
      const barW = colW - 20;
      g.fillStyle(0x000000, 0.35).fillRoundedRect(cx - barW / 2, headY + 28 * u, barW, 16 * u, 6);
      if (limit.value > 0 && load > 0)
        g.fillStyle(over ? p.bad : p.good).fillRoundedRect(
          cx - barW / 2,
          headY + 28 * u,
          barW * Math.min(1, load / limit.value),
          16 * u,
          6,
        );
      g.lineStyle(2, 0xffffff, 0.25).strokeRoundedRect(
        cx - colW / 2 + 4,
        headY - 24 * u,
        colW - 8,
        area.bottom - 90 * u - headY,
        10,
      );
      parts.add(
        scene.add
          .text(cx, headY + 50 * u, `${load} W`, textStyle(15, u, { color: over ? '#ff8080' : p.textDim }))
          .setOrigin(0.5, 0),
      );
      parts.button(
        new Button(scene, {
          id: `circuit-${c}`,
          x: cx,
          y: headY,
          width: colW - 14,
          height: 40 * u,
          label: t('tasks.powerPlan.circuit', { number: c + 1 }),
          scale: u,
          fontPx: 16,
          onPress: () => drop(c),
        }),
      );
    }
    // Generator sizes.
    const genY = area.bottom - 26 * u;
    const total = v.devices.reduce((s, d) => s + d.drawW, 0);
    parts.add(
      scene.add.text(
        x + 8,
        genY - 46 * u,
        `${t('tasks.powerPlan.generator')} · ${total} W`,
        textStyle(17, u, { fontStyle: 'bold' }),
      ),
    );
    const genW = Math.min(90 * u, (width - 16) / v.generatorSizesKva.length - 6);
    v.generatorSizesKva.forEach((kva, i) => {
      const b = new Button(scene, {
        id: `generator-${kva}`,
        x: x + 8 + i * (genW + 6) + genW / 2,
        y: genY,
        width: genW,
        height: 40 * u,
        label: `${kva} kVA`,
        scale: u,
        fontPx: 14,
        onPress: () => {
          generatorKva = kva;
          changed();
        },
      });
      b.setSelected(generatorKva === kva);
      parts.button(b);
    });
    parts.restoreFocus();
  };
  render();

  return {
    answer,
    handleKey(event) {
      const focused = parts.focus.focused()?.id;
      if (focused === 'limit' && limit.handleKey(event)) {
        changed();
        return true;
      }
      limit.endTyping();
      if (picked !== null && /^[1-9]$/.test(event.key) && Number(event.key) <= v.circuits) {
        drop(Number(event.key) - 1);
        return true;
      }
      return parts.focus.handleKey(event);
    },
    resize(next: Phaser.Geom.Rectangle) {
      area = next;
      render();
    },
    destroy() {
      parts.destroy();
    },
  };
}
