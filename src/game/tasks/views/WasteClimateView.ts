// The view of the 'waste-climate' kind: drag each piece of waste onto a bin (or pick it and
// choose the bin), then toggle measure cards with their cost and effect while a live bar shows
// the CO2 per visitor against the target and the money spent against the budget.
// Keys: Tab moves; on a piece of waste 1-6 drop it in that bin (Space picks it up for a bin);
// Space on a bin drops the picked-up piece there; Space on a measure turns it on or off.
import type Phaser from 'phaser';
import { MEASURES, type MeasureId } from '../../../core/tasks/wasteClimate/climateMeasures';
import {
  variantFootprint,
  type WasteClimateAnswer,
  type WasteClimateVariant,
} from '../../../core/tasks/wasteClimate/WasteClimateTask';
import {
  WASTE_STREAMS,
  type WasteItem,
  type WasteStream,
} from '../../../core/tasks/wasteClimate/wasteStreams';
import { Button } from '../../ui/Button';
import { palette, textStyle, uiScale } from '../../ui/theme';
import type { TaskView, TaskViewContext } from '../TaskView';
import { ViewParts } from './ViewParts';
import { drawFootprintBars } from './wasteClimate/drawFootprintBars';
import { STREAM_COLOUR } from './wasteClimate/wasteColours';

export function createWasteClimateView(context: TaskViewContext): TaskView {
  const { scene, t } = context;
  const v = context.variant as WasteClimateVariant;
  const parts = new ViewParts();
  const sorting: Partial<Record<WasteItem, WasteStream>> = {};
  const chosen = new Set<MeasureId>();
  let picked: WasteItem | null = null;
  let area = context.area;
  let refresh = () => {};

  const answer = (): WasteClimateAnswer | null =>
    v.items.every((item) => sorting[item] !== undefined)
      ? { sorting: { ...sorting }, measures: [...chosen] }
      : null;
  const report = () => context.onAnswerChange(answer());
  const drop = (item: WasteItem | null, stream: WasteStream) => {
    if (!item) return;
    sorting[item] = stream;
    picked = null;
    const next = v.items[v.items.indexOf(item) + 1];
    if (next) parts.focus.focusId(`item-${next}`);
    refresh();
    report();
  };

  const layout = () => {
    parts.clear();
    const u = uiScale(scene.scale.width, scene.scale.height);
    const p = palette();
    const { x, width } = area;
    const gap = 8 * u;
    const intro = parts.add(
      scene.add.text(
        x + 8,
        area.y,
        t('tasks.wasteClimate.instruction', { budget: v.budgetEur, target: v.targetKg }),
        {
          ...textStyle(16, u, { fontStyle: 'bold' }),
          wordWrap: { width: width - 16 },
        },
      ),
    );
    const title = (text: string, y: number) =>
      parts.add(scene.add.text(x + 8, y, text, textStyle(16, u, { fontStyle: 'bold', color: '#ffd23f' })));
    const sortTitle = title(t('tasks.wasteClimate.sortTitle'), intro.y + intro.height + 8 * u);
    parts.add(
      scene.add
        .text(
          area.right,
          sortTitle.y + 2 * u,
          t('tasks.wasteClimate.view.keys'),
          textStyle(12, u, { color: p.textDim }),
        )
        .setOrigin(1, 0),
    );
    // Waste cards, four to a row.
    const cols = 4;
    const cardW = (width - (cols - 1) * gap) / cols;
    const cardH = 42 * u;
    const cardsTop = sortTitle.y + sortTitle.height + 6 * u;
    const items = v.items.map((item, i) => {
      const b = parts.button(
        new Button(scene, {
          id: `item-${item}`,
          x: x + (i % cols) * (cardW + gap) + cardW / 2,
          y: cardsTop + Math.floor(i / cols) * (cardH + gap) + cardH / 2,
          width: cardW,
          height: cardH,
          label: '',
          scale: u,
          fontPx: 13,
          onPress: () => {
            picked = picked === item ? null : item;
            refresh();
          },
        }),
      );
      const bg = b.objects()[1];
      if (bg) {
        scene.input.setDraggable(bg);
        let ghost: Phaser.GameObjects.Text | null = null;
        bg.on('dragstart', () => {
          picked = item;
          refresh();
          ghost = scene.add
            .text(
              b.x,
              b.y,
              t(`tasks.wasteClimate.item.${item}`),
              textStyle(14, u, { backgroundColor: '#ff4fa3', padding: { x: 6, y: 4 } }),
            )
            .setOrigin(0.5)
            .setDepth(40);
        });
        bg.on('drag', (pointer: Phaser.Input.Pointer) => ghost?.setPosition(pointer.x, pointer.y));
        bg.on('dragend', () => {
          ghost?.destroy();
          ghost = null;
        });
        bg.once('destroy', () => ghost?.destroy());
      }
      return b;
    });
    // Bins in one row, with a coloured lid; a dropped card lands on pointer-up over a bin.
    const rows = Math.ceil(v.items.length / cols);
    const binW = (width - (WASTE_STREAMS.length - 1) * gap) / WASTE_STREAMS.length;
    const binH = 46 * u;
    const binsY = cardsTop + rows * (cardH + gap) + 12 * u + binH / 2;
    const lids = parts.add(scene.add.graphics());
    const bins = WASTE_STREAMS.map((stream, i) => {
      const bx = x + i * (binW + gap) + binW / 2;
      lids
        .fillStyle(STREAM_COLOUR[stream])
        .fillRoundedRect(bx - binW / 2 + 4, binsY - binH / 2 - 11 * u, binW - 8, 10 * u, 4);
      return parts.button(
        new Button(scene, {
          id: `bin-${stream}`,
          x: bx,
          y: binsY,
          width: binW,
          height: binH,
          label: '',
          scale: u,
          fontPx: 13,
          onPress: () => drop(picked, stream),
        }),
      );
    });
    // Measure cards, three to a row, then the footprint and budget bars.
    const measuresTitle = title(t('tasks.wasteClimate.measuresTitle'), binsY + binH / 2 + 12 * u);
    const mCols = 3;
    const mW = (width - (mCols - 1) * gap) / mCols;
    const mH = 46 * u;
    const mTop = measuresTitle.y + measuresTitle.height + 6 * u;
    const measures = v.measures.map((m, i) =>
      parts.button(
        new Button(scene, {
          id: `measure-${m}`,
          x: x + (i % mCols) * (mW + gap) + mW / 2,
          y: mTop + Math.floor(i / mCols) * (mH + gap) + mH / 2,
          width: mW,
          height: mH,
          label: '',
          scale: u,
          fontPx: 13,
          onPress: () => {
            if (chosen.has(m)) chosen.delete(m);
            else chosen.add(m);
            refresh();
            report();
          },
        }),
      ),
    );
    const barsTop = mTop + Math.ceil(v.measures.length / mCols) * (mH + gap) + 6 * u;
    const bars = drawFootprintBars(scene, parts, { x, y: barsTop, width, u, t, v });

    refresh = () => {
      v.items.forEach((item, i) => {
        const stream = sorting[item];
        const name = t(`tasks.wasteClimate.item.${item}`);
        items[i]?.setText(stream ? `${name}\n→ ${t(`tasks.wasteClimate.stream.${stream}`)}` : name);
        items[i]?.setSelected(picked === item);
      });
      WASTE_STREAMS.forEach((stream, i) => {
        const count = v.items.filter((item) => sorting[item] === stream).length;
        bins[i]?.setText(
          t('tasks.wasteClimate.view.bin', {
            number: i + 1,
            stream: t(`tasks.wasteClimate.stream.${stream}`),
            count,
          }),
        );
      });
      v.measures.forEach((m, i) => {
        const { part, cut, costEur } = MEASURES[m];
        measures[i]?.setText(
          `${chosen.has(m) ? '☑' : '☐'} ${t(`tasks.wasteClimate.measure.${m}`)}\n${t('tasks.wasteClimate.measureCost', { cost: costEur })} · ${t('tasks.wasteClimate.view.effect', { part: t(`tasks.wasteClimate.part.${part}`), cut: Math.round(cut * 100) })}`,
        );
        measures[i]?.setSelected(chosen.has(m));
      });
      bars.update(variantFootprint(v, [...chosen]));
    };
    refresh();
    parts.restoreFocus();
  };
  layout();

  return {
    answer,
    handleKey(event) {
      const focused = parts.focus.focused()?.id ?? '';
      const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : 0;
      const stream = WASTE_STREAMS[digit - 1];
      if (stream) {
        const item = v.items.find((i) => `item-${i}` === focused) ?? picked;
        if (item) {
          drop(item, stream);
          return true;
        }
      }
      return parts.focus.handleKey(event);
    },
    resize(next: Phaser.Geom.Rectangle) {
      area = next;
      layout();
    },
    destroy() {
      parts.destroy();
    },
  };
}
