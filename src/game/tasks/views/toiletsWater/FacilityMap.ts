// The toilets-and-water site map: grass with a 10 m grid (baked once), the placed toilet blocks
// and water points with their walking-distance circles (baked again only when they change),
// and a keyboard cursor that moves without any redraw.
import Phaser from 'phaser';
import type { SitePoint } from '../../../../core/tasks/toiletsWater/sanitationRules';
import { palette, textStyle } from '../../../ui/theme';
import { BakedLayer } from '../crowdSafety/BakedLayer';
import type { ViewParts } from '../ViewParts';

export type Facility = 'toilets' | 'water';

export const TOILET_COLOUR = 0x3a7bd5;
export const WATER_COLOUR = 0x3ad6e0;

/** Draws a toilet block (blue cabin) or a water point (a drop) centred on (x, y). */
export function drawFacility(
  g: Phaser.GameObjects.Graphics,
  kind: Facility,
  x: number,
  y: number,
  r: number,
): void {
  if (kind === 'toilets') {
    g.fillStyle(0xffffff).fillRoundedRect(x - r - 2, y - r - 2, 2 * r + 4, 2 * r + 4, 5);
    g.fillStyle(TOILET_COLOUR).fillRoundedRect(x - r, y - r, 2 * r, 2 * r, 4);
    g.fillStyle(0xffffff)
      .fillRect(x - r * 0.45, y - r * 0.6, r * 0.3, r * 1.3)
      .fillRect(x + r * 0.15, y - r * 0.6, r * 0.3, r * 1.3);
  } else {
    g.fillStyle(0xffffff).fillCircle(x, y + r * 0.25, r * 0.85 + 2);
    g.fillTriangle(x, y - r * 1.2 - 2, x - r * 0.8 - 2, y + r * 0.1, x + r * 0.8 + 2, y + r * 0.1);
    g.fillStyle(WATER_COLOUR).fillCircle(x, y + r * 0.25, r * 0.85);
    g.fillTriangle(x, y - r * 1.2, x - r * 0.8, y + r * 0.1, x + r * 0.8, y + r * 0.1);
  }
}

export class FacilityMap {
  readonly pxPerM: number;
  private readonly ox: number;
  private readonly oy: number;
  private readonly marks: BakedLayer;
  private readonly circles: BakedLayer;
  private readonly pad: number;
  private readonly cursor: Phaser.GameObjects.Rectangle;

  constructor(
    scene: Phaser.Scene,
    parts: ViewParts,
    box: Phaser.Geom.Rectangle,
    widthM: number,
    private readonly heightM: number,
    private readonly u: number,
    onTap: (point: SitePoint) => void,
  ) {
    const p = palette();
    this.pxPerM = Math.min(box.width / widthM, box.height / heightM);
    const w = widthM * this.pxPerM;
    const h = heightM * this.pxPerM;
    this.ox = box.x + (box.width - w) / 2;
    this.oy = box.y;
    const site = new BakedLayer(scene, this.ox - 4, this.oy - 4, w + 8, h + 8);
    parts.add(site.image);
    site.draw((g) => {
      g.fillStyle(0x2f8f4e).fillRect(4, 4, w, h);
      g.lineStyle(1, 0xffffff, 0.18);
      for (let m = 10; m < widthM; m += 10) g.lineBetween(4 + m * this.pxPerM, 4, 4 + m * this.pxPerM, 4 + h);
      for (let m = 10; m < heightM; m += 10)
        g.lineBetween(4, 4 + m * this.pxPerM, 4 + w, 4 + m * this.pxPerM);
      // A stage at the top and a path across the site, for a festive feel.
      g.fillStyle(0xd9c38c, 0.45).fillRect(4, 4 + h * 0.47, w, Math.max(3, h * 0.06));
      g.fillStyle(0x241a3d).fillRoundedRect(4 + w * 0.35, 4, w * 0.3, h * 0.12, 4);
      g.lineStyle(2, p.accent).strokeRoundedRect(4 + w * 0.35, 4, w * 0.3, h * 0.12, 4);
      g.lineStyle(4 * this.u, 0xc9c9d6).strokeRect(4, 4, w, h);
    });
    parts.add(
      scene.add
        .text(
          this.ox + w - 4,
          this.oy + h + 6 * this.u,
          `${widthM} m × ${heightM} m · ▦ 10 m`,
          textStyle(13, this.u, { color: p.textDim }),
        )
        .setOrigin(1, 0),
    );
    this.circles = new BakedLayer(scene, this.ox, this.oy, w, h);
    parts.add(this.circles.image);
    this.pad = 16 * u;
    this.marks = new BakedLayer(
      scene,
      this.ox - this.pad,
      this.oy - this.pad,
      w + 2 * this.pad,
      h + 2 * this.pad,
    );
    parts.add(this.marks.image);
    this.cursor = parts.add(
      scene.add
        .rectangle(0, 0, 26 * this.u, 26 * this.u)
        .setStrokeStyle(3, p.focus)
        .setVisible(false),
    );
    const hit = parts.add(scene.add.rectangle(this.ox, this.oy, w, h, 0xffffff, 0.001).setOrigin(0));
    hit.setInteractive({ useHandCursor: true }).on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      onTap({
        xM: Phaser.Math.Clamp(Math.round((pointer.x - this.ox) / this.pxPerM), 0, widthM),
        yM: Phaser.Math.Clamp(Math.round((pointer.y - this.oy) / this.pxPerM), 0, heightM),
      });
    });
  }

  get bottom(): number {
    return this.oy + this.heightM * this.pxPerM + 24 * this.u;
  }

  showCursor(at: SitePoint | null): void {
    this.cursor.setVisible(at !== null);
    if (at) this.cursor.setPosition(this.ox + at.xM * this.pxPerM, this.oy + at.yM * this.pxPerM);
  }

  /** Redraws the placed points, with their walking circles of `radiusM` when `circles` is on. */
  drawPoints(
    toilets: readonly SitePoint[],
    water: readonly SitePoint[],
    radiusM: number,
    circles: boolean,
  ): void {
    const s = this.pxPerM;
    const r = 9 * this.u;
    this.circles.draw((g) => {
      if (!circles) return;
      for (const [list, colour] of [
        [toilets, TOILET_COLOUR],
        [water, WATER_COLOUR],
      ] as const) {
        for (const pt of list) {
          g.fillStyle(colour, 0.14).fillCircle(pt.xM * s, pt.yM * s, radiusM * s);
          g.lineStyle(2, colour, 0.8).strokeCircle(pt.xM * s, pt.yM * s, radiusM * s);
        }
      }
    });
    this.marks.draw((g) => {
      g.translateCanvas(this.pad, this.pad);
      // A water point next to a toilet block on the same spot is drawn a little aside.
      for (const pt of toilets) drawFacility(g, 'toilets', pt.xM * s, pt.yM * s, r);
      for (const pt of water) {
        const shared = toilets.some((q) => q.xM === pt.xM && q.yM === pt.yM);
        drawFacility(g, 'water', pt.xM * s + (shared ? r * 2 : 0), pt.yM * s, r);
      }
    });
  }
}
