// Kiosk mode end to end on a 1024x768 tablet: an organiser's event, the attract screen, a typed
// nickname refused by the filter and a clean one accepted on the on-screen keys, the promo level
// played (answers through the test hook, every navigation a real tap), results with the QR code,
// the server's leaderboard, the idle reset, and no trace of the visitor left on the device.
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { screen, state, tap, waitForScene, watchErrors } from './helpers/festival';

test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

interface EventInfo {
  kioskPath: string;
  publicId: string;
}

async function createEvent(request: APIRequestContext): Promise<EventInfo> {
  const email = `kiosk-${Date.now()}-${Math.round(Math.random() * 1e6)}@school.be`;
  const signup = await request.post('/api/teacher/signup', { data: { email, password: 'festival-2026!' } });
  expect(signup.status()).toBe(201);
  const { csrfToken } = await signup.json();
  const today = new Date().toISOString().slice(0, 10);
  const created = await request.post('/api/events', {
    data: { name: 'Schoolfeest De Klimop', date: today },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(created.status()).toBe(201);
  const { event } = await created.json();
  return { kioskPath: event.kioskPath, publicId: event.publicId };
}

/** Taps the middle of the attract screen until the kiosk has its event and opens the name screen. */
async function tapToPlay(page: Page): Promise<void> {
  const size = page.viewportSize() ?? { width: 1024, height: 768 };
  await expect(async () => {
    await page.touchscreen.tap(size.width / 2, size.height * 0.8);
    expect((await state(page)).scene).toBe('KioskName');
  }).toPass({ timeout: 15_000 });
}

const storageTrace = (page: Page) =>
  page.evaluate(async () => ({
    local: Object.keys(localStorage).sort(),
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((d) => d.name).sort(),
    outbox: await new Promise<number>((resolve) => {
      const open = indexedDB.open('festivalmakers-kiosk');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('outbox')) return resolve(0);
        const count = db.transaction('outbox').objectStore('outbox').count();
        count.onsuccess = () => resolve(count.result);
      };
    }),
  }));

test('kiosk cycle: attract, nickname, promo level, results with QR, idle reset, no trace left', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  const event = await createEvent(request);
  await page.goto(`${event.kioskPath}&test`);
  await waitForScene(page, 'KioskAttract');
  await page.waitForTimeout(1500);
  await screen(page, 'k01-attract');
  await tapToPlay(page);
  await waitForScene(page, 'KioskName');
  await screen(page, 'k02-name');

  // A rude name is refused on the on-screen keys; a clean one is taken.
  await tap(page, 'kiosk-own');
  await waitForScene(page, 'KioskName');
  for (const key of ['K', 'U', 'T']) await tap(page, `key-${key}`);
  await tap(page, 'key-ok');
  await waitForScene(page, 'KioskName');
  await screen(page, 'k03-name-keyboard-refused');
  expect((await state(page)).progress.profiles).toHaveLength(0);
  for (let i = 0; i < 3; i++) await tap(page, 'key-erase');
  for (const key of ['N', 'O', 'V', 'A']) await tap(page, `key-${key}`);
  await tap(page, 'key-ok');
  await waitForScene(page, 'Site');
  await screen(page, 'k04-site');
  expect((await state(page)).progress.profiles.map((p) => p.nickname)).toEqual(['Nova']);

  // No way out: the title is a gate back into the play.
  await page.evaluate(() =>
    (window as unknown as { __festival: { goto(s: string): void } }).__festival.goto('Title'),
  );
  await waitForScene(page, 'Site');

  for (const taskId of ['promo-sound', 'promo-lights', 'promo-waste']) {
    await tap(page, `task-${taskId}`);
    await waitForScene(page, 'Task');
    expect((await state(page)).taskId).toBe(taskId);
    await page.evaluate(() => {
      const f = (window as unknown as { __festival: { submit(a: unknown): void; solve(): unknown } })
        .__festival;
      f.submit(f.solve());
    });
    await page.waitForTimeout(200);
    await tap(page, 'to-site');
    await waitForScene(page, 'Site');
  }
  expect((await state(page)).score?.complete).toBe(true);
  await tap(page, 'festival-day');
  await waitForScene(page, 'FestivalDay');
  await tap(page, 'skip');
  await waitForScene(page, 'Results');

  // The server has the play on the event's leaderboard, and the results screen says where.
  await expect
    .poll(
      async () => {
        const board = await (await request.get(`/api/leaderboards/${event.publicId}`)).json();
        return board.top.map((e: { nickname: string; points: number }) => `${e.nickname}:${e.points > 0}`);
      },
      { timeout: 15_000 },
    )
    .toEqual(['Nova:true']);
  await page.waitForTimeout(1200);
  await screen(page, 'k05-results-qr');

  // 15 s without a tap on the results: back to the attract screen, the visitor gone.
  await expect
    .poll(async () => (await state(page)).scene, { timeout: 30_000, intervals: [1000] })
    .toBe('KioskAttract');
  const after = await state(page);
  expect(after.progress.profiles).toHaveLength(0);
  expect(after.progress.currentProfile).toBeNull();
  expect(after.levelId).toBeNull();
  expect(after.score).toBeNull();
  await expect
    .poll(() => storageTrace(page))
    .toEqual({
      local: expect.arrayContaining([]),
      session: 0,
      databases: ['festivalmakers-kiosk'],
      outbox: 0,
    });
  const trace = await storageTrace(page);
  for (const key of trace.local) {
    expect(['festivalmakers.settings', 'festivalmakers.language', 'festivalmakers.kiosk.event']).toContain(
      key,
    );
  }
  const pageText = await page.evaluate(() => document.body.textContent ?? '');
  expect(pageText).not.toContain('Nova');
  expect(errors).toEqual([]);
});

test('kiosk with an unknown token says so and cannot be played', async ({ page }) => {
  await page.goto('/?kiosk=this-token-is-not-an-event&test');
  await waitForScene(page, 'KioskAttract');
  await page.waitForTimeout(1500);
  await page.touchscreen.tap(512, 600);
  await page.waitForTimeout(500);
  expect((await state(page)).scene).toBe('KioskAttract');
  await screen(page, 'k06-attract-refused');
});
