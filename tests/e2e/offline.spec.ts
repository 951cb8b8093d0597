// The game as an installable offline app: the manifest and its icons are served, the service
// worker precaches the game after one visit, and with the network gone the game reloads, starts
// and plays a task; /api is never in the cache.
import { expect, test } from '@playwright/test';
import { click, screen, state, waitForScene, watchErrors } from './helpers/festival';

test('manifest: name, landscape, theme colour, start URL and icons that load', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifestUrl = new URL(href ?? '', page.url()).toString();
  const manifest = await (await request.get(manifestUrl)).json();
  expect(manifest).toMatchObject({
    name: 'Festivalmakers',
    start_url: './',
    scope: './',
    orientation: 'landscape',
    theme_color: '#1d1140',
  });
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(new URL(icon.src, manifestUrl).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(icon.type);
  }
});

test('offline after one visit: reload, start and play a task without network', async ({ page, context }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.goto('/?test');
  await waitForScene(page, 'Title');
  // The service worker is installed and has precached the game.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).length), { timeout: 20_000 })
    .toBeGreaterThan(0);

  await context.setOffline(true);
  await page.reload();
  await waitForScene(page, 'Title');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await screen(page, 'o01-offline-title');
  await click(page, 'play');
  await waitForScene(page, 'Avatar');
  await click(page, 'avatar-done');
  await waitForScene(page, 'LevelChoice');
  await click(page, 'level-schoolfuif');
  await waitForScene(page, 'Site');
  const site = await state(page);
  expect(site.levelId).toBe('schoolfuif');
  await page.evaluate(() => {
    const f = (window as unknown as { __festival: { openTask(l: string, t: string): void } }).__festival;
    f.openTask('schoolfuif', 'sound-barrier');
  });
  await waitForScene(page, 'Task');
  await page.evaluate(() => {
    const f = (window as unknown as { __festival: { submit(a: unknown): void; solve(): unknown } })
      .__festival;
    f.submit(f.solve());
  });
  await page.waitForTimeout(300);
  await screen(page, 'o02-offline-task-done');
  const played = await state(page);
  const attempts = played.progress.profiles[0]?.levels.schoolfuif?.attempts['sound-barrier'];
  expect(attempts).toHaveLength(1);
  expect(played.score?.points).toBeGreaterThan(0);

  // Nothing of /api is ever cached.
  const cachedApi = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls.filter((u) => new URL(u).pathname.startsWith('/api/'));
  });
  expect(cachedApi).toEqual([]);
  await context.setOffline(false);
  // Requests the offline game tried (joining a class, sending results) fail as network errors.
  expect(errors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
});
