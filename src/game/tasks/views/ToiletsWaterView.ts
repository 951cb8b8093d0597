// The view of the 'toilets-water' kind: the weather and the crowd, steppers for toilets,
// urinals and taps, and a site map where the pupil places toilet blocks and water points,
// optionally with the walking-distance circles. Keys: Tab moves; on a stepper Up/Down or
// digits; on a placing tool the arrows move the map cursor and Space places or removes.
import Phaser from 'phaser';
import { farthestWalkM, type SitePoint } from '../../../core/tasks/toiletsWater/sanitationRules';
import {
  MAX_POINTS,
  type ToiletsWaterAnswer,
  type ToiletsWaterVariant,
} from '../../../core/tasks/toiletsWater/ToiletsWaterTask';
import { Button } from '../../ui/Button';
import { palette, textStyle, uiScale } from '../../ui/theme';
import type { TaskView, TaskViewContext } from '../TaskView';
import { drawWeather } from './toiletsWater/drawWeather';
import { type Facility, FacilityMap } from './toiletsWater/FacilityMap';
import { Stepper } from './toiletsWater/Stepper';
import { NumberField, ViewParts } from './ViewParts';

/** The cursor's step: a round number of metres giving at most about 30 steps across the site. */
const cursorStepM = (v: ToiletsWaterVariant) =>
  [1, 2, 5, 10, 20].find((s) => Math.max(v.siteWidthM, v.siteHeightM) / s <= 30) ?? 20;

export function createToiletsWaterView(context: TaskViewContext): TaskView {
  const { scene, t } = context;
  const v = context.variant as ToiletsWaterVariant;
  const parts = new ViewParts();
  const fields = {
    toilets: new NumberField(0, { min: 0, max: 10_000, step: 1, bigStep: 10 }),
    urinals: new NumberField(0, { min: 0, max: 10_000, step: 1, bigStep: 10 }),
    taps: new NumberField(0, { min: 0, max: 10_000, step: 1, bigStep: 10 }),
  };
  const placed: Record<Facility, SitePoint[]> = { toilets: [], water: [] };
  const stepM = cursorStepM(v);
  const cursor: SitePoint = {
    xM: Math.round(v.siteWidthM / 2 / stepM) * stepM,
    yM: Math.round(v.siteHeightM / 2 / stepM) * stepM,
  };
  let tool: Facility = 'toilets';
  let circles = true;
  let steppers: Record<string, Stepper> = {};
  let area = context.area;
  let map: FacilityMap | null = null;
  let refreshPlaced = () => {};

  const answer = (): ToiletsWaterAnswer | null =>
    placed.toilets.length > 0
      ? {
          toilets: fields.toilets.value,
          urinals: fields.urinals.value,
          taps: fields.taps.value,
          toiletBlocks: placed.toilets.map((q) => ({ ...q })),
          waterPoints: placed.water.map((q) => ({ ...q })),
        }
      : null;
  const report = () => context.onAnswerChange(answer());
  /** Places a point of the current tool, or removes the one already (nearly) there. */
  const toggleAt = (at: SitePoint) => {
    const list = placed[tool];
    const nearM = Math.max(
      stepM / 2,
      (12 * uiScale(scene.scale.width, scene.scale.height)) / (map?.pxPerM ?? 1),
    );
    const i = list.findIndex((q) => Math.hypot(q.xM - at.xM, q.yM - at.yM) <= nearM);
    if (i >= 0) list.splice(i, 1);
    else if (list.length < MAX_POINTS) list.push({ ...at });
    refreshPlaced();
    report();
  };

  const layout = () => {
    parts.clear();
    const u = uiScale(scene.scale.width, scene.scale.height);
    const p = palette();
    const { x, y } = area;
    const intro = parts.add(
      scene.add.text(
        x + 8,
        y,
        t('tasks.toiletsWater.instruction', {
          visitors: v.visitors,
          temperature: v.temperatureC,
          maxWalk: v.maxWalkM,
        }),
        { ...textStyle(16, u, { fontStyle: 'bold' }), wordWrap: { width: area.width - 16 } },
      ),
    );
    const ctrlW = Math.max(230 * u, Math.min(290 * u, area.width * 0.34));
    const mapW = area.width - ctrlW - 24 * u;
    const weatherY = intro.y + intro.height + 8 * u;
    const weatherH = drawWeather(scene, parts, { x: x + 8, y: weatherY, width: mapW, u, v, t });
    const keys = parts.add(
      scene.add
        .text(x + 8, area.bottom, t('tasks.toiletsWater.view.keys'), {
          ...textStyle(13, u, { color: p.textDim }),
          wordWrap: { width: mapW },
        })
        .setOrigin(0, 1),
    );
    const mapTop = weatherY + weatherH + 24 * u;
    const box = new Phaser.Geom.Rectangle(
      x + 24 * u,
      mapTop,
      mapW - 48 * u,
      keys.y - keys.height - mapTop - 30 * u,
    );
    const siteMap = new FacilityMap(scene, parts, box, v.siteWidthM, v.siteHeightM, u, (at) => {
      cursor.xM = at.xM;
      cursor.yM = at.yM;
      toggleAt(at);
    });
    map = siteMap;
    // Steppers and tools on the right.
    const cx = area.right - ctrlW;
    let rowY = weatherY + 48 * u;
    steppers = {};
    for (const id of ['toilets', 'urinals', 'taps'] as const) {
      steppers[id] = new Stepper(scene, parts, {
        id,
        label: t(`tasks.toiletsWater.${id}`),
        x: cx,
        y: rowY,
        width: ctrlW,
        scale: u,
        field: fields[id],
        format: (n) => String(n),
        onChange: report,
      });
      rowY += 78 * u;
    }
    const toolButtons = (['toilets', 'water'] as const).map((kind, i) =>
      parts.button(
        new Button(scene, {
          id: `place-${kind}`,
          x: cx + ctrlW / 2,
          y: rowY - 10 * u + i * 48 * u,
          width: ctrlW,
          height: 40 * u,
          label: t(
            kind === 'toilets' ? 'tasks.toiletsWater.addToiletBlock' : 'tasks.toiletsWater.addWaterPoint',
          ),
          scale: u,
          fontPx: 15,
          onPress: () => {
            tool = kind;
            toggleAt(cursor);
          },
        }),
      ),
    );
    const circleButton = parts.button(
      new Button(scene, {
        id: 'circles',
        x: cx + ctrlW / 2,
        y: rowY + 86 * u,
        width: ctrlW,
        height: 36 * u,
        label: '',
        scale: u,
        fontPx: 14,
        onPress: () => {
          circles = !circles;
          refreshPlaced();
        },
      }),
    );
    const status = parts.add(
      scene.add.text(cx, rowY + 112 * u, '', {
        ...textStyle(15, u, { lineSpacing: 4 }),
        wordWrap: { width: ctrlW },
      }),
    );
    refreshPlaced = () => {
      siteMap.drawPoints(placed.toilets, placed.water, v.maxWalkM, circles);
      toolButtons.forEach((b, i) => {
        b.setSelected((i === 0 ? 'toilets' : 'water') === tool);
      });
      circleButton.setText(
        `${circles ? '☑' : '☐'} ${t('tasks.toiletsWater.view.circles', { maxWalk: v.maxWalkM })}`,
      );
      const walk = (list: SitePoint[]) => {
        const m = farthestWalkM(v.siteWidthM, v.siteHeightM, list);
        return Number.isFinite(m) ? t('tasks.toiletsWater.walk', { walk: Math.round(m) }) : '—';
      };
      status.setText([
        `${t('tasks.toiletsWater.view.blocks', { count: placed.toilets.length, max: MAX_POINTS })} · ${walk(placed.toilets)}`,
        `${t('tasks.toiletsWater.view.points', { count: placed.water.length, max: MAX_POINTS })} · ${walk(placed.water)}`,
      ]);
    };
    refreshPlaced();
    parts.restoreFocus();
    showCursor();
  };

  const showCursor = () => {
    const focused = parts.focus.focused()?.id ?? '';
    const onTool = focused === 'place-toilets' || focused === 'place-water';
    if (onTool && tool !== (focused === 'place-toilets' ? 'toilets' : 'water')) {
      tool = focused === 'place-toilets' ? 'toilets' : 'water';
      refreshPlaced();
    }
    map?.showCursor(onTool ? cursor : null);
  };
  layout();

  return {
    answer,
    handleKey(event) {
      const focused = parts.focus.focused()?.id ?? '';
      for (const [id, stepper] of Object.entries(steppers)) {
        if (id === focused && stepper.handleKey(event)) return true;
      }
      for (const f of Object.values(fields)) f.endTyping();
      const arrows: Record<string, [number, number]> = {
        ArrowLeft: [-1, 0],
        ArrowRight: [1, 0],
        ArrowUp: [0, -1],
        ArrowDown: [0, 1],
      };
      const move = arrows[event.key];
      if ((focused === 'place-toilets' || focused === 'place-water') && move) {
        const n = event.shiftKey ? 4 : 1;
        cursor.xM = Phaser.Math.Clamp(cursor.xM + move[0] * n * stepM, 0, v.siteWidthM);
        cursor.yM = Phaser.Math.Clamp(cursor.yM + move[1] * n * stepM, 0, v.siteHeightM);
        showCursor();
        return true;
      }
      const used = parts.focus.handleKey(event);
      showCursor();
      return used;
    },
    resize(next: Phaser.Geom.Rectangle) {
      area = next;
      layout();
    },
    destroy() {
      parts.destroy();
      map = null;
    },
  };
}
