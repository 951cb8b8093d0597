// Fence positions of the crowd-safety view: round trips between a position and a point, the
// nearest fence spot to a tap, and new exits placed in the largest gap.
import { describe, expect, it } from 'vitest';
import {
  fencePoint,
  middleOfLargestGapM,
  nearestFenceM,
  wrapFenceM,
} from '../../../../../src/game/tasks/views/crowdSafety/fenceGeometry';

const W = 40;
const H = 30;

describe('fence geometry', () => {
  it('walks the fence clockwise from the top-left corner', () => {
    expect(fencePoint(10, W, H)).toMatchObject({ xM: 10, yM: 0, ny: -1 });
    expect(fencePoint(W + 5, W, H)).toMatchObject({ xM: W, yM: 5, nx: 1 });
    expect(fencePoint(W + H + 10, W, H)).toMatchObject({ xM: W - 10, yM: H, ny: 1 });
    expect(fencePoint(2 * W + H + 10, W, H)).toMatchObject({ xM: 0, yM: H - 10, nx: -1 });
  });

  it('wraps positions onto the fence both ways', () => {
    expect(wrapFenceM(-1, W, H)).toBe(139);
    expect(wrapFenceM(141, W, H)).toBe(1);
  });

  it('finds the fence spot nearest to a tap and back again', () => {
    for (const p of [0, 17, 40, 55, 90, 120, 139]) {
      const f = fencePoint(p, W, H);
      const near = nearestFenceM(f.xM + f.nx * 2, f.yM + f.ny * 2, W, H);
      expect(near.positionM).toBeCloseTo(p, 6);
      expect(near.distanceM).toBeCloseTo(2, 6);
    }
    expect(nearestFenceM(20, 3, W, H)).toEqual({ positionM: 20, distanceM: 3 });
  });

  it('puts a new exit in the middle of the longest free stretch', () => {
    expect(middleOfLargestGapM([], W, H)).toBe(W / 2);
    expect(middleOfLargestGapM([20], W, H)).toBe(90);
    expect(middleOfLargestGapM([20, 90], W, H)).toBe(55);
    expect(middleOfLargestGapM([130, 10], W, H)).toBe(70);
  });
});
