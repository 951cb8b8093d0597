// The readiness panel: the six festival meters as labelled bars with a value in words,
// coloured and also marked with a symbol, so colour is never the only cue.
import type Phaser from 'phaser';
import { METERS, type Meters } from '../../core/domain/Meter';
import { t } from '../../i18n/i18n';
import { palette, textStyle } from './theme';

export function meterColour(value: number): number {
  const p = palette();
  return value >= 0.7 ? p.good : value >= 0.4 ? p.warn : p.bad;
}

const meterMark = (value: number) => (value >= 0.7 ? '✓' : value >= 0.4 ? '~' : '!');

/** Draws the panel at (x, y) with the given width; returns its height. */
export function drawMeterPanel(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  meters: Meters,
  scale: number,
  title: string,
): { height: number; objects: Phaser.GameObjects.GameObject[] } {
  const p = palette();
  const rowH = 46 * scale;
  const height = 52 * scale + METERS.length * rowH;
  const g = scene.add.graphics();
  g.fillStyle(p.panel, 0.94)
    .fillRoundedRect(x, y, width, height, 16)
    .lineStyle(2, p.panelEdge)
    .strokeRoundedRect(x, y, width, height, 16);
  const objects: Phaser.GameObjects.GameObject[] = [g];
  objects.push(scene.add.text(x + 14, y + 12 * scale, title, textStyle(20, scale, { fontStyle: 'bold' })));
  METERS.forEach((meter, i) => {
    const value = meters[meter];
    const rowY = y + 48 * scale + i * rowH;
    objects.push(
      scene.add.text(x + 14, rowY, `${meterMark(value)} ${t(`meters.${meter}`)}`, textStyle(15, scale)),
    );
    const barY = rowY + 21 * scale;
    const barW = width - 28;
    g.fillStyle(0x000000, 0.5).fillRoundedRect(x + 14, barY, barW, 12 * scale, 6);
    g.fillStyle(meterColour(value)).fillRoundedRect(x + 14, barY, Math.max(12, barW * value), 12 * scale, 6);
  });
  return { height, objects };
}
