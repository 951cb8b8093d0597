// The game end to end with the keyboard and a mouse on a 1366x768 Chromebook screen: make an
// avatar, walk to stations, do tasks, finish schoolfuif, festival day, results; switch the
// language; reload and resume; survive a corrupt save; open any task definition.
import { expect, type Page, test } from '@playwright/test';
import { type GameState, hook, screen, state, waitForScene, watchErrors } from './helpers/festival';

// A whole level played key by key under software WebGL: generous, since CI machines may be busy.
test.setTimeout(300_000);

const OBLIGATIONS = ['notify', 'permit', 'measure', 'show-level', 'record-30-days', 'earplugs'];

async function walkUntil(page: Page, key: string, done: (s: GameState) => boolean): Promise<void> {
  await page.keyboard.down(key);
  await expect.poll(async () => done(await state(page)), { timeout: 20_000, intervals: [50] }).toBe(true);
  await page.keyboard.up(key);
}

const near = (xM: number, yM: number) => (s: GameState) =>
  s.avatarM !== null && Math.hypot(s.avatarM.xM - xM, s.avatarM.yM - yM) < 2.5;

/** Solves the rest of a level through the test hook (kinds whose views other engineers build). */
async function solveRemaining(page: Page, levelId: string, taskIds: string[]): Promise<void> {
  for (const taskId of taskIds) {
    await hook(page, `openTask('${levelId}', '${taskId}')`);
    await waitForScene(page, 'Task');
    expect((await state(page)).taskId).toBe(taskId);
    await hook(page, 'submit(window.__festival.solve())');
  }
}

test('keyboard only: avatar, walk to a station, do tasks, finish schoolfuif, festival day, results', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?test');
  await waitForScene(page, 'Title');
  await screen(page, '01-title');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Avatar');
  // Change the skin tone with the keyboard: Tab to its button, Enter presses it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await screen(page, '02-avatar');
  // From the shirt's button back past Back to Ready.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'LevelChoice');
  await screen(page, '03-levels');
  const profile = (await state(page)).progress.profiles[0];
  expect(profile?.nickname.length).toBeGreaterThan(2);
  await page.keyboard.press('Enter');
  let s = await waitForScene(page, 'Site');
  expect(s.levelId).toBe('schoolfuif');
  await screen(page, '04-site');

  // Walk north to the mixing desk and open the sound task.
  await walkUntil(page, 'ArrowUp', near(30, 22));
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Task');
  await screen(page, '05-task-sound');
  await page.keyboard.press('h');
  const right = await hook<{ distanceM: number; obligations: string[] }>(page, 'solve()');
  for (let m = 2; m < right.distanceM; m++) await page.keyboard.press('ArrowRight');
  for (const obligation of OBLIGATIONS) {
    await page.keyboard.press('Tab');
    if (right.obligations.includes(obligation)) await page.keyboard.press('Space');
  }
  await screen(page, '06-task-sound-answered');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  await screen(page, '07-feedback-right');
  s = await state(page);
  const attempts = s.progress.profiles[0]?.levels.schoolfuif?.attempts['sound-barrier'] ?? [];
  expect(attempts).toHaveLength(1);
  expect(attempts[0]).toMatchObject({ answer: { distanceM: right.distanceM }, hintsUsed: 1 });
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Site');

  // Tab walks to the next station: the info stand with the earplug question.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect.poll(async () => near(9, 32.5)(await state(page)), { timeout: 20_000 }).toBe(true);
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Task');
  const variant = await hook<{ order: string[]; options: { id: string; correct: boolean }[] }>(
    page,
    'variant()',
  );
  const isRight = (id: string) => variant.options.some((o) => o.id === id && o.correct);
  const wrongIndex = variant.order.findIndex((id) => !isRight(id));
  await page.keyboard.press(String(wrongIndex + 1));
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  await screen(page, '08-feedback-wrong');
  await page.keyboard.press('Enter'); // Try again is focused after a wrong answer.
  const rightIndex = variant.order.findIndex(isRight);
  await page.keyboard.press(String(rightIndex + 1));
  await page.keyboard.press('Enter');
  s = await state(page);
  expect(s.progress.profiles[0]?.levels.schoolfuif?.attempts['earplug-question']).toHaveLength(2);

  await solveRemaining(page, 'schoolfuif', ['power-dj', 'light-show', 'ticket-price']);
  await hook(page, "goto('Site', { levelId: 'schoolfuif' })");
  s = await waitForScene(page, 'Site');
  expect(s.score?.complete).toBe(true);
  await screen(page, '09-site-complete');
  await page.keyboard.press('f');
  await waitForScene(page, 'FestivalDay');
  await page.waitForTimeout(2500);
  await screen(page, '10-festival-day');
  await page.keyboard.press('Enter');
  s = await waitForScene(page, 'Results');
  await page.waitForTimeout(300);
  await screen(page, '11-results');
  expect(s.score?.stars).toBeGreaterThanOrEqual(1);
  expect(errors).toEqual([]);
});

test('switches language at any moment and remembers it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?test');
  await waitForScene(page, 'Title');
  await page.getByRole('button', { name: 'FR', exact: true }).click();
  expect((await state(page)).language).toBe('fr');
  await waitForScene(page, 'Title');
  await screen(page, '12-title-fr');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.reload();
  await waitForScene(page, 'Title');
  expect((await state(page)).language).toBe('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog')).toContainText('High contrast');
  await page.getByLabel('High contrast').check();
  await screen(page, '13-settings-en');
  await page.getByRole('button', { name: 'Close' }).click();
  await waitForScene(page, 'Title');
  await screen(page, '14-title-high-contrast');
  expect(errors).toEqual([]);
});

test('reload resumes where the pupil was', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?test');
  await waitForScene(page, 'Title');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Avatar');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'LevelChoice');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Site');
  await hook(page, "openTask('schoolfuif', 'sound-barrier')");
  await waitForScene(page, 'Task');
  await hook(page, 'submit({ distanceM: 1, obligations: [] })');
  await page.reload();
  await waitForScene(page, 'Title');
  await screen(page, '15-title-continue');
  await page.keyboard.press('Enter'); // Continue is focused when there is somewhere to go back to.
  const s = await waitForScene(page, 'Task');
  expect(s).toMatchObject({ levelId: 'schoolfuif', taskId: 'sound-barrier' });
  expect(s.progress.profiles[0]?.levels.schoolfuif?.attempts['sound-barrier']).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('a corrupt save is reported and kept aside, not crashed on', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('festivalmakers.progress', '{"version": 1, "profiles": [');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/?test');
  await waitForScene(page, 'Title');
  await screen(page, '16-title-corrupt-save');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('corrupt')));
  expect(kept).toHaveLength(1);
  expect((await state(page)).progress.profiles).toEqual([]);
  expect(errors).toEqual([]);
});

test('openTaskDef opens any valid task definition, e.g. a numeric estimate', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?test');
  await waitForScene(page, 'Title');
  const def = {
    id: 'estimate-visitors',
    kind: 'question',
    station: 'x',
    title: { nl: 'Schatten', fr: 'Estimer', en: 'Estimate' },
    story: { nl: 'Hoeveel?', fr: 'Combien ?', en: 'How many?' },
    domains: ['M'],
    careers: ['data-analyst'],
    params: {
      mode: 'estimate',
      question: {
        nl: 'Hoeveel toiletten voor 500 bezoekers?',
        fr: 'Combien de toilettes pour 500 visiteurs ?',
        en: 'How many toilets for 500 visitors?',
      },
      answer: 5,
      tolerance: 0,
      min: 0,
      max: 20,
      explanation: { nl: '1 per 100.', fr: '1 pour 100.', en: '1 per 100.' },
      source: 'Flemish rule of thumb',
    },
  };
  await page.evaluate(
    (d) => (window as unknown as { __festival: { openTaskDef(x: unknown): void } }).__festival.openTaskDef(d),
    def,
  );
  await waitForScene(page, 'Task');
  expect(await hook<{ mode: string }>(page, 'variant()')).toMatchObject({ mode: 'estimate', answer: 5 });
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await screen(page, '17-task-estimate');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  await screen(page, '18-feedback-estimate');
  await expect(
    page.evaluate(() =>
      (window as unknown as { __festival: { openTaskDef(x: unknown): void } }).__festival.openTaskDef({
        kind: 'nope',
      }),
    ),
  ).rejects.toThrow(/not a valid task/);
  expect(errors).toEqual([]);
});
