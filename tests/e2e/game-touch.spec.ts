// The game end to end with touch on a 1024x768 tablet in landscape: every step is a tap on a
// canvas button or station found through the test hook.
import { expect, test } from '@playwright/test';
import { hook, screen, state, tap, waitForScene, watchErrors } from './helpers/festival';

test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });
// A whole level played key by key under software WebGL: generous, since CI machines may be busy.
test.setTimeout(300_000);

test('touch: avatar, tap to walk to a station, do tasks, finish schoolfuif, festival day, results', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?test');
  await waitForScene(page, 'Title');
  await screen(page, 't01-title');
  await tap(page, 'play');
  await waitForScene(page, 'Avatar');
  await tap(page, 'accessory-next');
  await tap(page, 'skin-next');
  await waitForScene(page, 'Avatar');
  await screen(page, 't02-avatar');
  await tap(page, 'avatar-done');
  await waitForScene(page, 'LevelChoice');
  await screen(page, 't03-levels');
  await tap(page, 'level-schoolfuif');
  await waitForScene(page, 'Site');
  await screen(page, 't04-site');
  await tap(page, 'desk-station');
  await waitForScene(page, 'Task');
  expect((await state(page)).taskId).toBe('sound-barrier');
  await screen(page, 't05-task-sound');
  await hook(page, 'submit(window.__festival.solve())');
  await page.waitForTimeout(200);
  await screen(page, 't06-feedback');
  await tap(page, 'to-site');
  await waitForScene(page, 'Site');
  await tap(page, 'info-station');
  await waitForScene(page, 'Task');
  const right = await hook<{ optionId: string }>(page, 'solve()');
  await tap(page, `option-${right.optionId}`);
  await screen(page, 't07-task-question');
  await tap(page, 'check');
  await page.waitForTimeout(200);
  await tap(page, 'to-site');
  await waitForScene(page, 'Site');
  for (const taskId of ['power-dj', 'light-show', 'ticket-price']) {
    await hook(page, `openTask('schoolfuif', '${taskId}')`);
    await waitForScene(page, 'Task');
    await hook(page, 'submit(window.__festival.solve())');
  }
  await hook(page, "goto('Site', { levelId: 'schoolfuif' })");
  await waitForScene(page, 'Site');
  await screen(page, 't08-site-complete');
  await tap(page, 'festival-day');
  await waitForScene(page, 'FestivalDay');
  await page.waitForTimeout(1500);
  await screen(page, 't09-festival-day');
  await tap(page, 'skip');
  const s = await waitForScene(page, 'Results');
  await screen(page, 't10-results');
  expect(s.score?.complete).toBe(true);
  expect(errors).toEqual([]);
});
