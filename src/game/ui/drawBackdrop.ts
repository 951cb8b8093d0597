// The festive night backdrop of the menu screens: a sky gradient with stars, light beams,
// a stage silhouette and strings of bunting, shown behind the game's canvas (htmlBackdrop.ts).
import Phaser from 'phaser';
import { settings } from '../state/Settings';
import { showHtmlBackdrop } from './htmlBackdrop';
import { palette } from './theme';

const BUNTING = [0xff4fa3, 0xffd23f, 0x3ad6e0, 0x37c871, 0xff8c2b];

export function drawBackdrop(scene: Phaser.Scene): void {
  const { width: w, height: h } = scene.scale;
  const p = palette();
  const g = scene.make.graphics({}, false);
  const plain = settings().highContrast;
  if (plain) g.fillStyle(p.background).fillRect(0, 0, w, h);
  else {
    // A night-sky gradient in bands (baked below, where gradient fills are not available).
    const bands = 24;
    for (let i = 0; i < bands; i++) {
      const colour = Phaser.Display.Color.Interpolate.ColorWithColor(
        Phaser.Display.Color.ValueToColor(0x120a2e),
        Phaser.Display.Color.ValueToColor(0x5a2a8a),
        bands - 1,
        i,
      );
      g.fillStyle(Phaser.Display.Color.GetColor(colour.r, colour.g, colour.b));
      g.fillRect(0, (i * h) / bands, w, h / bands + 1);
    }
  }
  // Stars from a fixed pattern, so the sky does not change between rebuilds.
  g.fillStyle(0xffffff, plain ? 0.5 : 0.8);
  for (let i = 0; i < 70; i++) {
    const x = (i * 733) % w;
    const y = ((i * 389) % Math.round(h * 0.55)) + 4;
    g.fillCircle(x, y, (i % 3) * 0.6 + 0.8);
  }
  if (!plain) {
    for (const [x, colour] of [
      [0.2, 0xff4fa3],
      [0.5, 0x3ad6e0],
      [0.8, 0xffd23f],
    ] as const) {
      g.fillStyle(colour, 0.12).fillTriangle(x * w, h * 0.78, x * w - w * 0.16, 0, x * w + w * 0.16, 0);
    }
  }
  // Stage silhouette with speakers and a truss.
  const stageTop = h * 0.8;
  g.fillStyle(0x0b0618).fillRect(w * 0.15, stageTop, w * 0.7, h - stageTop);
  g.fillRect(w * 0.15, h * 0.56, w * 0.02, stageTop - h * 0.56).fillRect(
    w * 0.83,
    h * 0.56,
    w * 0.02,
    stageTop - h * 0.56,
  );
  g.fillRect(w * 0.15, h * 0.56, w * 0.7, h * 0.025);
  g.fillRoundedRect(w * 0.18, stageTop - h * 0.11, w * 0.06, h * 0.11, 4).fillRoundedRect(
    w * 0.76,
    stageTop - h * 0.11,
    w * 0.06,
    h * 0.11,
    4,
  );
  // Bunting along the top.
  for (let row = 0; row < 2; row++) {
    const y0 = 14 + row * 22;
    g.lineStyle(2, 0xffffff, 0.4).lineBetween(0, y0, w, y0);
    const step = 34;
    for (let x = (row * step) / 2; x < w; x += step) {
      g.fillStyle(BUNTING[Math.round(x / step + row) % BUNTING.length] ?? 0xffffff, plain ? 1 : 0.9);
      g.fillTriangle(x, y0, x + 22, y0, x + 11, y0 + 18);
    }
  }
  showHtmlBackdrop(scene, g);
}
