// Promo mode end to end: a teacher makes an event in the dashboard and sees its kiosk and
// leaderboard links with QR codes; the big-screen leaderboard (1920×1080) follows kiosk results
// sent through the API without a reload. Screens: test-results/screens/promo-*.png.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import { checkLevelSource } from '../../src/core/levels/checkLevel';
import { makeTaskVariant } from '../../src/core/scoring/taskVariant';
import { taskKind } from '../../src/core/tasks/registry';

const promo = (() => {
  const result = checkLevelSource('promo.json', readFileSync('levels/promo.json', 'utf8'));
  if (!result.ok) throw new Error('levels/promo.json does not pass the checker');
  return result.level;
})();

async function noSeriousAxeProblems(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    name,
  ).toEqual([]);
}

/** A teacher account in the page's browser context (cookies shared with the page). */
async function teacherIn(page: Page): Promise<string> {
  const response = await page.request.post('/api/teacher/signup', {
    data: { email: `promo.${Date.now()}.${Math.random()}@school.be`, password: 'geheim-wachtwoord-123' },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).csrfToken;
}

/** One visitor's play at the kiosk: `solved` tasks right (the first wrong when solved is 0). */
async function kioskPlay(kiosk: APIRequestContext, kioskToken: string, nickname: string, solved: number) {
  const playId = crypto.randomUUID();
  const seed = Math.floor(Math.random() * 1_000_000);
  let last: { play: { points: number; visitorsWelcomed: number } } | null = null;
  for (const [i, task] of promo.tasks.entries()) {
    if (i >= Math.max(1, solved)) break;
    const answer = solved === 0 ? { nonsense: true } : taskKind(task.kind).solve(makeTaskVariant(task, seed));
    const response = await kiosk.post('/api/kiosk/attempts', {
      data: {
        kioskToken,
        playId,
        nickname,
        attemptId: crypto.randomUUID(),
        levelId: promo.id,
        levelVersion: promo.version,
        taskId: task.id,
        seed,
        answer,
        hintsUsed: 0,
        timeMs: 25_000,
        clientCreatedAt: new Date().toISOString(),
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    last = await response.json();
  }
  return last;
}

test('the leaderboard follows kiosk results live on a big screen', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const csrf = await teacherIn(page);
  const created = await page.request.post('/api/events', {
    headers: { 'x-csrf-token': csrf },
    data: { name: 'Opendeurdag Sint-Jozef', date: new Date().toISOString().slice(0, 10) },
  });
  expect(created.status()).toBe(201);
  const { event } = await created.json();
  const kiosk = await request.newContext({ baseURL });
  await kioskPlay(kiosk, event.kioskToken, 'DJ Volt', 2);
  await kioskPlay(kiosk, event.kioskToken, 'Captain Bass', 1);
  await kioskPlay(kiosk, event.kioskToken, 'Lady Neon', 3);
  await kioskPlay(kiosk, event.kioskToken, 'Sir Echo', 0);

  await page.setViewportSize({ width: 1920, height: 1080 });
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto(event.leaderboardPath);
  const board = page.locator('#board');
  await expect(board).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opendeurdag Sint-Jozef');
  await expect(page.locator('.lb-row')).toHaveCount(4);
  await expect(page.locator('.lb-row').first().locator('.lb-name')).toHaveText('Lady Neon');
  const total = Number(await page.locator('.lb-count').getAttribute('data-total'));
  expect(total).toBeGreaterThan(0);
  expect(loaded.some((u) => /phaser/i.test(u))).toBe(false);

  // A new visitor plays; the board updates without a reload.
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
  const best = await kioskPlay(kiosk, event.kioskToken, 'Miss Groove', 3);
  await expect(page.locator('.lb-row')).toHaveCount(5);
  await expect(page.locator('.lb-name', { hasText: 'Miss Groove' })).toBeVisible();
  const after = total + (best?.play.visitorsWelcomed ?? 0);
  await expect(page.locator('.lb-count')).toHaveAttribute('data-total', String(after));
  await expect(page.locator('.lb-count')).toHaveText(new Intl.NumberFormat('nl-BE').format(after));
  await expect(page.locator('.lb-plays')).toHaveText('in 5 keer spelen');
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
    true,
  );
  await page.waitForTimeout(2600); // let the highlight fade before the picture
  await noSeriousAxeProblems(page, 'leaderboard');
  await page.screenshot({ path: 'test-results/screens/promo-leaderboard.png' });

  // French, with reduced motion: the total is there at once.
  const calm = await page
    .context()
    .browser()
    ?.newPage({
      viewport: { width: 1920, height: 1080 },
      reducedMotion: 'reduce',
    });
  if (!calm) throw new Error('no browser');
  await calm.goto(`${event.leaderboardPath}&lang=fr`);
  await expect(calm.locator('.lb-count')).toHaveText(new Intl.NumberFormat('fr-BE').format(after));
  await expect(calm.getByText('Ensemble, nous avons accueilli')).toBeVisible();
  await calm.screenshot({ path: 'test-results/screens/promo-leaderboard-fr.png' });
  await calm.close();

  // An unknown event says so instead of waiting forever.
  await page.goto('/leaderboard.html?event=doesnotexist');
  await expect(page.locator('#board')).toHaveAttribute('data-problem', 'notFound');
  await kiosk.dispose();
});

test('a teacher makes an event in the dashboard and gets its links and QR codes', async ({ page }) => {
  test.setTimeout(120_000);
  await teacherIn(page);
  await page.goto('/teacher.html#/classes');
  await page.getByRole('link', { name: 'Promo-evenementen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Promo-evenementen' })).toBeVisible();
  await expect(page.getByLabel('Niveau')).toHaveValue('promo');
  await page.getByLabel('Naam van het evenement').fill('Schoolfeest');
  await page.getByLabel('Resultaten bewaren').selectOption('7');
  await page.getByRole('button', { name: 'Evenement maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schoolfeest' })).toBeVisible();
  await expect(page.locator('#app')).toHaveAttribute('data-page', 'event');

  const kioskUrl = await page.locator('.mono').first().textContent();
  const boardUrl = await page.locator('.mono').nth(1).textContent();
  expect(kioskUrl).toMatch(/\/\?kiosk=[\w-]{40,}$/);
  expect(boardUrl).toMatch(/\/leaderboard\.html\?event=[\w-]+$/);
  for (const img of await page.locator('img.qr').all()) {
    await expect(img).toHaveJSProperty('complete', true);
    expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  }

  // A kiosk result shows up on the event page live.
  const token = new URL(kioskUrl ?? '').searchParams.get('kiosk') ?? '';
  const kiosk = await request.newContext({ baseURL: new URL(page.url()).origin });
  await kioskPlay(kiosk, token, 'DJ Volt', 3);
  await expect(page.getByRole('cell', { name: 'DJ Volt' })).toBeVisible();
  await noSeriousAxeProblems(page, 'event page');
  await page.screenshot({ path: 'test-results/screens/promo-dashboard-event.png', fullPage: true });

  // End it (asked first): kiosks are refused from then on.
  await page.getByRole('button', { name: 'Evenement beëindigen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Evenement beëindigen' }).click();
  await expect(page.getByText('Dit evenement is afgelopen')).toBeVisible();
  const refused = await kiosk.post('/api/kiosk/event', { data: { kioskToken: token } });
  expect(refused.status()).toBe(410);

  await page.getByRole('link', { name: 'Terug naar de evenementen' }).click();
  await expect(page.getByRole('link', { name: 'Schoolfeest' })).toBeVisible();
  await expect(page.getByText('Afgelopen')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/promo-dashboard-events.png', fullPage: true });

  await page.getByRole('link', { name: 'Schoolfeest' }).click();
  await page.getByRole('button', { name: 'Evenement verwijderen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Evenement verwijderen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Promo-evenementen' })).toBeVisible();
  await expect(page.getByText('Je hebt nog geen evenementen.')).toBeVisible();
  await kiosk.dispose();
});
