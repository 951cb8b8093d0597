// Maps site metres to screen pixels for a level map drawn inside a screen rectangle.
import type { FestivalMap } from '../../core/levels/MapSchema';

export class SiteProjection {
  readonly pxPerM: number;
  readonly originX: number;
  readonly originY: number;

  constructor(
    readonly map: FestivalMap,
    area: { x: number; y: number; width: number; height: number },
  ) {
    this.pxPerM = Math.min(area.width / map.widthM, area.height / map.heightM);
    this.originX = area.x + (area.width - map.widthM * this.pxPerM) / 2;
    this.originY = area.y + (area.height - map.heightM * this.pxPerM) / 2;
  }

  x(xM: number): number {
    return this.originX + xM * this.pxPerM;
  }

  y(yM: number): number {
    return this.originY + yM * this.pxPerM;
  }

  /** Screen point back to site metres, clamped to the site. */
  toMetres(xPx: number, yPx: number): { xM: number; yM: number } {
    const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));
    return {
      xM: clamp((xPx - this.originX) / this.pxPerM, this.map.widthM),
      yM: clamp((yPx - this.originY) / this.pxPerM, this.map.heightM),
    };
  }

  get widthPx(): number {
    return this.map.widthM * this.pxPerM;
  }

  get heightPx(): number {
    return this.map.heightM * this.pxPerM;
  }
}
