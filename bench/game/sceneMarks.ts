// A script put into every measured page before it loads: each animation frame it notes the first
// time each game scene is shown (window.__benchMarks), and at the title it can jump straight to
// a scene through the game's test hook (window.__benchJump), so "time to the site" is measured.
import type { Page } from '@playwright/test';

/** What the bench reads in the page: the game's test hook (?test) and the bare page's mark. */
export interface HookWindow {
  __festival?: {
    state(): { scene?: string };
    scene(): string;
    objectCount(): number;
    goto(scene: string, data?: object): void;
    openTask(levelId: string, taskId: string, seed?: number): void;
    solve(): unknown;
    submit(answer: unknown): void;
  };
  __bareFirstFrameMs?: number;
  __benchMarks?: Record<string, number>;
}

export interface Jump {
  scene: string;
  data: object;
}

export async function installSceneMarks(page: Page, jump: Jump | null): Promise<void> {
  await page.addInitScript((j: Jump | null) => {
    const w = window as unknown as HookWindow;
    const marks: Record<string, number> = {};
    w.__benchMarks = marks;
    let jumped = false;
    const look = () => {
      const scene = w.__festival?.scene();
      if (scene && marks[scene] === undefined) marks[scene] = performance.now();
      if (scene === 'Title' && j && !jumped) {
        jumped = true;
        w.__festival?.goto(j.scene, j.data);
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, jump);
}

/** Waits until `scene` was shown and returns its mark (ms after navigation start). */
export async function sceneMark(page: Page, scene: string, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    (s) => (window as unknown as HookWindow).__benchMarks?.[s],
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
