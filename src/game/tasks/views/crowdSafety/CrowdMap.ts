// The crowd-safety site drawn to scale: grass, the stage and bar nobody may stand on, the
// fence with a metre scale, a crowd of dots that grows with the capacity, and the exits as
// green gaps in the fence. Static parts are drawn once per layout; crowd and exits on change.
import Phaser from 'phaser';
import type { CrowdSafetyVariant } from '../../../../core/tasks/crowdSafety/CrowdSafetyTask';
import { palette, textStyle } from '../../../ui/theme';
import type { ViewParts } from '../ViewParts';
import { BakedLayer } from './BakedLayer';
import { fencePoint, nearestFenceM } from './fenceGeometry';

const PEOPLE_PER_DOT = 4;
const MAX_DOTS = 900;
const CROWD_COLOURS = [0xff4fa3, 0x3ad6e0, 0xffd23f, 0xffffff, 0xff8c42];

interface Block {
  xM: number;
  yM: number;
  wM: number;
  hM: number;
}

/** Splits the blocked area into a stage at the top and a bar in the bottom-left corner. */
function blocks(v: CrowdSafetyVariant): { stage: Block; bar: Block } {
  const stageM2 = Math.round(v.blockedM2 * 0.6);
  const barM2 = v.blockedM2 - stageM2;
  const sizeBlock = (areaM2: number, maxW: number, maxH: number) => {
    let w = Math.min(maxW, Math.max(Math.sqrt(areaM2 * 2), areaM2 / maxH));
    w = Math.max(w, 0.01);
    return { w, h: Math.min(maxH, areaM2 / w) };
  };
  const s = sizeBlock(stageM2, v.widthM * 0.9, v.heightM * 0.45);
  const b = sizeBlock(barM2, v.widthM * 0.4, v.heightM * 0.45);
  return {
    stage: { xM: (v.widthM - s.w) / 2, yM: 0, wM: s.w, hM: s.h },
    bar: { xM: 0, yM: v.heightM - b.h, wM: b.w, hM: b.h },
  };
}

export class CrowdMap {
  readonly pxPerM: number;
  private readonly ox: number;
  private readonly oy: number;
  private readonly crowd: BakedLayer;
  private readonly exits: Phaser.GameObjects.Graphics;
  private readonly spots: { x: number; y: number; colour: number }[] = [];

  constructor(
    scene: Phaser.Scene,
    parts: ViewParts,
    box: Phaser.Geom.Rectangle,
    private readonly v: CrowdSafetyVariant,
    t: (key: string, values?: Record<string, string | number>) => string,
    private readonly u: number,
    onFenceTap: (positionM: number) => void,
  ) {
    const p = palette();
    this.pxPerM = Math.min(box.width / v.widthM, box.height / v.heightM);
    this.ox = box.x + (box.width - v.widthM * this.pxPerM) / 2;
    this.oy = box.y + (box.height - v.heightM * this.pxPerM) / 2;
    const w = v.widthM * this.pxPerM;
    const h = v.heightM * this.pxPerM;
    const { stage, bar } = blocks(v);
    const rect = (b: Block) =>
      new Phaser.Geom.Rectangle(
        this.ox + b.xM * this.pxPerM,
        this.oy + b.yM * this.pxPerM,
        b.wM * this.pxPerM,
        b.hM * this.pxPerM,
      );
    const stageR = rect(stage);
    const barR = rect(bar);
    const scaleM = v.widthM >= 60 ? 20 : 10;
    const pad = 8 * u;
    const lx = this.ox - pad;
    const ly = this.oy - pad;
    const sy = h + 44 * u + pad;
    // The site itself never changes: baked once per layout.
    const site = new BakedLayer(scene, lx, ly, w + 2 * pad, sy + 8 * u);
    parts.add(site.image);
    site.draw((g) => {
      g.fillStyle(0x2f8f4e).fillRect(pad, pad, w, h);
      g.fillStyle(0x3aa65c, 0.6);
      for (let i = 1; i <= 14; i++)
        g.fillCircle(
          pad + (5 + ((i * 37) % 90)) * (w / 100),
          pad + (5 + ((i * 61) % 90)) * (h / 100),
          10 * u,
        );
      g.fillStyle(0x241a3d).fillRect(stageR.x - lx, stageR.y - ly, stageR.width, stageR.height);
      g.lineStyle(3, p.accent).strokeRect(stageR.x - lx, stageR.y - ly, stageR.width, stageR.height);
      g.fillStyle(0x8a5a2b).fillRect(barR.x - lx, barR.y - ly, barR.width, barR.height);
      g.lineStyle(3, 0xffd23f).strokeRect(barR.x - lx, barR.y - ly, barR.width, barR.height);
      // Fence: a thick line with posts every few metres.
      g.lineStyle(4 * u, 0xc9c9d6).strokeRect(pad, pad, w, h);
      const postEveryM = v.widthM + v.heightM > 120 ? 10 : 5;
      g.fillStyle(0xffffff);
      for (let m = 0; m < 2 * (v.widthM + v.heightM); m += postEveryM) {
        const f = fencePoint(m, v.widthM, v.heightM);
        g.fillRect(pad + f.xM * this.pxPerM - 2 * u, pad + f.yM * this.pxPerM - 2 * u, 4 * u, 4 * u);
      }
      // Scale bar under the site.
      const sx1 = pad + scaleM * this.pxPerM;
      g.lineStyle(3, 0xffffff).lineBetween(pad, sy, sx1, sy);
      g.lineBetween(pad, sy - 5, pad, sy + 5).lineBetween(sx1, sy - 5, sx1, sy + 5);
    });
    parts.add(
      scene.add
        .text(
          this.ox + scaleM * this.pxPerM + 8 * u,
          ly + sy,
          `${scaleM} m`,
          textStyle(13, u, { color: p.textDim }),
        )
        .setOrigin(0, 0.5),
    );
    const label = (r: Phaser.Geom.Rectangle, key: string) => {
      if (r.width < 24 || r.height < 12) return;
      parts.add(
        scene.add
          .text(r.centerX, r.centerY, t(key), textStyle(13, u, { fontStyle: 'bold', color: '#ffffff' }))
          .setOrigin(0.5),
      );
    };
    label(stageR, 'tasks.crowdSafety.view.stage');
    label(barR, 'tasks.crowdSafety.view.bar');
    // Where crowd dots may stand: a fixed scatter over the usable area.
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const r = 2.2 * u;
    for (let tries = 0; this.spots.length < MAX_DOTS && tries < MAX_DOTS * 6; tries++) {
      const x = this.ox + r + next() * (w - 2 * r);
      const y = this.oy + r + next() * (h - 2 * r);
      if (stageR.contains(x, y) || barR.contains(x, y)) continue;
      this.spots.push({
        x: x - this.ox,
        y: y - this.oy,
        colour: CROWD_COLOURS[this.spots.length % CROWD_COLOURS.length] ?? 0xffffff,
      });
    }
    this.crowd = new BakedLayer(scene, this.ox, this.oy, w, h);
    parts.add(this.crowd.image);
    this.exits = parts.add(scene.add.graphics());
    // Taps near the fence place an exit there.
    const margin = 26 * u;
    const hit = parts.add(
      scene.add
        .rectangle(this.ox - margin, this.oy - margin, w + 2 * margin, h + 2 * margin, 0xffffff, 0.001)
        .setOrigin(0),
    );
    hit.setInteractive({ useHandCursor: true }).on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      const near = nearestFenceM(
        (pointer.x - this.ox) / this.pxPerM,
        (pointer.y - this.oy) / this.pxPerM,
        v.widthM,
        v.heightM,
      );
      if (near.distanceM * this.pxPerM <= margin) onFenceTap(Math.round(near.positionM));
    });
  }

  /** Where an exit's number button goes: just outside the fence. */
  exitAnchor(positionM: number): { x: number; y: number } {
    const f = fencePoint(positionM, this.v.widthM, this.v.heightM);
    const out = 17 * this.u;
    return { x: this.ox + f.xM * this.pxPerM + f.nx * out, y: this.oy + f.yM * this.pxPerM + f.ny * out };
  }

  drawCrowd(capacity: number, tooDense: boolean): void {
    const dots = Math.min(this.spots.length, Math.ceil(capacity / PEOPLE_PER_DOT));
    this.crowd.draw((g) => {
      for (let i = 0; i < dots; i++) {
        const s = this.spots[i];
        if (s) g.fillStyle(tooDense ? palette().bad : s.colour, 0.9).fillCircle(s.x, s.y, 2.2 * this.u);
      }
    });
  }

  /** Each exit as a gap in the fence, as wide as the exit (to scale) and kept on its own side. */
  drawExits(exits: readonly { positionM: number; widthCm: number }[], selected: number): void {
    const p = palette();
    const { widthM: W, heightM: H } = this.v;
    const sideEnds = [W, W + H, 2 * W + H, 2 * W + 2 * H];
    const px = (m: number) => {
      const f = fencePoint(m, W, H);
      return { x: this.ox + f.xM * this.pxPerM, y: this.oy + f.yM * this.pxPerM };
    };
    this.exits.clear();
    exits.forEach((e, i) => {
      const end = sideEnds.find((s) => e.positionM < s) ?? W;
      const start = sideEnds[sideEnds.indexOf(end) - 1] ?? 0;
      const halfM = Math.max(3 / this.pxPerM, e.widthCm / 200);
      const a = px(Math.max(start, e.positionM - halfM));
      const b = px(Math.min(end - 1e-6, e.positionM + halfM));
      this.exits.lineStyle((i === selected ? 13 : 10) * this.u, i === selected ? 0xffffff : 0x1d1140);
      this.exits.lineBetween(a.x, a.y, b.x, b.y);
      this.exits.lineStyle(6 * this.u, e.widthCm < 80 ? p.bad : p.good).lineBetween(a.x, a.y, b.x, b.y);
    });
  }
}
