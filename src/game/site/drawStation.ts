// A station on the site: a round pad whose look says its state (locked, open and waiting,
// done with stars), with the task's title; tapping it walks the avatar there and opens it.
import Phaser from 'phaser';
import type { Station } from '../../core/levels/MapSchema';
import type { StationState } from '../../core/progress/stationStates';
import { settings } from '../state/Settings';
import { starText } from '../ui/starText';
import { palette, textStyle } from '../ui/theme';
import type { SiteProjection } from './SiteProjection';

export function drawStation(
  scene: Phaser.Scene,
  view: SiteProjection,
  station: Station,
  state: StationState | undefined,
  title: string,
  scale: number,
  onTap: () => void,
): void {
  const p = palette();
  const x = view.x(station.xM);
  const y = view.y(station.yM);
  const r = Phaser.Math.Clamp(view.pxPerM * 1.6, 16, 30) * Math.min(1.2, scale);
  const kind = state?.state ?? 'locked';
  const colour = kind === 'done' ? p.good : kind === 'open' ? p.accent : p.locked;
  if (kind === 'open' && !settings().reducedMotion) {
    const ring = scene.add.circle(x, y, r, colour, 0).setStrokeStyle(4, colour);
    scene.tweens.add({ targets: ring, scale: 1.6, alpha: 0, duration: 1200, repeat: -1 });
  }
  const pad = scene.add
    .circle(x, y, r, colour)
    .setStrokeStyle(4, 0xffffff)
    .setInteractive({ useHandCursor: true });
  pad.on('pointerup', onTap);
  const symbol = kind === 'done' ? '✓' : kind === 'open' ? '!' : '✖';
  scene.add
    .text(
      x,
      y,
      symbol,
      textStyle(26, Math.min(1.2, scale), {
        fontStyle: 'bold',
        color: kind === 'open' && p.accentText === '#000000' ? '#000000' : '#ffffff',
      }),
    )
    .setOrigin(0.5);
  const label = kind === 'done' ? `${title}  ${starText(state?.state === 'done' ? state.stars : 0)}` : title;
  scene.add
    .text(
      x,
      y - r - 4,
      label,
      textStyle(15, scale, {
        fontStyle: 'bold',
        color: kind === 'done' ? '#ffd23f' : '#ffffff',
        backgroundColor: '#000000bb',
        padding: { x: 6, y: 3 },
      }),
    )
    .setOrigin(0.5, 1)
    .setDepth(5);
}
