// The view of the 'crowd-safety' kind: the site to scale with the stage and bar nobody stands
// on; the pupil sets the capacity (the crowd and its density grow live) and places exits on the
// fence, with their widths, the total width and the evacuation time shown as they go.
// Keys: Tab moves; on the capacity Up/Down or digits; "+ exit" adds one in the largest gap;
// on an exit Left/Right move it along the fence, Up/Down or digits set its width, Delete removes.
import Phaser from 'phaser';
import {
  type CrowdSafetyAnswer,
  type CrowdSafetyVariant,
  perimeterM,
  usableM2,
} from '../../../core/tasks/crowdSafety/CrowdSafetyTask';
import { closestExitsM, evacuationMin } from '../../../core/tasks/crowdSafety/crowdRules';
import { Button } from '../../ui/Button';
import { palette, textStyle, uiScale } from '../../ui/theme';
import type { TaskView, TaskViewContext } from '../TaskView';
import { CrowdMap } from './crowdSafety/CrowdMap';
import { middleOfLargestGapM, wrapFenceM } from './crowdSafety/fenceGeometry';
import { Stepper } from './toiletsWater/Stepper';
import { NumberField, ViewParts } from './ViewParts';

const MAX_EXITS = 24;
const NEW_EXIT_CM = 100;

export function createCrowdSafetyView(context: TaskViewContext): TaskView {
  const { scene, t } = context;
  const v = context.variant as CrowdSafetyVariant;
  const parts = new ViewParts();
  const capacity = new NumberField(0, { min: 0, max: 100_000, step: 10, bigStep: 100 });
  const width = new NumberField(NEW_EXIT_CM, { min: 0, max: 5000, step: 10, bigStep: 50 });
  const exits: { positionM: number; widthCm: number }[] = [];
  let selected = -1;
  let exitButtons: Button[] = [];
  let area = context.area;
  let refreshCapacity = () => {};
  let refreshExits = () => {};
  let capStepper: Stepper | null = null;
  let widthStepper: Stepper | null = null;

  const answer = (): CrowdSafetyAnswer | null =>
    capacity.value > 0 && exits.length > 0
      ? { capacity: capacity.value, exits: exits.map((e) => ({ ...e })) }
      : null;
  const report = () => context.onAnswerChange(answer());
  const select = (i: number) => {
    selected = i;
    width.endTyping();
    width.set(exits[i]?.widthCm ?? NEW_EXIT_CM);
  };
  const addExit = (positionM: number) => {
    if (exits.length >= MAX_EXITS) return;
    exits.push({ positionM: wrapFenceM(positionM, v.widthM, v.heightM), widthCm: NEW_EXIT_CM });
    select(exits.length - 1);
    refreshExits();
    report();
  };
  const removeExit = () => {
    if (selected < 0) return;
    exits.splice(selected, 1);
    select(Math.min(selected, exits.length - 1));
    refreshExits();
    report();
  };
  const moveExit = (deltaM: number) => {
    const e = exits[selected];
    if (!e) return;
    e.positionM = wrapFenceM(e.positionM + deltaM, v.widthM, v.heightM);
    refreshExits();
    report();
  };
  const widthChanged = () => {
    const e = exits[selected];
    if (e) e.widthCm = width.value;
    refreshExits();
    report();
  };

  const layout = () => {
    parts.clear();
    const u = uiScale(scene.scale.width, scene.scale.height);
    const p = palette();
    const { x, y } = area;
    const intro = parts.add(
      scene.add.text(x + 8, y, t('tasks.crowdSafety.instruction'), {
        ...textStyle(16, u, { fontStyle: 'bold' }),
        wordWrap: { width: area.width - 16 },
      }),
    );
    const ctrlW = Math.max(230 * u, Math.min(300 * u, area.width * 0.36));
    const mapW = area.width - ctrlW - 24 * u;
    const top = intro.y + intro.height + 10 * u;
    parts.add(
      scene.add.text(
        x + 8,
        top,
        `${t('tasks.crowdSafety.site', { width: v.widthM, height: v.heightM })} · ${t('tasks.crowdSafety.blocked', { blocked: v.blockedM2 })}`,
        textStyle(15, u, { color: '#ffd23f' }),
      ),
    );
    const keys = parts.add(
      scene.add
        .text(x + 8, area.bottom, t('tasks.crowdSafety.view.keys'), {
          ...textStyle(13, u, { color: p.textDim }),
          wordWrap: { width: mapW },
        })
        .setOrigin(0, 1),
    );
    const margin = 34 * u;
    const box = new Phaser.Geom.Rectangle(
      x + margin,
      top + 22 * u + margin,
      mapW - 2 * margin,
      keys.y - keys.height - (top + 22 * u) - 2 * margin - 30 * u,
    );
    const map = new CrowdMap(scene, parts, box, v, t, u, addExit);
    // Controls on the right.
    const cx = area.right - ctrlW;
    capStepper = new Stepper(scene, parts, {
      id: 'capacity',
      label: t('tasks.crowdSafety.capacity'),
      x: cx,
      y: top + 40 * u,
      width: ctrlW,
      scale: u,
      field: capacity,
      format: (n) => t('tasks.crowdSafety.persons', { count: n }),
      onChange: () => {
        refreshCapacity();
        report();
      },
    });
    const densityText = parts.add(
      scene.add.text(cx, top + 66 * u, '', {
        ...textStyle(15, u, { lineSpacing: 2 }),
        wordWrap: { width: ctrlW },
      }),
    );
    const exitsTitle = top + 150 * u;
    parts.add(
      scene.add.text(
        cx,
        exitsTitle,
        t('tasks.crowdSafety.view.exitsTitle'),
        textStyle(17, u, { fontStyle: 'bold' }),
      ),
    );
    const half = (ctrlW - 8 * u) / 2;
    const addButton = parts.button(
      new Button(scene, {
        id: 'exit-add',
        x: cx + half / 2,
        y: exitsTitle + 50 * u,
        width: half,
        height: 38 * u,
        label: t('tasks.crowdSafety.view.addExit'),
        scale: u,
        fontPx: 15,
        onPress: () =>
          addExit(
            middleOfLargestGapM(
              exits.map((e) => e.positionM),
              v.widthM,
              v.heightM,
            ),
          ),
      }),
    );
    const removeButton = parts.button(
      new Button(scene, {
        id: 'exit-remove',
        x: cx + ctrlW - half / 2,
        y: exitsTitle + 50 * u,
        width: half,
        height: 38 * u,
        label: t('tasks.crowdSafety.view.removeExit'),
        scale: u,
        fontPx: 15,
        onPress: removeExit,
      }),
      false,
    );
    const widthControl = new Stepper(scene, parts, {
      id: 'exit-width',
      label: '',
      x: cx,
      y: exitsTitle + 128 * u,
      width: ctrlW,
      scale: u,
      field: width,
      format: (n) => t('tasks.crowdSafety.exitWidth', { width: n }),
      onChange: widthChanged,
    });
    widthStepper = widthControl;
    const capacityControl = capStepper;
    const moveY = exitsTitle + 178 * u;
    (['left', 'right'] as const).forEach((side) => {
      parts.button(
        new Button(scene, {
          id: `exit-move-${side}`,
          x: side === 'left' ? cx + half / 2 : cx + ctrlW - half / 2,
          y: moveY,
          width: half,
          height: 36 * u,
          label: t(`tasks.crowdSafety.view.move.${side}`),
          scale: u,
          fontPx: 14,
          onPress: () => moveExit(side === 'left' ? -1 : 1),
        }),
        false,
      );
    });
    const summary = parts.add(
      scene.add.text(cx, moveY + 30 * u, '', {
        ...textStyle(15, u, { lineSpacing: 4 }),
        wordWrap: { width: ctrlW },
      }),
    );

    refreshCapacity = () => {
      const density = capacity.value / Math.max(1, usableM2(v));
      const tooDense = density > v.densityPerM2 + 1e-9;
      densityText.setText([
        t('tasks.crowdSafety.view.densityNow', { density: density.toFixed(2) }),
        t('tasks.crowdSafety.density', { density: v.densityPerM2 }),
      ]);
      densityText.setColor(tooDense ? '#ff8080' : p.text);
      map.drawCrowd(capacity.value, tooDense);
      refreshSummary();
    };
    const refreshSummary = () => {
      const totalCm = exits.reduce((s, e) => s + e.widthCm, 0);
      const minutes = evacuationMin(capacity.value, totalCm, v.outdoor);
      const closest = closestExitsM(
        exits.map((e) => e.positionM),
        perimeterM(v),
      );
      summary.setText([
        t('tasks.crowdSafety.view.exitCount', { count: exits.length }),
        t('tasks.crowdSafety.totalWidth', { totalCm }),
        Number.isFinite(minutes)
          ? t('tasks.crowdSafety.evacuation', { minutes: minutes.toFixed(1) })
          : t('tasks.crowdSafety.view.noEvacuation'),
        Number.isFinite(closest)
          ? t('tasks.crowdSafety.view.closest', { distance: Math.round(closest), spacing: v.minExitSpacingM })
          : t('tasks.crowdSafety.view.spacing', { spacing: v.minExitSpacingM }),
      ]);
    };
    refreshExits = () => {
      const focusedId = parts.focus.focused()?.id ?? null;
      for (const b of exitButtons) b.destroy();
      exitButtons = exits.map((e, i) => {
        const at = map.exitAnchor(e.positionM);
        const b = new Button(scene, {
          id: `exit-${i}`,
          x: at.x,
          y: at.y,
          width: 28 * u,
          height: 28 * u,
          label: String(i + 1),
          scale: u,
          fontPx: 14,
          onPress: () => {
            select(i);
            parts.focus.focusId(`exit-${i}`);
            refreshExits();
          },
        });
        b.setSelected(i === selected);
        return b;
      });
      parts.focus.clear();
      parts.focus.add(capacityControl.value, addButton, ...exitButtons, widthControl.value, removeButton);
      if (focusedId) parts.focus.focusId(focusedId);
      map.drawExits(exits, selected);
      const e = exits[selected];
      widthControl.label.setText(
        e
          ? t('tasks.crowdSafety.view.selectedExit', {
              number: selected + 1,
              position: Math.round(e.positionM),
            })
          : t('tasks.crowdSafety.view.noExit'),
      );
      widthControl.refresh();
      for (const b of [widthControl.value, removeButton]) b.setEnabled(e !== undefined);
      refreshSummary();
    };
    refreshCapacity();
    refreshExits();
    parts.restoreFocus();
  };
  layout();

  return {
    answer,
    handleKey(event) {
      const focused = parts.focus.focused()?.id ?? '';
      if (focused === 'capacity' && capStepper?.handleKey(event)) return true;
      capacity.endTyping();
      const onExit = /^exit-\d+$/.test(focused);
      if (onExit || focused === 'exit-width') {
        if (onExit && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
          moveExit((event.key === 'ArrowRight' ? 1 : -1) * (event.shiftKey ? 5 : 1));
          return true;
        }
        if (onExit && event.key === 'Delete') {
          removeExit();
          return true;
        }
        if (event.key === '+' || event.key === '-') {
          width.nudge(event.key === '+' ? 1 : -1);
          widthChanged();
          return true;
        }
        if (widthStepper?.handleKey(event)) return true;
      }
      width.endTyping();
      const used = parts.focus.handleKey(event);
      const now = parts.focus.focused()?.id ?? '';
      const index = /^exit-(\d+)$/.exec(now);
      if (index && Number(index[1]) !== selected) {
        select(Number(index[1]));
        refreshExits();
      }
      return used;
    },
    resize(next: Phaser.Geom.Rectangle) {
      area = next;
      for (const b of exitButtons) b.destroy();
      exitButtons = [];
      layout();
    },
    destroy() {
      for (const b of exitButtons) b.destroy();
      exitButtons = [];
      parts.destroy();
    },
  };
}
