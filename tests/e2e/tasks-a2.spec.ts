// Browser tests of the crowd-safety, toilets-and-water and waste-and-climate views: open the
// sample task through the test hook, play it by keyboard to the core's right answer, check it,
// and see the success feedback (its focused "back" button leaves the task; after a wrong
// answer "retry" would be focused and the task would stay open). Screenshots at two sizes.
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { WASTE_STREAMS } from '../../src/core/tasks/wasteClimate/wasteStreams';
import { middleOfLargestGapM, wrapFenceM } from '../../src/game/tasks/views/crowdSafety/fenceGeometry';
import { hook, state, target, waitForScene, watchErrors } from './helpers/festival';

test.setTimeout(300_000);

/** Screenshots go to SCREENS_DIR (default test-results/screens), out of reach of other runs' clean-up. */
async function screen(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENS_DIR ?? 'test-results/screens';
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png` });
}

const fixture = (kind: string): unknown =>
  JSON.parse(readFileSync(`tests/fixtures/tasks/${kind}.json`, 'utf8'));

async function openFixture(page: Page, kind: string, seed = 7): Promise<void> {
  await page.goto('/?test');
  await waitForScene(page, 'Title');
  await page.evaluate(([def, s]) => window.__festival?.openTaskDef(def, s as number), [
    fixture(kind),
    seed,
  ] as const);
  await waitForScene(page, 'Task');
}

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Checks with Enter, then Space presses the focused feedback button: "back" only after a right answer. */
async function checkAndExpectSuccess(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Enter');
  // The feedback may take a while to draw on a loaded machine: wait for its buttons, then look.
  await expect
    .poll(async () => Object.keys(await hook<Record<string, unknown>>(page, 'targets()')), {
      timeout: 15_000,
    })
    .toEqual(expect.arrayContaining(['retry', 'to-site']));
  await screen(page, `${name}-feedback`);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await state(page)).scene).toBe('Title');
}

async function stepBy(page: Page, steps: number, less: string, more: string, big: number): Promise<void> {
  const key = steps < 0 ? less : more;
  const n = Math.abs(steps);
  await press(page, `Shift+${key}`, Math.floor(n / big));
  await press(page, key, n % big);
}

test('crowd safety: capacity, exits added, moved and widened, all by keyboard', async ({ page }) => {
  const errors = watchErrors(page);
  await openFixture(page, 'crowd-safety');
  const solved = await hook<{ capacity: number; exits: { positionM: number; widthCm: number }[] }>(
    page,
    'solve()',
  );
  const v = await hook<{ widthM: number; heightM: number }>(page, 'variant()');
  await press(page, 'Tab');
  await page.keyboard.type(String(solved.capacity));
  await press(page, 'Tab');
  const placed: number[] = [];
  for (const _ of solved.exits) {
    placed.push(middleOfLargestGapM(placed, v.widthM, v.heightM));
    await press(page, 'Space');
  }
  // Give each placed exit the target that needs the fewest key presses (the best rotation).
  const fence = 2 * (v.widthM + v.heightM);
  const shortest = (from: number, to: number) => {
    const d = wrapFenceM(to - from, v.widthM, v.heightM);
    return d > fence / 2 ? d - fence : d;
  };
  const order = placed.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const targets = solved.exits.map((e) => Math.round(e.positionM)).sort((a, b) => a - b);
  const plans = targets.map((_, r) =>
    order.map(({ p, i }, k) => ({ i, delta: shortest(p, targets[(k + r) % targets.length] ?? 0) })),
  );
  const cost = (plan: { delta: number }[]) => plan.reduce((s, x) => s + Math.abs(x.delta), 0);
  const plan = plans.reduce((a, b) => (cost(b) < cost(a) ? b : a)).sort((a, b) => a.i - b.i);
  for (const [k, { delta }] of plan.entries()) {
    await press(page, 'Tab');
    await stepBy(page, delta, 'ArrowLeft', 'ArrowRight', 5);
    await page.keyboard.type(String(solved.exits[k]?.widthCm ?? 0));
  }
  await screen(page, 'crowd-safety-answered-1366');
  await checkAndExpectSuccess(page, 'crowd-safety-1366');
  expect(errors).toEqual([]);
});

interface Point {
  xM: number;
  yM: number;
}

test('toilets and water: counts typed, blocks and water points placed with the map cursor', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openFixture(page, 'toilets-water');
  const solved = await hook<{
    toilets: number;
    urinals: number;
    taps: number;
    toiletBlocks: Point[];
    waterPoints: Point[];
  }>(page, 'solve()');
  const v = await hook<{ siteWidthM: number; siteHeightM: number }>(page, 'variant()');
  // The view's cursor step: a round number of metres, at most about 30 steps across.
  const stepM = [1, 2, 5, 10, 20].find((s) => Math.max(v.siteWidthM, v.siteHeightM) / s <= 30) ?? 20;
  const cursor = {
    xM: Math.round(v.siteWidthM / 2 / stepM) * stepM,
    yM: Math.round(v.siteHeightM / 2 / stepM) * stepM,
  };
  for (const n of [solved.toilets, solved.urinals, solved.taps]) {
    await press(page, 'Tab');
    await page.keyboard.type(String(n));
  }
  for (const list of [solved.toiletBlocks, solved.waterPoints]) {
    await press(page, 'Tab');
    for (const p of list) {
      const target = { xM: Math.round(p.xM / stepM) * stepM, yM: Math.round(p.yM / stepM) * stepM };
      await stepBy(page, (target.xM - cursor.xM) / stepM, 'ArrowLeft', 'ArrowRight', 4);
      await stepBy(page, (target.yM - cursor.yM) / stepM, 'ArrowUp', 'ArrowDown', 4);
      Object.assign(cursor, target);
      await press(page, 'Space');
    }
  }
  await screen(page, 'toilets-water-answered-1366');
  await checkAndExpectSuccess(page, 'toilets-water-1366');
  expect(errors).toEqual([]);
});

test('waste and climate: every piece in its bin and the measures chosen, by keyboard', async ({ page }) => {
  const errors = watchErrors(page);
  await openFixture(page, 'waste-climate');
  const solved = await hook<{ sorting: Record<string, string>; measures: string[] }>(page, 'solve()');
  const v = await hook<{ items: string[]; measures: string[] }>(page, 'variant()');
  await press(page, 'Tab');
  // A digit drops the focused piece in that bin and moves on to the next piece.
  for (const item of v.items) {
    await press(page, String((WASTE_STREAMS as readonly string[]).indexOf(solved.sorting[item] ?? '') + 1));
  }
  await press(page, 'Tab', WASTE_STREAMS.length + 1);
  for (const m of v.measures) {
    if (solved.measures.includes(m)) await press(page, 'Space');
    await press(page, 'Tab');
  }
  await screen(page, 'waste-climate-answered-1366');
  await checkAndExpectSuccess(page, 'waste-climate-1366');
  expect(errors).toEqual([]);
});

test.describe('at 1024x768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('every view fits: its controls stay on screen', async ({ page }) => {
    const errors = watchErrors(page);
    for (const kind of ['crowd-safety', 'toilets-water', 'waste-climate']) {
      await openFixture(page, kind);
      await press(page, 'Tab');
      await press(page, 'ArrowUp', 3);
      await press(page, 'Tab');
      await press(page, 'Space');
      await screen(page, `${kind}-1024`);
      const targets = await hook<Record<string, { x: number; y: number }>>(page, 'targets()');
      for (const [id, at] of Object.entries(targets)) {
        expect(at.x, `${kind}: ${id}`).toBeGreaterThan(0);
        expect(at.x, `${kind}: ${id}`).toBeLessThan(1024);
        expect(at.y, `${kind}: ${id}`).toBeLessThan(768);
      }
    }
    expect(errors).toEqual([]);
  });

  test('waste and climate: a piece dragged by mouse onto its bin counts', async ({ page }) => {
    const errors = watchErrors(page);
    await openFixture(page, 'waste-climate');
    const solved = await hook<{ sorting: Record<string, string>; measures: string[] }>(page, 'solve()');
    const v = await hook<{ items: string[]; measures: string[] }>(page, 'variant()');
    const first = v.items[0] ?? '';
    const from = await target(page, `item-${first}`);
    const to = await target(page, `bin-${solved.sorting[first]}`);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await screen(page, 'waste-climate-dragging-1024');
    await page.mouse.up();
    // The drop moved the focus on to the second piece: the rest by keyboard.
    for (const item of v.items.slice(1)) {
      await press(page, String((WASTE_STREAMS as readonly string[]).indexOf(solved.sorting[item] ?? '') + 1));
    }
    await press(page, 'Tab', WASTE_STREAMS.length + 1);
    for (const m of v.measures) {
      if (solved.measures.includes(m)) await press(page, 'Space');
      await press(page, 'Tab');
    }
    await screen(page, 'waste-climate-answered-1024');
    await checkAndExpectSuccess(page, 'waste-climate-1024');
    expect(errors).toEqual([]);
  });
});

test.describe('at 1024x768 with touch', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

  test('crowd safety: a tap on the fence places an exit, the - button narrows it', async ({ page }) => {
    const errors = watchErrors(page);
    await openFixture(page, 'crowd-safety');
    await press(page, 'Tab', 2);
    await press(page, 'Space');
    // The first exit sits in the middle of the top fence; its number button just above it.
    const first = await target(page, 'exit-0');
    const ui = 0.8;
    await page.touchscreen.tap(first.x + 60, first.y + 17 * ui);
    await expect.poll(async () => Object.keys(await hook<object>(page, 'targets()'))).toContain('exit-1');
    const second = await target(page, 'exit-1');
    expect(second.y).toBeCloseTo(first.y, 0);
    expect(second.x).toBeGreaterThan(first.x + 40);
    await page.touchscreen.tap(
      (await target(page, 'exit-width-down')).x,
      (await target(page, 'exit-width-down')).y,
    );
    await screen(page, 'crowd-safety-tapped-1024');
    expect(errors).toEqual([]);
  });
});
