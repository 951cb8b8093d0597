// The live bars of the waste-climate view: the CO2 per visitor stacked by part (travel, food,
// energy, waste) against the target, and the money the chosen measures cost against the
// budget. Labels and legend are made once; an update redraws one small Graphics and two texts.
import type Phaser from 'phaser';
import { FOOTPRINT_PARTS, type FootprintPart } from '../../../../core/tasks/wasteClimate/climateMeasures';
import type { WasteClimateVariant } from '../../../../core/tasks/wasteClimate/WasteClimateTask';
import { palette, textStyle } from '../../../ui/theme';
import type { ViewParts } from '../ViewParts';
import { PART_COLOUR } from './wasteColours';

export interface FootprintNow {
  parts: Record<FootprintPart, number>;
  totalKg: number;
  costEur: number;
}

export function drawFootprintBars(
  scene: Phaser.Scene,
  parts: ViewParts,
  o: {
    x: number;
    y: number;
    width: number;
    u: number;
    v: WasteClimateVariant;
    t: (key: string, values?: Record<string, string | number>) => string;
  },
): { update(now: FootprintNow): void } {
  const { x, y, width, u, v, t } = o;
  const p = palette();
  const barX = x + 8;
  const barW = width - 16;
  const barH = 16 * u;
  // Each row: its text, then its bar under it; the CO2 bar has a legend under it.
  const co2Text = parts.add(scene.add.text(x + 8, y, '', textStyle(15, u, { fontStyle: 'bold' })));
  const co2Y = y + 30 * u;
  const budgetText = parts.add(
    scene.add.text(x + 8, co2Y + 40 * u, '', textStyle(15, u, { fontStyle: 'bold' })),
  );
  const budgetY = co2Y + 70 * u;
  // Legend under the CO2 bar.
  let lx = barX;
  const legend = parts.add(scene.add.graphics());
  for (const part of FOOTPRINT_PARTS) {
    legend.fillStyle(PART_COLOUR[part]).fillRect(lx, co2Y + barH / 2 + 5 * u, 9 * u, 9 * u);
    const name = parts.add(
      scene.add.text(
        lx + 12 * u,
        co2Y + barH / 2 + 2 * u,
        t(`tasks.wasteClimate.part.${part}`),
        textStyle(11, u, { color: p.textDim }),
      ),
    );
    lx += name.width + 24 * u;
  }
  const kgMax = v.baselineKg * 1.05;
  const g = parts.add(scene.add.graphics());
  return {
    update(now) {
      g.clear();
      // CO2: the parts side by side, the target as a yellow line.
      g.fillStyle(0x000000, 0.35).fillRoundedRect(barX, co2Y - barH / 2, barW, barH, 4);
      let bx = barX;
      for (const part of FOOTPRINT_PARTS) {
        const w = (now.parts[part] / kgMax) * barW;
        g.fillStyle(PART_COLOUR[part]).fillRect(bx, co2Y - barH / 2, w, barH);
        bx += w;
      }
      const targetX = barX + (v.targetKg / kgMax) * barW;
      g.lineStyle(4 * u, now.totalKg <= v.targetKg + 1e-9 ? p.good : 0xffffff).lineBetween(
        targetX,
        co2Y - barH,
        targetX,
        co2Y + barH * 0.7,
      );
      co2Text.setText(t('tasks.wasteClimate.co2', { kg: now.totalKg.toFixed(2), target: v.targetKg }));
      co2Text.setColor(now.totalKg <= v.targetKg + 1e-9 ? '#7dffa8' : p.text);
      // Budget: spent against available.
      const over = now.costEur > v.budgetEur;
      g.fillStyle(0x000000, 0.35).fillRoundedRect(barX, budgetY - barH / 2, barW, barH, 4);
      const spent = Math.min(1, now.costEur / Math.max(1, v.budgetEur));
      g.fillStyle(over ? p.bad : p.warn).fillRoundedRect(
        barX,
        budgetY - barH / 2,
        Math.max(0.01, spent * barW),
        barH,
        4,
      );
      budgetText.setText(t('tasks.wasteClimate.budgetLeft', { cost: now.costEur, budget: v.budgetEur }));
      budgetText.setColor(over ? '#ff8080' : p.text);
    },
  };
}
