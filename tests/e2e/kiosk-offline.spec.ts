// A kiosk that loses its network mid-play: the visitor plays on, the tries wait in the kiosk's
// outbox (IndexedDB), and when the network is back they reach the event's leaderboard with the
// same points the tablet shows.
import { expect, type Page, test } from '@playwright/test';
import { state, tap, waitForScene, watchErrors } from './helpers/festival';

test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

const outboxCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('festivalmakers-kiosk');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('outbox')) return resolve(0);
          const count = db.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );

test('kiosk offline mid-play: tries wait in the outbox and reach the leaderboard when back online', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const signup = await request.post('/api/teacher/signup', {
    data: { email: `kiosk-off-${Date.now()}@school.be`, password: 'festival-2026!' },
  });
  const { csrfToken } = await signup.json();
  const created = await request.post('/api/events', {
    data: { name: 'Opendeurdag', date: new Date().toISOString().slice(0, 10) },
    headers: { 'x-csrf-token': csrfToken },
  });
  const { event } = await created.json();
  const board = async () => (await request.get(`/api/leaderboards/${event.publicId}`)).json();

  await page.goto(`${event.kioskPath}&test`);
  await waitForScene(page, 'KioskAttract');
  await expect(async () => {
    await page.touchscreen.tap(512, 600);
    expect((await state(page)).scene).toBe('KioskName');
  }).toPass({ timeout: 15_000 });
  await tap(page, 'kiosk-play-as');
  await waitForScene(page, 'Site');
  const nickname = (await state(page)).progress.profiles[0]?.nickname;

  await context.setOffline(true);
  for (const taskId of ['promo-sound', 'promo-lights']) {
    await tap(page, `task-${taskId}`);
    await waitForScene(page, 'Task');
    await page.evaluate(() => {
      const f = (window as unknown as { __festival: { submit(a: unknown): void; solve(): unknown } })
        .__festival;
      f.submit(f.solve());
    });
    await page.waitForTimeout(200);
    await tap(page, 'to-site');
    await waitForScene(page, 'Site');
  }
  await expect.poll(() => outboxCount(page), { timeout: 10_000 }).toBe(2);
  expect((await board()).totals.plays).toBe(0);
  const localPoints = (await state(page)).score?.points;
  expect(localPoints).toBeGreaterThan(0);

  await context.setOffline(false);
  await expect.poll(() => outboxCount(page), { timeout: 20_000 }).toBe(0);
  const after = await board();
  expect(after.totals.plays).toBe(1);
  expect(after.top).toEqual([expect.objectContaining({ nickname, points: localPoints })]);
  expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
});
