// Browser tests of the five task kinds of part A (power plan, budget, crowd safety, toilets and
// water, waste and climate): open the sample task through the test hook, play it by keyboard
// to the core's right answer, check it, and see the success feedback (its focused "back"
// button leaves the task, where a wrong answer would keep it open for a retry).
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { hook, screen, state, waitForScene, watchErrors } from './helpers/festival';

test.setTimeout(120_000);

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

/** Checks with Enter, shows the feedback, then Space presses the focused button: "back" only after a right answer. */
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

test('power plan: typed limit, devices onto circuits and a generator, all by keyboard', async ({ page }) => {
  const errors = watchErrors(page);
  await openFixture(page, 'power-plan');
  const solved = await hook<{ limitW: number; circuitOf: number[]; generatorKva: number }>(page, 'solve()');
  const variant = await hook<{ circuits: number; generatorSizesKva: number[] }>(page, 'variant()');
  await screen(page, 'power-plan-start');
  await press(page, 'Tab');
  await page.keyboard.type(String(solved.limitW));
  for (const circuit of solved.circuitOf) {
    await press(page, 'Tab');
    await press(page, 'Space');
    await press(page, String(circuit + 1));
  }
  await press(page, 'Tab', variant.circuits + variant.generatorSizesKva.indexOf(solved.generatorKva) + 1);
  await press(page, 'Space');
  await screen(page, 'power-plan-answered');
  await checkAndExpectSuccess(page, 'power-plan');
  expect(errors).toEqual([]);
});

test('budget: price and tickets typed, with the live profit graph', async ({ page }) => {
  const errors = watchErrors(page);
  await openFixture(page, 'budget');
  const solved = await hook<{ ticketPriceEur: number; tickets: number }>(page, 'solve()');
  await press(page, 'Tab');
  await page.keyboard.type(String(Math.trunc(solved.ticketPriceEur)));
  if (solved.ticketPriceEur % 1 !== 0) await press(page, 'ArrowUp');
  await press(page, 'Tab');
  await page.keyboard.type(String(solved.tickets));
  await screen(page, 'budget-answered');
  await checkAndExpectSuccess(page, 'budget');
  expect(errors).toEqual([]);
});
