// The view of the 'stage-build' kind: a grid of joints over the stage with the pin and the
// roller, the lights hanging from the top and the wind from the side; the pupil places bars
// between neighbouring joints. After a check the bars show their forces and the failing bar or
// joint lights up. Keys: arrows move the cursor, Space starts a bar and Space on a neighbouring
// joint finishes it (or removes it when it is there), Delete removes the cursor's bars.
import Phaser from 'phaser';
import type { StageBuildAnswer, StageBuildVariant } from '../../../core/tasks/stageBuild/StageBuildTask';
import { judgeDesign, type Verdict } from '../../../core/tasks/stageBuild/stageGrid';
import { type Bar, barKey } from '../../../core/tasks/stageBuild/trussAnalysis';
import { palette, textStyle, uiScale } from '../../ui/theme';
import type { TaskView, TaskViewContext } from '../TaskView';

type Joint = { x: number; y: number };

export function createStageBuildView(context: TaskViewContext): TaskView {
  const { scene, t } = context;
  const v = context.variant as StageBuildVariant;
  const bars = new Map<string, Bar>();
  let cursor: Joint = { x: 0, y: 0 };
  let start: Joint | null = null;
  let verdict: Verdict | null = null;
  let objects: Phaser.GameObjects.GameObject[] = [];
  let redraw = () => {};

  const answer = (): StageBuildAnswer | null => (bars.size > 0 ? { bars: [...bars.values()] } : null);
  const neighbours = (a: Joint, b: Joint) => Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) === 1;
  const changed = () => {
    verdict = null;
    redraw();
    context.onAnswerChange(answer());
  };
  const pick = (j: Joint) => {
    cursor = j;
    if (!start) start = j;
    else if (start.x === j.x && start.y === j.y) start = null;
    else if (neighbours(start, j)) {
      const bar: Bar = [start.x, start.y, j.x, j.y];
      if (bars.has(barKey(bar))) bars.delete(barKey(bar));
      else bars.set(barKey(bar), bar);
      start = null;
      changed();
      return;
    } else start = j;
    redraw();
  };
  const removeAt = (j: Joint) => {
    for (const [k, b] of bars)
      if ((b[0] === j.x && b[1] === j.y) || (b[2] === j.x && b[3] === j.y)) bars.delete(k);
    start = null;
    changed();
  };

  const layout = (area: Phaser.Geom.Rectangle) => {
    for (const o of objects) o.destroy();
    const u = uiScale(scene.scale.width, scene.scale.height);
    const p = palette();
    const instruction = scene.add.text(
      area.x + 8,
      area.y + 4,
      t('tasks.stageBuild.instruction'),
      textStyle(18, u, { wordWrap: { width: area.width - 16 } }),
    );
    const status = scene.add.text(area.x + 8, instruction.y + instruction.height + 6 * u, '', {
      ...textStyle(20, u, { fontStyle: 'bold', color: '#ffd23f' }),
    });
    const keys = scene.add
      .text(
        area.x + 8,
        area.bottom - 4,
        t('tasks.stageBuild.view.keys'),
        textStyle(14, u, { color: p.textDim }),
      )
      .setOrigin(0, 1);
    const top = status.y + status.height + 40 * u;
    const bottom = keys.y - keys.height - 70 * u;
    const step = Math.min((area.width - 240 * u) / v.cols, (bottom - top) / Math.max(1, v.rows), 170 * u);
    const ox = area.centerX - (v.cols * step) / 2;
    const oy = bottom;
    const at = (j: Joint) => ({ x: ox + j.x * step, y: oy - j.y * step });
    const g = scene.add.graphics();
    // Stage floor, the two supports and the wind.
    g.fillStyle(0x3b2a70).fillRect(ox - 60 * u, oy + 26 * u, v.cols * step + 120 * u, 16 * u);
    const pin = at({ x: 0, y: 0 });
    g.fillStyle(0xc0c0c0).fillTriangle(
      pin.x,
      pin.y,
      pin.x - 18 * u,
      pin.y + 26 * u,
      pin.x + 18 * u,
      pin.y + 26 * u,
    );
    const roller = at({ x: v.cols, y: 0 });
    g.fillTriangle(
      roller.x,
      roller.y,
      roller.x - 18 * u,
      roller.y + 18 * u,
      roller.x + 18 * u,
      roller.y + 18 * u,
    );
    g.fillCircle(roller.x - 10 * u, roller.y + 22 * u, 4 * u).fillCircle(
      roller.x + 10 * u,
      roller.y + 22 * u,
      4 * u,
    );
    const topY = at({ x: 0, y: v.rows }).y;
    g.lineStyle(4 * u, 0x9fd8ff);
    for (let i = 0; i < 3; i++) {
      const y = topY - 20 * u + i * 20 * u;
      g.lineBetween(ox - 110 * u, y, ox - 40 * u, y);
      g.fillStyle(0x9fd8ff).fillTriangle(ox - 40 * u, y - 7 * u, ox - 40 * u, y + 7 * u, ox - 28 * u, y);
    }
    const wind = scene.add
      .text(
        ox - 75 * u,
        topY - 36 * u,
        t('tasks.stageBuild.view.wind', { windMs: v.windMs }),
        textStyle(15, u, { color: '#9fd8ff' }),
      )
      .setOrigin(0.5, 1);
    const lightLabels = v.lightXs.map((x) => {
      const j = at({ x, y: v.rows });
      g.lineStyle(2, 0xffffff).lineBetween(j.x, j.y, j.x, j.y + 26 * u);
      g.fillStyle(0x222222).fillRoundedRect(j.x - 12 * u, j.y + 26 * u, 24 * u, 20 * u, 4);
      g.fillStyle(0xffd23f, 0.35).fillTriangle(
        j.x - 8 * u,
        j.y + 46 * u,
        j.x + 8 * u,
        j.y + 46 * u,
        j.x,
        j.y + 46 * u,
      );
      g.fillStyle(0xffd23f, 0.25).fillTriangle(
        j.x - 10 * u,
        j.y + 46 * u,
        j.x + 10 * u,
        j.y + 46 * u,
        j.x,
        j.y + 120 * u,
      );
      return scene.add
        .text(
          j.x + 16 * u,
          j.y + 30 * u,
          t('tasks.stageBuild.view.light', { kg: v.lightKg }),
          textStyle(13, u),
        )
        .setOrigin(0, 0);
    });
    const barLayer = scene.add.graphics();
    const joints: Phaser.GameObjects.Arc[] = [];
    for (let x = 0; x <= v.cols; x++)
      for (let y = 0; y <= v.rows; y++) {
        const pos = at({ x, y });
        const dot = scene.add.circle(pos.x, pos.y, 9 * u, 0xd6ccff).setStrokeStyle(2, 0x1d1140);
        dot.setInteractive({
          useHandCursor: true,
          hitArea: new Phaser.Geom.Circle(9 * u, 9 * u, 22 * u),
          hitAreaCallback: Phaser.Geom.Circle.Contains,
        });
        dot.on('pointerdown', () => pick({ x, y }));
        joints.push(dot);
      }
    const marks = scene.add.graphics();
    const failText = scene.add
      .text(0, 0, t('tasks.stageBuild.view.failsHere'), {
        ...textStyle(16, u, { fontStyle: 'bold', color: '#ffffff', backgroundColor: '#c0392bdd' }),
        padding: { x: 6, y: 3 },
      })
      .setOrigin(0.5, 1)
      .setVisible(false);
    redraw = () => {
      barLayer.clear();
      const list = [...bars.values()];
      const forces =
        verdict && (verdict.status === 'ok' || verdict.status === 'overloaded') ? verdict.forcesN : null;
      list.forEach((b, i) => {
        const a = at({ x: b[0], y: b[1] });
        const c = at({ x: b[2], y: b[3] });
        const force = forces?.[i] ?? 0;
        const use = Math.min(1, Math.abs(force) / v.capacityN);
        const colour = forces ? (force > 0 ? 0x4fa3ff : 0xff7b4f) : 0xe8e8f0;
        barLayer.lineStyle((6 + 6 * use) * u, colour).lineBetween(a.x, a.y, c.x, c.y);
      });
      marks.clear();
      failText.setVisible(false);
      if (verdict && verdict.status !== 'ok') {
        let spot: { x: number; y: number } | null = null;
        if (verdict.status === 'overloaded' || verdict.status === 'off-grid') {
          const b = list[verdict.bar];
          if (b) {
            const a = at({ x: b[0], y: b[1] });
            const c = at({ x: b[2], y: b[3] });
            marks.lineStyle(16 * u, p.bad, 0.6).lineBetween(a.x, a.y, c.x, c.y);
            spot = { x: (a.x + c.x) / 2, y: (a.y + c.y) / 2 };
          }
        } else {
          const [x, y] = verdict.joint.split(',').map(Number);
          spot = at({ x: x ?? 0, y: y ?? 0 });
          marks.lineStyle(6 * u, p.bad).strokeCircle(spot.x, spot.y, 24 * u);
        }
        if (spot) failText.setPosition(spot.x, spot.y - 28 * u).setVisible(true);
      }
      const c = at(cursor);
      marks.lineStyle(5, p.focus).strokeCircle(c.x, c.y, 18 * u);
      if (start) {
        const s = at(start);
        marks.fillStyle(p.accent).fillCircle(s.x, s.y, 11 * u);
      }
      status.setText(t('tasks.stageBuild.view.bars', { bars: bars.size }));
    };
    objects = [instruction, status, keys, g, wind, ...lightLabels, barLayer, ...joints, marks, failText];
    redraw();
  };
  layout(context.area);

  const move: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, 1],
    ArrowDown: [0, -1],
  };
  return {
    answer,
    handleKey(event) {
      const d = move[event.key];
      if (d) {
        cursor = {
          x: Phaser.Math.Clamp(cursor.x + d[0], 0, v.cols),
          y: Phaser.Math.Clamp(cursor.y + d[1], 0, v.rows),
        };
        redraw();
        return true;
      }
      if (event.key === ' ') {
        pick(cursor);
        return true;
      }
      if (event.key === 'Delete' || event.key === 'Backspace') {
        removeAt(cursor);
        return true;
      }
      return false;
    },
    showCheck() {
      verdict = judgeDesign(v, [...bars.values()]);
      redraw();
    },
    resize: layout,
    destroy() {
      for (const o of objects) o.destroy();
      objects = [];
    },
  };
}
