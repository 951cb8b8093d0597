// The game and the server together: a teacher makes a class and assigns a level in the
// dashboard, a pupil joins through the game's own join dialog (?join=CODE from the QR code),
// plays through the game's UI, and the teacher's grid follows live; a result played offline
// waits in the queue (badge), survives a reload and reaches the server exactly once; the
// teacher's preview link opens a level with a ribbon and sends nothing.
// Screens: test-results/screens/class-*.png.
import { expect, type Page, test } from '@playwright/test';
import { type GameState, hook, screen, state, waitForScene, watchErrors } from './helpers/festival';

test.setTimeout(240_000);

const PASSWORD = 'geheim-wachtwoord-123';
const OBLIGATIONS = ['notify', 'permit', 'measure', 'show-level', 'record-30-days', 'earplugs'];

const near = (xM: number, yM: number) => (s: GameState) =>
  s.avatarM !== null && Math.hypot(s.avatarM.xM - xM, s.avatarM.yM - yM) < 2.5;

/** Signs a teacher up and makes a class through the API from the dashboard page. */
async function teacherWithClass(page: Page): Promise<{ classId: string; joinCode: string }> {
  await page.goto('/teacher.html');
  return page.evaluate(async (password) => {
    const json = { 'content-type': 'application/json' };
    const signup = await fetch('/api/teacher/signup', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: `meester.${Date.now()}@school.be`, password }),
    });
    const { csrfToken } = await signup.json();
    const made = await fetch('/api/classes', {
      method: 'POST',
      headers: { ...json, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ name: '1A' }),
    });
    const { class: made1A } = await made.json();
    return { classId: made1A.id, joinCode: made1A.joinCode };
  }, PASSWORD);
}

/** The pupil's game: joins with the dialog the ?join= link opens, closes the card, makes the avatar. */
async function joinThroughGame(page: Page, joinCode: string, nickname: string): Promise<string> {
  await page.goto(`/?test&join=${joinCode}`);
  await waitForScene(page, 'Title');
  const dialog = page.locator('dialog[data-kind="join"]');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Klascode')).toHaveValue(joinCode);
  await expect(dialog.getByLabel('Je festivalnaam')).toBeFocused();
  await page.keyboard.type(nickname);
  await page.keyboard.press('Enter');
  const card = page.locator('dialog[data-kind="card"]');
  await expect(card).toBeVisible();
  await expect(card.locator('[data-card="code"]')).toHaveText(joinCode);
  await expect(card.locator('[data-card="nickname"]')).toHaveText(nickname);
  const secret = (await card.locator('[data-card="secret"]').textContent()) ?? '';
  expect(secret.length).toBeGreaterThan(3);
  return secret;
}

async function walkToStation(page: Page, tabs: number, xM: number, yM: number): Promise<void> {
  for (let i = 0; i < tabs; i += 1) await page.keyboard.press('Tab');
  await expect.poll(async () => near(xM, yM)(await state(page)), { timeout: 20_000 }).toBe(true);
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Task');
}

test('a pupil joins through the game, plays an assigned level, and the teacher sees it live', async ({
  page,
  browser,
}) => {
  // The teacher signs up, makes a class and assigns the city festival with a fixed seed, in the dashboard.
  await page.goto('/teacher.html');
  await page.getByRole('link', { name: 'Maak een account' }).click();
  await page.getByLabel('E-mailadres').fill(`juf.${Date.now()}@school.be`);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Account maken' }).click();
  await page.getByLabel('Naam van de klas').fill('2B');
  await page.getByRole('button', { name: 'Klas maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '2B' })).toBeVisible();
  const joinCode = (await page.locator('.class-meta .code-inline').textContent()) ?? '';
  expect(joinCode).toMatch(/^[A-Z2-9]{6}$/);
  await page
    .getByRole('navigation', { name: /onderdelen/i })
    .getByRole('link', { name: /levels toewijzen/i })
    .click();
  const levelCard = page.locator('.level-card[data-level="stadsfestival"]');
  await levelCard.getByLabel(/klaar tegen/i).fill('2030-06-01');
  await levelCard.getByLabel(/vaste startwaarde/i).fill('4242');
  await levelCard.getByRole('button', { name: 'Toewijzen', exact: true }).click();
  await expect(levelCard.locator('.assigned-state')).toHaveAttribute('data-assigned', 'true');
  await page
    .getByRole('navigation', { name: /onderdelen/i })
    .getByRole('link', { name: /voortgang/i })
    .click();
  await expect(page.locator('.live')).toHaveAttribute('data-open', 'true');
  await page.evaluate(() => {
    (window as unknown as { noReload: boolean }).noReload = true;
  });

  // The pupil opens the QR link in another browser and joins through the game's dialog.
  const context = await browser.newContext();
  const pupil = await context.newPage();
  const errors = watchErrors(pupil);
  await pupil.goto(`/?test&join=${joinCode}`);
  await waitForScene(pupil, 'Title');
  const join = pupil.locator('dialog[data-kind="join"]');
  await expect(join.getByLabel('Klascode')).toHaveValue(joinCode);
  await join.getByLabel('Je festivalnaam').fill('DJ Lul');
  await pupil.keyboard.press('Enter');
  await expect(join.getByRole('alert')).toHaveText(/Deze naam mag niet/);
  await join.getByLabel('Je festivalnaam').fill('DJ Volt');
  await screen(pupil, 'class-01-join');
  await pupil.keyboard.press('Enter');
  const card = pupil.locator('dialog[data-kind="card"]');
  await expect(card.locator('[data-card="code"]')).toHaveText(joinCode);
  await expect(card.locator('[data-card="nickname"]')).toHaveText('DJ Volt');
  await expect(card.locator('[data-card="secret"]')).toHaveText(/\S{4,}/);
  await screen(pupil, 'class-02-login-card');
  await card.getByRole('button', { name: 'Ik heb het opgeschreven' }).click();
  await waitForScene(pupil, 'Avatar');
  await pupil.keyboard.press('Enter');
  await waitForScene(pupil, 'LevelChoice');
  await expect(pupil.locator('#class-status')).toHaveText(/Klas 2B: alles verstuurd/);
  await pupil.waitForTimeout(500);
  await screen(pupil, 'class-03-assigned-levels');

  // The assigned (otherwise locked) city festival comes first and is focused: Enter plays it.
  await pupil.keyboard.press('Enter');
  const site = await waitForScene(pupil, 'Site');
  expect(site.levelId).toBe('stadsfestival');
  await walkToStation(pupil, 3, 29, 8);
  expect((await state(pupil)).taskId).toBe('line-up');
  await hook(pupil, 'submit(window.__festival.solve())');
  await pupil.waitForTimeout(300);
  await screen(pupil, 'class-04-task-done');
  await pupil.keyboard.press('Enter');
  await waitForScene(pupil, 'Site');

  // The grid fills without a reload; the server took the class's fixed seed (else: seed-mismatch).
  const row = page.locator('tr:has(th.pupil-name:has-text("DJ Volt"))');
  await expect(row.locator('td[data-level="stadsfestival"][data-task="line-up"]')).toHaveAttribute(
    'data-state',
    'done',
  );
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
  await expect(pupil.locator('#class-status')).toHaveAttribute('data-pending', '0');
  await page.screenshot({ path: 'test-results/screens/class-05-teacher-grid.png' });

  expect(errors).toEqual([]);
  await context.close();
});

test('a result played offline waits, survives a reload, and reaches the server exactly once', async ({
  page,
  browser,
}) => {
  const { classId, joinCode } = await teacherWithClass(page);
  const context = await browser.newContext();
  const pupil = await context.newPage();
  const errors = watchErrors(pupil);
  await joinThroughGame(pupil, joinCode, 'Captain Decibel');
  await pupil
    .locator('dialog[data-kind="card"]')
    .getByRole('button', { name: 'Ik heb het opgeschreven' })
    .click();
  await waitForScene(pupil, 'Avatar');
  await pupil.keyboard.press('Enter');
  await waitForScene(pupil, 'LevelChoice');
  await pupil.keyboard.press('Enter');
  await waitForScene(pupil, 'Site');

  await context.setOffline(true);
  await walkToStation(pupil, 1, 30, 22);
  // The sound task by keyboard: the barrier distance with the arrows, the obligations with Tab and Space.
  const right = await hook<{ distanceM: number; obligations: string[] }>(pupil, 'solve()');
  for (let m = 2; m < right.distanceM; m++) await pupil.keyboard.press('ArrowRight');
  for (const obligation of OBLIGATIONS) {
    await pupil.keyboard.press('Tab');
    if (right.obligations.includes(obligation)) await pupil.keyboard.press('Space');
  }
  await pupil.keyboard.press('Enter');
  const badge = pupil.locator('#class-status');
  await expect(badge).toHaveAttribute('data-pending', '1');
  await expect(badge).toHaveText(/1 resultaat wacht om verstuurd te worden/);
  await screen(pupil, 'class-06-offline-waiting');

  // A reload while still offline: the service worker serves the game, IndexedDB keeps the result.
  await pupil.reload();
  await waitForScene(pupil, 'Title');
  await expect(badge).toHaveAttribute('data-pending', '1');

  await context.setOffline(false);
  await expect(badge).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  await expect(badge).toHaveText(/Klas 1A: alles verstuurd/);
  const attempts = await page.evaluate(async (id) => {
    const pupils = await (await fetch(`/api/classes/${id}/pupils`)).json();
    const pupilId = pupils.pupils[0].id;
    const progress = await (await fetch(`/api/classes/${id}/pupils/${pupilId}/progress`)).json();
    return progress.attempts as { taskId: string; correct: boolean }[];
  }, classId);
  expect(attempts).toEqual([expect.objectContaining({ taskId: 'sound-barrier', correct: true })]);

  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to (load|fetch)/.test(e))).toEqual([]);
  await context.close();
});

test('a pupil continues on another device with the login card', async ({ page, browser }) => {
  const { joinCode } = await teacherWithClass(page);
  // The first device joined earlier (through the API here; the game's join is tested above).
  const first = await browser.newContext();
  const firstPage = await first.newPage();
  await firstPage.goto('/api/health');
  const secret = await firstPage.evaluate(async (code) => {
    const join = await fetch('/api/pupil/join', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ joinCode: code, nickname: 'Captain Decibel' }),
    });
    return (await join.json()).card.secret as string;
  }, joinCode);
  await first.close();

  const other = await browser.newContext();
  const tablet = await other.newPage();
  const errors = watchErrors(tablet);
  await tablet.goto('/?test');
  await waitForScene(tablet, 'Title');
  const targets = await hook<Record<string, { x: number; y: number }>>(tablet, 'targets()');
  const joinButton = targets.join;
  if (!joinButton) throw new Error('no join button on the title');
  await tablet.mouse.click(joinButton.x, joinButton.y);
  await tablet.getByRole('button', { name: 'Ik heb al een inlogkaart' }).click();
  const login = tablet.locator('dialog[data-kind="login"]');
  await login.getByLabel('Klascode').fill(joinCode.toLowerCase());
  await login.getByLabel('Je festivalnaam').fill('captain decibel');
  await login.getByLabel('Geheim').fill('fout-geheim-1');
  await login.getByRole('button', { name: 'Inloggen' }).click();
  await expect(login.getByRole('alert')).toHaveText(/klopt niet met een inlogkaart/);
  await login.getByLabel('Geheim').fill(secret);
  await screen(tablet, 'class-07-card-login');
  await login.getByRole('button', { name: 'Inloggen' }).click();
  await waitForScene(tablet, 'Avatar');
  await expect(tablet.locator('#class-status')).toHaveText(/Klas 1A/);
  expect((await state(tablet)).progress.profiles[0]?.nickname).toBe('Captain Decibel');
  expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  await other.close();
});

test("the teacher's preview link opens the level with a ribbon and sends nothing", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?level=schoolfuif&preview=1&test');
  const s = await waitForScene(page, 'Site');
  expect(s.levelId).toBe('schoolfuif');
  await expect(page.locator('#preview-ribbon')).toHaveText(/Voorbeeld voor de leerkracht/);
  await expect(page.locator('#class-status')).toBeHidden();
  await screen(page, 'class-08-preview-ribbon');
  let sent = 0;
  page.on('request', (r) => {
    if (r.url().includes('/api/attempts')) sent += 1;
  });
  await hook(page, "openTask('schoolfuif', 'sound-barrier')");
  await waitForScene(page, 'Task');
  await hook(page, 'submit(window.__festival.solve())');
  await page.waitForTimeout(500);
  expect(sent).toBe(0);
  expect(await page.evaluate(() => localStorage.getItem('festivalmakers.progress'))).toBeNull();
  expect(errors).toEqual([]);
});
