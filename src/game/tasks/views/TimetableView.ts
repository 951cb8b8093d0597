// The view of the 'timetable' kind: a timeline from opening to past the curfew with one row
// per stage, and a tray of band cards. The pupil drags a band onto a stage at a time (snapped
// to 5 minutes), or back to the tray. Keys: Tab picks a band, Space places it or takes it
// back, Left/Right move it 5 minutes (Shift: 30), Up/Down change its stage.
import Phaser from 'phaser';
import type { TimetableAnswer, TimetableVariant } from '../../../core/tasks/timetable/TimetableTask';
import { breaches, clock, type Slot, STAGE_IDS } from '../../../core/tasks/timetable/timetableRules';
import { palette, textStyle, uiScale } from '../../ui/theme';
import type { TaskView, TaskViewContext } from '../TaskView';

const FAN_COLOUR: Record<string, number> = {
  rock: 0xe8553e,
  hiphop: 0xf2a33a,
  pop: 0xff4fa3,
  electro: 0x3ad6e0,
  metal: 0x7d7d9c,
  folk: 0x37c871,
  jazz: 0x8c6cff,
  reggae: 0xc9d13a,
};
const SNAP_MIN = 5;

export function createTimetableView(context: TaskViewContext): TaskView {
  const { scene, t } = context;
  const v = context.variant as TimetableVariant;
  const placed = new Map<string, Slot>();
  let selected = -1;
  let failing = new Set<string>();
  let objects: Phaser.GameObjects.GameObject[] = [];
  let redraw = () => {};

  const answer = (): TimetableAnswer | null =>
    placed.size === v.bands.length ? { slots: v.bands.map((b) => placed.get(b.id) as Slot) } : null;
  const changed = () => {
    failing = new Set();
    redraw();
    context.onAnswerChange(answer());
  };
  const endMin = v.curfewMin + 60;
  const place = (band: string, stage: number, startMin: number) => {
    const setMin = v.bands.find((b) => b.id === band)?.setMin ?? 0;
    const snapped = Math.round(startMin / SNAP_MIN) * SNAP_MIN;
    placed.set(band, {
      band,
      stage: Phaser.Math.Clamp(stage, 0, v.stages - 1),
      startMin: Phaser.Math.Clamp(snapped, v.openMin, endMin - setMin),
    });
    changed();
  };

  const layout = (area: Phaser.Geom.Rectangle) => {
    for (const o of objects) o.destroy();
    const u = uiScale(scene.scale.width, scene.scale.height);
    const p = palette();
    const instruction = scene.add.text(
      area.x + 8,
      area.y + 4,
      t('tasks.timetable.instruction'),
      textStyle(17, u, { wordWrap: { width: area.width - 16 } }),
    );
    const rules = scene.add.text(
      area.x + 8,
      instruction.y + instruction.height + 6 * u,
      t('tasks.timetable.view.rules', { changeover: v.changeoverMin, curfew: clock(v.curfewMin) }),
      textStyle(18, u, { fontStyle: 'bold', color: '#ffd23f' }),
    );
    const keys = scene.add
      .text(
        area.x + 8,
        area.bottom - 4,
        t('tasks.timetable.view.keys'),
        textStyle(14, u, { color: p.textDim }),
      )
      .setOrigin(0, 1);
    const labelW = 120 * u;
    const x0 = area.x + 8 + labelW;
    const x1 = area.right - 12 * u;
    const pxPerMin = (x1 - x0) / (endMin - v.openMin);
    const xOf = (min: number) => x0 + (min - v.openMin) * pxPerMin;
    const rowTop = rules.y + rules.height + 34 * u;
    const rowH = 62 * u;
    const grid = scene.add.graphics();
    const texts: Phaser.GameObjects.Text[] = [];
    grid.fillStyle(p.bad, 0.18).fillRect(xOf(v.curfewMin), rowTop, x1 - xOf(v.curfewMin), rowH * v.stages);
    for (let s = 0; s < v.stages; s++) {
      grid
        .fillStyle(s % 2 ? 0x2f2066 : 0x382878)
        .fillRect(x0, rowTop + s * rowH, xOf(v.curfewMin) - x0, rowH - 4);
      texts.push(
        scene.add
          .text(
            area.x + 8,
            rowTop + s * rowH + rowH / 2,
            t(`tasks.timetable.stage.${STAGE_IDS[s]}`),
            textStyle(15, u, { fontStyle: 'bold' }),
          )
          .setOrigin(0, 0.5),
      );
    }
    for (let m = Math.ceil(v.openMin / 30) * 30; m <= endMin; m += 30) {
      const full = m % 60 === 0;
      grid
        .lineStyle(1, 0xffffff, full ? 0.35 : 0.12)
        .lineBetween(xOf(m), rowTop - 6 * u, xOf(m), rowTop + v.stages * rowH);
      if (full)
        texts.push(
          scene.add
            .text(xOf(m), rowTop - 8 * u, clock(m), textStyle(13, u, { color: p.textDim }))
            .setOrigin(0.5, 1),
        );
    }
    grid
      .lineStyle(4, p.bad)
      .lineBetween(xOf(v.curfewMin), rowTop - 14 * u, xOf(v.curfewMin), rowTop + v.stages * rowH);
    const windowLayer = scene.add.graphics();
    const trayTop = rowTop + v.stages * rowH + 30 * u;
    texts.push(
      scene.add.text(
        area.x + 8,
        trayTop - 22 * u,
        t('tasks.timetable.view.waiting'),
        textStyle(15, u, { fontStyle: 'bold' }),
      ),
    );
    const cardW = Math.min(200 * u, (area.width - 16) / 4 - 8);
    const cardH = 64 * u;
    const blocks = v.bands.map((band, i) => {
      const container = scene.add.container(0, 0);
      const bg = scene.add.graphics();
      const name = scene.add.text(6 * u, 4 * u, band.name, textStyle(14, u, { fontStyle: 'bold' }));
      const window =
        band.availableFromMin !== undefined
          ? ` · ${t('tasks.timetable.view.available', { from: clock(band.availableFromMin), until: clock(band.availableUntilMin ?? v.curfewMin) })}`
          : '';
      const info = scene.add.text(
        6 * u,
        22 * u,
        `${t('tasks.timetable.view.set', { minutes: band.setMin })} · ${t('tasks.timetable.view.fans', { fans: t(`tasks.timetable.fans.${band.fans}`) })}${window}`,
        textStyle(12, u, { wordWrap: { width: cardW - 12 * u } }),
      );
      container.add([bg, name, info]);
      container.setSize(cardW, cardH);
      container.setInteractive({
        draggable: true,
        useHandCursor: true,
        hitArea: new Phaser.Geom.Rectangle(0, 0, cardW, cardH),
        hitAreaCallback: Phaser.Geom.Rectangle.Contains,
      });
      let grab = { x: 0, y: 0 };
      container.on('dragstart', (pointer: Phaser.Input.Pointer) => {
        selected = i;
        grab = { x: pointer.x - container.x, y: pointer.y - container.y };
        container.setDepth(10);
      });
      container.on('drag', (pointer: Phaser.Input.Pointer) =>
        container.setPosition(pointer.x - grab.x, pointer.y - grab.y),
      );
      container.on('dragend', (pointer: Phaser.Input.Pointer) => {
        container.setDepth(0);
        const stage = Math.floor((pointer.y - rowTop) / rowH);
        if (stage >= 0 && stage < v.stages && pointer.x >= x0 - 20) {
          place(band.id, stage, v.openMin + (container.x - x0) / pxPerMin);
        } else {
          placed.delete(band.id);
          changed();
        }
      });
      container.on('pointerdown', () => {
        selected = i;
        redraw();
      });
      return { band, container, bg, name, info, index: i };
    });
    redraw = () => {
      let trayIndex = 0;
      windowLayer.clear();
      const chosen = v.bands[selected];
      if (chosen?.availableFromMin !== undefined) {
        const a = xOf(chosen.availableFromMin);
        const b = xOf(chosen.availableUntilMin ?? v.curfewMin);
        windowLayer.fillStyle(p.good, 0.18).fillRect(a, rowTop, b - a, v.stages * rowH - 4);
      }
      for (const block of blocks) {
        const slot = placed.get(block.band.id);
        const colour = FAN_COLOUR[block.band.fans] ?? 0x8c6cff;
        const focused = block.index === selected;
        block.bg.clear();
        if (slot) {
          const w = block.band.setMin * pxPerMin;
          block.container.setPosition(xOf(slot.startMin), rowTop + slot.stage * rowH + 4 * u);
          block.bg.fillStyle(colour, 0.95).fillRoundedRect(0, 0, w, rowH - 12 * u, 8);
          block.info.setVisible(false);
          block.name.setText(`${block.band.name}\n${clock(slot.startMin)}`).setCrop(0, 0, w - 8 * u, rowH);
          block.container.setSize(w, rowH - 12 * u);
          (block.container.input?.hitArea as Phaser.Geom.Rectangle | undefined)?.setSize(w, rowH - 12 * u);
          if (failing.has(block.band.id))
            block.bg.lineStyle(5, p.bad).strokeRoundedRect(0, 0, w, rowH - 12 * u, 8);
          if (focused) block.bg.lineStyle(4, p.focus).strokeRoundedRect(-3, -3, w + 6, rowH - 12 * u + 6, 10);
        } else {
          const col = trayIndex % 4;
          const row = Math.floor(trayIndex / 4);
          trayIndex += 1;
          block.container.setPosition(area.x + 8 + col * (cardW + 8), trayTop + row * (cardH + 8));
          block.bg.fillStyle(p.panel).fillRoundedRect(0, 0, cardW, cardH, 8);
          block.bg.fillStyle(colour).fillRoundedRect(0, 0, 6 * u, cardH, 3);
          block.bg
            .lineStyle(focused ? 4 : 1, focused ? p.focus : p.panelEdge)
            .strokeRoundedRect(0, 0, cardW, cardH, 8);
          block.info.setVisible(true);
          block.name.setText(block.band.name).setCrop();
          block.container.setSize(cardW, cardH);
          (block.container.input?.hitArea as Phaser.Geom.Rectangle | undefined)?.setSize(cardW, cardH);
        }
      }
    };
    objects = [instruction, rules, keys, grid, windowLayer, ...texts, ...blocks.map((b) => b.container)];
    redraw();
  };
  layout(context.area);

  return {
    answer,
    handleKey(event) {
      if (event.key === 'Tab') {
        const n = v.bands.length;
        selected = (selected + (event.shiftKey ? n - 1 : 1) + n) % n;
        redraw();
        return true;
      }
      const band = v.bands[selected];
      if (!band) return false;
      const slot = placed.get(band.id);
      if (event.key === ' ') {
        if (slot) {
          placed.delete(band.id);
          changed();
        } else place(band.id, 0, v.openMin);
        return true;
      }
      if (!slot) return false;
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        const by = (event.shiftKey ? 30 : SNAP_MIN) * (event.key === 'ArrowRight' ? 1 : -1);
        place(band.id, slot.stage, slot.startMin + by);
        return true;
      }
      if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        place(band.id, slot.stage + (event.key === 'ArrowDown' ? 1 : -1), slot.startMin);
        return true;
      }
      return false;
    },
    showCheck() {
      const first = breaches(v, [...placed.values()])[0];
      failing = new Set(first ? [first.band, ...('other' in first ? [first.other] : [])] : []);
      redraw();
    },
    resize: layout,
    destroy() {
      for (const o of objects) o.destroy();
      objects = [];
    },
  };
}
