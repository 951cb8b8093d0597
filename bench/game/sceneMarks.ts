// Scene marks: when a frame of a game scene was first drawn (from the game's test hook), and a
// script put into a measured page before it loads that jumps from the title straight to another
// scene through the hook, so "time to the site" is measured.
import type { Page } from '@playwright/test';

/** What the bench reads in the page: the game's test hook (?test) and the bare page's mark. */
export interface HookWindow {
  __festival?: {
    state(): { scene?: string };
    scene(): string;
    objectCount(): number;
    firstFrameAt(scene: string): number | null;
    goto(scene: string, data?: object): void;
    openTask(levelId: string, taskId: string, seed?: number): void;
    solve(): unknown;
    submit(answer: unknown): void;
  };
  __bareFirstFrameMs?: number;
}

export interface Jump {
  scene: string;
  data: object;
}

export async function installSceneMarks(page: Page, jump: Jump | null): Promise<void> {
  await page.addInitScript((j: Jump | null) => {
    const w = window as unknown as HookWindow;
    let jumped = false;
    const look = () => {
      if (jumped || !j) return;
      if (w.__festival?.scene() === 'Title') {
        jumped = true;
        w.__festival.goto(j.scene, j.data);
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, jump);
}

/**
 * Waits until a frame showing `scene` was drawn and returns when (ms after navigation start), as
 * the game's test hook noted it after Phaser's render: the same moment the bare page marks.
 */
export async function sceneMark(page: Page, scene: string, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    (s) => (window as unknown as HookWindow).__festival?.firstFrameAt(s),
    scene,
    { timeout: timeoutMs },
  );
  return Number(await handle.jsonValue());
}

/** Frame intervals (ms) over `seconds`, from requestAnimationFrame. */
export async function frameTimes(page: Page, seconds: number): Promise<number[]> {
  return page.evaluate(
    (ms) =>
      new Promise<number[]>((resolve) => {
        const times: number[] = [];
        let last = performance.now();
        const end = last + ms;
        const tick = (now: number) => {
          times.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(tick);
          else resolve(times.slice(1));
        };
        requestAnimationFrame(tick);
      }),
    seconds * 1000,
  );
}

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
