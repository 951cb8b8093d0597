// Helpers for the game's browser tests: console-error capture, waiting on the test hook's
// state, screenshots of every screen, and taps on canvas buttons by their id.
import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export interface GameState {
  scene: string;
  levelId: string | null;
  taskId: string | null;
  language: string;
  avatarM: { xM: number; yM: number } | null;
  progress: {
    currentProfile: string | null;
    profiles: { nickname: string; levels: Record<string, { attempts: Record<string, unknown[]> }> }[];
  };
  meters: Record<string, number> | null;
  score: { points: number; stars: number; complete: boolean } | null;
}

/** Collects console errors and page errors (the WebGL "GPU stall" warnings are not errors). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('GPU stall')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export const state = (page: Page): Promise<GameState> =>
  page.evaluate(() => (window as unknown as { __festival: { state(): GameState } }).__festival.state());

export async function waitForScene(page: Page, scene: string): Promise<GameState> {
  await expect.poll(async () => (await state(page)).scene, { timeout: 20_000 }).toBe(scene);
  // Let the scene draw a frame or two before anyone looks at it.
  await page.waitForTimeout(150);
  return state(page);
}

export async function hook<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(`window.__festival.${expression}`) as Promise<T>;
}

export async function screen(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** The centre of a canvas button or station, from the test hook. */
export async function target(page: Page, id: string): Promise<{ x: number; y: number }> {
  const targets = await hook<Record<string, { x: number; y: number }>>(page, 'targets()');
  const found = targets[id];
  if (!found) throw new Error(`no target '${id}' among ${Object.keys(targets).join(', ')}`);
  return found;
}

export async function tap(page: Page, id: string): Promise<void> {
  const { x, y } = await target(page, id);
  await page.touchscreen.tap(x, y);
}

export async function click(page: Page, id: string): Promise<void> {
  const { x, y } = await target(page, id);
  await page.mouse.click(x, y);
}
