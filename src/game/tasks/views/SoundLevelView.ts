// The view of the 'sound-level' kind: drag the barrier with the mixing desk along a distance
// ruler from the speakers, with a live dB(A) readout from the core physics, and tick what the
// VLAREM category obliges. Keys: Left/Right move the barrier (Shift: 5 m), Up/Down/Tab move
// between the obligations, Space ticks one.
import Phaser from 'phaser';
import type { SoundLevelAnswer, SoundLevelVariant } from '../../../core/tasks/soundLevel/SoundLevelTask';
import {
  ALL_OBLIGATIONS,
  levelAtDistance,
  type Obligation,
} from '../../../core/tasks/soundLevel/soundPhysics';
import { Button } from '../../ui/Button';
import { FocusList } from '../../ui/FocusList';
import { palette, textStyle, uiScale } from '../../ui/theme';
import type { TaskView, TaskViewContext } from '../TaskView';

export function createSoundLevelView(context: TaskViewContext): TaskView {
  const { scene, t } = context;
  const v = context.variant as SoundLevelVariant;
  let distanceM = Math.min(2, v.maxDistanceM);
  let moved = false;
  const ticked = new Set<Obligation>();
  let objects: Phaser.GameObjects.GameObject[] = [];
  let buttons: Button[] = [];
  const focus = new FocusList();
  let placeBarrier = () => {};

  const answer = (): SoundLevelAnswer | null => (moved ? { distanceM, obligations: [...ticked] } : null);
  const setDistance = (d: number) => {
    distanceM = Phaser.Math.Clamp(Math.round(d), 1, v.maxDistanceM);
    moved = true;
    placeBarrier();
    context.onAnswerChange(answer());
  };

  const layout = (area: Phaser.Geom.Rectangle) => {
    for (const o of objects) o.destroy();
    for (const b of buttons) b.destroy();
    focus.clear();
    const u = uiScale(scene.scale.width, scene.scale.height);
    const p = palette();
    const instruction = scene.add.text(
      area.x + 8,
      area.y + 4,
      t('tasks.soundLevel.instruction', { category: v.category }),
      textStyle(20, u, { fontStyle: 'bold', wordWrap: { width: area.width - 16 } }),
    );
    const speakerText = scene.add.text(
      area.x + 8,
      instruction.y + instruction.height + 8 * u,
      t('game.views.soundLevel.speakers', { count: v.speakers, db: v.sourceDbAt1m }),
      textStyle(18, u, { color: '#ffd23f' }),
    );
    const g = scene.add.graphics();
    const rulerY = speakerText.y + speakerText.height + 130 * u;
    const x0 = area.x + 70 * u;
    const x1 = area.right - 30 * u;
    const pxPerM = (x1 - x0) / v.maxDistanceM;
    // Speakers stacked at distance 0.
    for (let i = 0; i < v.speakers; i++) {
      const sy = rulerY - 20 * u - i * 62 * u;
      g.fillStyle(0x111111).fillRoundedRect(x0 - 56 * u, sy - 56 * u, 44 * u, 56 * u, 6);
      g.fillStyle(0x555555)
        .fillCircle(x0 - 34 * u, sy - 20 * u, 13 * u)
        .fillCircle(x0 - 34 * u, sy - 44 * u, 6 * u);
      g.fillStyle(0x222222).fillCircle(x0 - 34 * u, sy - 20 * u, 6 * u);
    }
    // Ruler with metre ticks.
    g.lineStyle(4, 0xffffff).lineBetween(x0, rulerY, x1, rulerY);
    const every = v.maxDistanceM <= 20 ? 1 : v.maxDistanceM <= 60 ? 5 : 10;
    const labels: Phaser.GameObjects.Text[] = [];
    for (let m = 0; m <= v.maxDistanceM; m += every) {
      const major = m % (every * 5) === 0 || every > 1;
      g.lineStyle(2, 0xffffff).lineBetween(
        x0 + m * pxPerM,
        rulerY,
        x0 + m * pxPerM,
        rulerY + (major ? 14 : 8) * u,
      );
      if (major)
        labels.push(
          scene.add
            .text(x0 + m * pxPerM, rulerY + 16 * u, `${m} m`, textStyle(14, u, { color: p.textDim }))
            .setOrigin(0.5, 0),
        );
    }
    const track = scene.add
      .rectangle((x0 + x1) / 2, rulerY, x1 - x0, 44 * u, 0xffffff, 0.001)
      .setInteractive({ useHandCursor: true });
    track.on('pointerdown', (pointer: Phaser.Input.Pointer) => setDistance((pointer.x - x0) / pxPerM));
    const barrier = scene.add.container(0, rulerY);
    const bg = scene.add.graphics();
    bg.fillStyle(0xc0c0c0).fillRect(-4 * u, -70 * u, 8 * u, 70 * u);
    bg.lineStyle(3, 0xc0c0c0);
    for (let i = 0; i < 4; i++) bg.lineBetween(-3 * u, -62 * u + i * 16 * u, 3 * u, -54 * u + i * 16 * u);
    bg.fillStyle(0x222222).fillRoundedRect(6 * u, -40 * u, 40 * u, 24 * u, 4);
    for (let i = 0; i < 5; i++)
      bg.fillStyle(i % 2 ? 0x3ad6e0 : 0xff4fa3).fillRect(10 * u + i * 7 * u, -36 * u, 4 * u, 14 * u);
    const handle = scene.add.circle(0, 0, 18 * u, p.accent).setStrokeStyle(4, 0xffffff);
    const readout = scene.add
      .text(
        0,
        -78 * u,
        '',
        textStyle(22, u, { fontStyle: 'bold', backgroundColor: '#000000cc', padding: { x: 8, y: 4 } }),
      )
      .setOrigin(0.5, 1);
    barrier.add([bg, handle, readout]);
    barrier.setSize(60 * u, 120 * u).setInteractive({
      draggable: true,
      useHandCursor: true,
      hitArea: new Phaser.Geom.Rectangle(0, 0, 60 * u, 120 * u),
      hitAreaCallback: Phaser.Geom.Rectangle.Contains,
    });
    barrier.on('drag', (_pointer: Phaser.Input.Pointer, dragX: number) => setDistance((dragX - x0) / pxPerM));
    placeBarrier = () => {
      barrier.setX(x0 + distanceM * pxPerM);
      const level = levelAtDistance(v.sourceDbAt1m, v.speakers, distanceM);
      readout.setText(`${distanceM} m · ${level.toFixed(1)} dB(A)`);
      const half = readout.width / 2;
      readout.setX(Phaser.Math.Clamp(0, area.x - barrier.x + half, area.right - barrier.x - half));
    };
    placeBarrier();
    objects = [instruction, speakerText, g, ...labels, track, barrier];
    if (v.askObligations) {
      const title = scene.add.text(
        area.x + 8,
        rulerY + 48 * u,
        t('game.views.soundLevel.obligations'),
        textStyle(19, u, { fontStyle: 'bold' }),
      );
      objects.push(title);
      const colW = (area.width - 24) / 2;
      const rowH = Math.min(54 * u, (area.bottom - title.y - title.height - 10) / 3 - 8);
      buttons = ALL_OBLIGATIONS.map((o, i) => {
        const button = new Button(scene, {
          id: `obligation-${o}`,
          x: area.x + 8 + colW / 2 + (i % 2) * (colW + 8),
          y: title.y + title.height + 10 * u + Math.floor(i / 2) * (rowH + 8) + rowH / 2,
          width: colW,
          height: rowH,
          label: `${ticked.has(o) ? '☑' : '☐'} ${t(`tasks.soundLevel.obligation.${o}`)}`,
          fontPx: 16,
          scale: u,
          onPress: () => {
            if (ticked.has(o)) ticked.delete(o);
            else ticked.add(o);
            button.setText(`${ticked.has(o) ? '☑' : '☐'} ${t(`tasks.soundLevel.obligation.${o}`)}`);
            button.setSelected(ticked.has(o));
            context.onAnswerChange(answer());
          },
        });
        button.setSelected(ticked.has(o));
        return button;
      });
      focus.add(...buttons);
    }
  };
  layout(context.area);
  return {
    answer,
    handleKey(event) {
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        setDistance(distanceM + (event.key === 'ArrowRight' ? 1 : -1) * (event.shiftKey ? 5 : 1));
        return true;
      }
      if (event.key === 'ArrowUp' || event.key === 'ArrowDown' || event.key === 'Tab' || event.key === ' ') {
        return focus.handleKey(event);
      }
      return false;
    },
    resize: layout,
    destroy() {
      for (const o of objects) o.destroy();
      for (const b of buttons) b.destroy();
    },
  };
}
