// Draws a QR code (qrcode package) as crisp squares in a Phaser graphics object, with the white
// quiet zone scanners need; no image decoding, so it is there in the very first frame.
import type Phaser from 'phaser';
import { create } from 'qrcode';

const QUIET_MODULES = 4;

/** A QR code for `text`, centred on (x, y), `sizePx` wide including its quiet zone. */
export function drawQrCode(
  scene: Phaser.Scene,
  text: string,
  x: number,
  y: number,
  sizePx: number,
): Phaser.GameObjects.Graphics {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size + 2 * QUIET_MODULES;
  const cell = Math.floor(sizePx / count);
  const full = cell * count;
  const left = Math.round(x - full / 2);
  const top = Math.round(y - full / 2);
  const g = scene.add.graphics();
  g.fillStyle(0xffffff).fillRect(left, top, full, full);
  g.fillStyle(0x000000);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) {
        g.fillRect(left + (col + QUIET_MODULES) * cell, top + (row + QUIET_MODULES) * cell, cell, cell);
      }
    }
  }
  return g;
}

/** The game's own address without the kiosk token: where a visitor plays on at home. */
export function homeUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}
