// Draws a level's festival site from its map data: the ground (town square, park or field),
// a fence, trees, and every zone with festive art for its type and a label.
import type Phaser from 'phaser';
import type { Zone } from '../../core/levels/MapSchema';
import { localized, t } from '../../i18n/i18n';
import { settings } from '../state/Settings';
import { bake } from '../ui/bake';
import { palette, textStyle } from '../ui/theme';
import type { SiteProjection } from './SiteProjection';

const GROUND = {
  grass: [0x3f8f3a, 0x47a043],
  square: [0x8a8196, 0x958ca1],
  field: [0x6c9a2e, 0x78a836],
} as const;
const ZONE_BASE: Record<Zone['type'], number> = {
  stage: 0x2b2140,
  'mixing-desk': 0x3a2f55,
  power: 0x4a4a4a,
  entrance: 0xb83280,
  'food-court': 0xc9733a,
  toilets: 0x2f6fb8,
  water: 0x2a9fd6,
  waste: 0x3f7f4f,
  camping: 0x5d8f3a,
  backstage: 0x3b3b58,
  parking: 0x555555,
  info: 0x2d8c8c,
};

function drawZoneArt(
  g: Phaser.GameObjects.Graphics,
  zone: Zone,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  const m = Math.min(w, h);
  switch (zone.type) {
    case 'stage': {
      g.fillStyle(0x111111).fillRect(x + w * 0.05, y + h * 0.1, w * 0.9, h * 0.65);
      g.fillStyle(0x777777)
        .fillRect(x, y, w, h * 0.08)
        .fillRect(x, y, w * 0.04, h * 0.8)
        .fillRect(x + w * 0.96, y, w * 0.04, h * 0.8);
      const spots = [0xff4fa3, 0xffd23f, 0x3ad6e0, 0x37c871];
      spots.forEach((c, i) => {
        g.fillStyle(c).fillCircle(x + w * (0.2 + i * 0.2), y + h * 0.06, m * 0.06);
      });
      g.fillStyle(0x000000)
        .fillRect(x + w * 0.08, y + h * 0.5, w * 0.1, h * 0.3)
        .fillRect(x + w * 0.82, y + h * 0.5, w * 0.1, h * 0.3);
      g.fillStyle(0x555555)
        .fillCircle(x + w * 0.13, y + h * 0.62, m * 0.07)
        .fillCircle(x + w * 0.87, y + h * 0.62, m * 0.07);
      break;
    }
    case 'mixing-desk':
      g.fillStyle(0xffffff, 0.85).fillTriangle(x, y + h * 0.35, x + w / 2, y, x + w, y + h * 0.35);
      g.fillStyle(0x222222).fillRect(x + w * 0.15, y + h * 0.45, w * 0.7, h * 0.35);
      for (let i = 0; i < 6; i++)
        g.fillStyle(i % 2 ? 0x3ad6e0 : 0xff4fa3).fillRect(
          x + w * (0.2 + i * 0.1),
          y + h * 0.52,
          w * 0.04,
          h * 0.2,
        );
      break;
    case 'power':
      g.fillStyle(0xf2c200).fillRoundedRect(x + w * 0.15, y + h * 0.2, w * 0.7, h * 0.6, 4);
      g.fillStyle(0x222222).fillTriangle(
        x + w * 0.55,
        y + h * 0.25,
        x + w * 0.38,
        y + h * 0.52,
        x + w * 0.52,
        y + h * 0.52,
      );
      g.fillTriangle(x + w * 0.45, y + h * 0.75, x + w * 0.62, y + h * 0.48, x + w * 0.48, y + h * 0.48);
      break;
    case 'entrance': {
      g.fillStyle(0xffd23f)
        .fillRect(x + w * 0.1, y + h * 0.15, w * 0.1, h * 0.7)
        .fillRect(x + w * 0.8, y + h * 0.15, w * 0.1, h * 0.7);
      g.fillStyle(0xff4fa3).fillRoundedRect(x + w * 0.05, y + h * 0.08, w * 0.9, h * 0.18, 4);
      break;
    }
    case 'food-court': {
      const stalls = Math.max(2, Math.round(w / Math.max(1, h * 0.6)));
      for (let i = 0; i < stalls; i++) {
        const sx = x + (i + 0.1) * (w / stalls);
        const sw = (w / stalls) * 0.8;
        g.fillStyle(0x8b5a2b).fillRect(sx, y + h * 0.4, sw, h * 0.45);
        for (let s = 0; s < 4; s++)
          g.fillStyle(s % 2 ? 0xffffff : 0xd92b2b).fillRect(sx + (s * sw) / 4, y + h * 0.2, sw / 4, h * 0.22);
      }
      break;
    }
    case 'toilets': {
      const cabins = Math.max(2, Math.round(w / (h * 0.45)));
      for (let i = 0; i < cabins; i++)
        g.fillStyle(0x1c4f8f).fillRoundedRect(
          x + (i + 0.12) * (w / cabins),
          y + h * 0.2,
          (w / cabins) * 0.76,
          h * 0.6,
          3,
        );
      break;
    }
    case 'water':
      g.fillStyle(0xbfe9ff).fillCircle(x + w / 2, y + h / 2, m * 0.3);
      g.fillStyle(0x1a75b0).fillTriangle(
        x + w / 2,
        y + h * 0.25,
        x + w / 2 - m * 0.15,
        y + h * 0.55,
        x + w / 2 + m * 0.15,
        y + h * 0.55,
      );
      break;
    case 'waste':
      [0x2d6cdf, 0xffd23f, 0x37c871, 0x777777].forEach((c, i) => {
        g.fillStyle(c).fillRoundedRect(x + w * (0.08 + i * 0.23), y + h * 0.3, w * 0.18, h * 0.5, 3);
      });
      break;
    case 'camping':
      for (let i = 0; i < 3; i++) {
        const tx = x + w * (0.2 + i * 0.3);
        g.fillStyle([0xff8c2b, 0x3ad6e0, 0xff4fa3][i] ?? 0xffffff).fillTriangle(
          tx - m * 0.15,
          y + h * 0.7,
          tx + m * 0.15,
          y + h * 0.7,
          tx,
          y + h * 0.3,
        );
      }
      break;
    case 'backstage':
      g.lineStyle(2, 0xaaaaaa).strokeRect(x + 4, y + 4, w - 8, h - 8);
      g.fillStyle(0xeeeeee).fillRoundedRect(x + w * 0.3, y + h * 0.3, w * 0.4, h * 0.4, 4);
      break;
    case 'parking':
      g.lineStyle(2, 0xffffff, 0.8);
      for (let i = 1; i < 5; i++) g.lineBetween(x + (i * w) / 5, y + h * 0.1, x + (i * w) / 5, y + h * 0.6);
      break;
    case 'info':
      g.fillStyle(0xffffff).fillRoundedRect(x + w * 0.2, y + h * 0.3, w * 0.6, h * 0.45, 5);
      g.fillStyle(0x2d8c8c)
        .fillCircle(x + w / 2, y + h * 0.38, m * 0.05)
        .fillRect(x + w / 2 - m * 0.04, y + h * 0.46, m * 0.08, h * 0.22);
      break;
  }
}

/** Draws the site; returns the objects so the scene can keep them in a layer. */
export function drawSite(
  scene: Phaser.Scene,
  view: SiteProjection,
  scale: number,
): Phaser.GameObjects.GameObject[] {
  const p = palette();
  const plain = settings().highContrast;
  const map = view.map;
  const [ground, ground2] = plain ? [p.ground, p.ground] : GROUND[map.ground];
  const g = scene.add.graphics();
  const px = view.pxPerM;
  g.fillStyle(ground).fillRoundedRect(
    view.x(0) - 8,
    view.y(0) - 8,
    view.widthPx + 16,
    view.heightPx + 16,
    14,
  );
  if (map.ground === 'square') {
    g.lineStyle(1, ground2, 0.9);
    for (let xM = 0; xM <= map.widthM; xM += 4)
      g.lineBetween(view.x(xM), view.y(0), view.x(xM), view.y(map.heightM));
    for (let yM = 0; yM <= map.heightM; yM += 4)
      g.lineBetween(view.x(0), view.y(yM), view.x(map.widthM), view.y(yM));
  } else {
    g.fillStyle(ground2);
    for (let i = 0; i < 120; i++)
      g.fillCircle(view.x((i * 7.3) % map.widthM), view.y((i * 5.1) % map.heightM), px * 0.6);
  }
  g.lineStyle(4, 0xdddddd, 0.9).strokeRoundedRect(
    view.x(0) - 8,
    view.y(0) - 8,
    view.widthPx + 16,
    view.heightPx + 16,
    14,
  );
  const objects: Phaser.GameObjects.GameObject[] = [g];
  for (const zone of map.zones) {
    const x = view.x(zone.xM);
    const y = view.y(zone.yM);
    const w = zone.widthM * px;
    const h = zone.heightM * px;
    g.fillStyle(0x000000, 0.25).fillRoundedRect(x + 3, y + 4, w, h, 8);
    g.fillStyle(ZONE_BASE[zone.type]).fillRoundedRect(x, y, w, h, 8);
    drawZoneArt(g, zone, x, y, w, h);
    g.lineStyle(2, 0xffffff, 0.6).strokeRoundedRect(x, y, w, h, 8);
    const label = zone.label ? localized(zone.label) : t(`game.zones.${zone.type}`);
    objects.push(
      scene.add
        .text(
          x + w / 2,
          y + h + 2,
          label,
          textStyle(14, scale, { fontStyle: 'bold', backgroundColor: '#000000aa', padding: { x: 5, y: 2 } }),
        )
        .setOrigin(0.5, 0),
    );
  }
  objects[0] = bake(scene, g, 'site');
  return objects;
}
