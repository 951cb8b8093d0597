// The teacher dashboard end to end: a teacher signs up and makes a class, a pupil in a second
// browser context joins with the code and plays through the real API, the grid fills live,
// and the CSV and XLSX downloads are read back. axe-core checks every page; each page is
// saved as test-results/screens/dashboard-<page>.png.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { checkLevelSource } from '../../src/core/levels/checkLevel';
import { makeTaskVariant } from '../../src/core/scoring/taskVariant';
import { taskKind } from '../../src/core/tasks/registry';

const NICKNAME = 'DJ Volt';

async function checkPage(page: Page, name: string): Promise<void> {
  await expect(page.locator('#app')).toHaveAttribute('data-ready', 'true');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    name,
  ).toEqual([]);
  await page.screenshot({ path: `test-results/screens/dashboard-${name}.png`, fullPage: true });
}

async function openTab(page: Page, name: RegExp, pageId: string): Promise<void> {
  await page
    .getByRole('navigation', { name: /onderdelen/i })
    .getByRole('link', { name })
    .click();
  await expect(page.locator('#app')).toHaveAttribute('data-page', pageId);
}

/** A pupil joins with the code in a second browser context and submits attempts via the API. */
async function pupilPlays(browser: Browser, joinCode: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/api/health');
  const level = checkLevelSource('schoolfuif.json', readFileSync('levels/schoolfuif.json', 'utf8'));
  if (!level.ok) throw new Error('levels/schoolfuif.json does not pass the checker');
  const joined = await page.evaluate(
    async ({ joinCode, nickname }) => {
      const join = await fetch('/api/pupil/join', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ joinCode, nickname }),
      });
      const me = await (await fetch('/api/pupil/me')).json();
      return { status: join.status, me };
    },
    { joinCode, nickname: NICKNAME },
  );
  expect(joined.status).toBe(201);
  const levelState = joined.me.levels.find((l: { levelId: string }) => l.levelId === 'schoolfuif');
  const task = level.level.tasks.find((t) => t.id === 'sound-barrier');
  if (!task) throw new Error('schoolfuif has no sound-barrier task');
  const answer = taskKind(task.kind).solve(makeTaskVariant(task, levelState.seed));
  const submit = (taskId: string, body: unknown) =>
    page.evaluate(
      async ({ taskId, body, seed, levelVersion }) => {
        const csrf = decodeURIComponent(document.cookie.match(/fm_csrf=([^;]*)/)?.[1] ?? '');
        const response = await fetch('/api/attempts', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify({
            attemptId: crypto.randomUUID(),
            levelId: 'schoolfuif',
            levelVersion,
            taskId,
            seed,
            answer: body,
            hintsUsed: 0,
            timeMs: 30000,
            clientCreatedAt: new Date().toISOString(),
          }),
        });
        return { status: response.status, body: await response.json() };
      },
      { taskId, body, seed: levelState.seed, levelVersion: levelState.levelVersion },
    );
  return {
    context,
    playRight: () => submit('sound-barrier', answer),
    playWrong: () => submit('earplug-question', { nonsense: true }),
  };
}

test('a teacher follows a pupil live and exports the results', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.goto('/teacher.html');
  await expect(page.getByRole('heading', { level: 1, name: /aanmelden/i })).toBeVisible();
  await checkPage(page, 'login');

  await page.getByRole('link', { name: 'Maak een account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /account maken/i })).toBeVisible();
  await page.getByLabel('E-mailadres').fill(`juf.${Date.now()}@school.be`);
  await page.getByLabel('Wachtwoord').fill('geheim-wachtwoord-123');
  await checkPage(page, 'signup');
  await page.getByRole('button', { name: 'Account maken' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Mijn klassen' })).toBeVisible();
  await checkPage(page, 'classes-empty');
  await page.getByLabel('Naam van de klas').fill('2B');
  await page.getByRole('button', { name: 'Klas maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '2B' })).toBeVisible();
  await checkPage(page, 'grid-empty');
  const joinCode = (await page.locator('.class-meta .code-inline').textContent()) ?? '';
  expect(joinCode).toMatch(/^[A-Z2-9]{6}$/);

  await page.getByRole('link', { name: 'Toon op het bord' }).click();
  await expect(page.locator('.join-code')).toHaveText(joinCode);
  await expect(page.locator('img.qr')).toHaveJSProperty('complete', true);
  expect(await page.locator('img.qr').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(
    0,
  );
  await page.setViewportSize({ width: 1920, height: 1080 });
  await checkPage(page, 'join-code');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('link', { name: /terug naar de klas/i }).click();

  await openTab(page, /levels toewijzen/i, 'class-levels');
  const card = page.locator('.level-card[data-level="schoolfuif"]');
  await card.getByLabel(/klaar tegen/i).fill('2030-06-01');
  await card.getByLabel(/vaste startwaarde/i).fill('4242');
  await card.getByRole('button', { name: 'Toewijzen', exact: true }).click();
  await expect(card.locator('.assigned-state')).toHaveAttribute('data-assigned', 'true');
  await checkPage(page, 'levels');
  await card.getByRole('link', { name: 'Lerarenhandleiding' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Doelen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Speel als leerkracht' })).toHaveAttribute(
    'href',
    './?level=schoolfuif&preview=1',
  );
  await checkPage(page, 'guide');
  await page.getByRole('link', { name: /terug naar de levels/i }).click();
  await openTab(page, /voortgang/i, 'class-grid');
  await expect(page.locator('.live')).toHaveAttribute('data-open', 'true');

  // The pupil joins and plays in another browser context; the grid must follow without a reload.
  await page.evaluate(() => {
    (window as unknown as { noReload: boolean }).noReload = true;
  });
  const pupil = await pupilPlays(browser, joinCode);
  const row = page.locator(`tr:has(th.pupil-name:has-text("${NICKNAME}"))`);
  await expect(row).toBeVisible();
  const right = await pupil.playRight();
  expect(right.status).toBe(201);
  expect(right.body.check.correct).toBe(true);
  for (let i = 0; i < 3; i += 1) expect((await pupil.playWrong()).status).toBe(201);
  await expect(row.locator('td[data-task="sound-barrier"]')).toHaveAttribute('data-state', 'done');
  await expect(row.locator('td[data-task="sound-barrier"] .cell-stars')).toHaveText(/★/);
  await expect(row.locator('td[data-task="earplug-question"]')).toHaveAttribute('data-state', 'stuck');
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
  await checkPage(page, 'grid');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: 'test-results/screens/dashboard-grid-tablet.png' });
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.getByRole('link', { name: 'Afdrukversie' }).click();
  await expect(page.locator('#app')).toHaveAttribute('data-page', 'grid-print');
  await page.emulateMedia({ media: 'print' });
  await checkPage(page, 'grid-print');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: /terug naar de klas/i }).click();

  await openTab(page, /per opdracht/i, 'class-tasks');
  const stats = page.locator('tr[data-task="earplug-question"]');
  await expect(stats).toContainText('onvolledig of ongeldig antwoord (3×)');
  await checkPage(page, 'tasks');

  await openTab(page, /^leerlingen$/i, 'class-pupils');
  await checkPage(page, 'pupils');
  await page.getByRole('link', { name: NICKNAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: NICKNAME })).toBeVisible();
  await expect(page.locator('.chips')).toContainText('geluidstechnicus');
  await checkPage(page, 'pupil');
  await page.getByRole('button', { name: 'Nieuw geheim' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await checkPage(page, 'confirm');
  await page.getByRole('button', { name: 'Maak een nieuw geheim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nieuw geheim' })).toBeVisible();
  await page.getByRole('link', { name: /terug naar de voortgang/i }).click();

  await page.getByRole('link', { name: 'Inlogkaarten afdrukken' }).click();
  await expect(page.locator('.login-card')).toHaveCount(1);
  await expect(page.locator('.login-card')).toContainText(NICKNAME);
  await checkPage(page, 'cards');
  await page.goBack();

  await openTab(page, /exporteren/i, 'class-export');
  await checkPage(page, 'export');
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'CSV downloaden' }).click(),
  ]);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const csvLine = csv
    .split(/\r?\n/)
    .find((line) => line.includes(NICKNAME) && line.includes('sound-barrier'));
  expect(csvLine, csv).toBeDefined();
  expect(csvLine?.split(';').length).toBeGreaterThan(3);
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'XLSX downloaden' }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsxDownload.path());
  const found: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((r) => {
      const values = (r.values as unknown[]).map((v) => String(v ?? ''));
      if (
        values.includes(NICKNAME) &&
        values.some((v) => v.includes('sound-barrier') || v.includes('Niet te luid'))
      )
        found.push(`${sheet.name}: ${values.join(' | ')}`);
    });
  });
  expect(found.length, 'a row with the pupil and the task in the workbook').toBeGreaterThan(0);

  await openTab(page, /instellingen/i, 'class-settings');
  await checkPage(page, 'settings');
  await page.getByRole('button', { name: 'Klas verwijderen…' }).click();
  await expect(page.getByRole('dialog')).toContainText('2B');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('link', { name: 'Mijn klassen' }).click();
  await expect(page.locator('.class-card')).toHaveCount(1);
  await checkPage(page, 'classes');
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /aanmelden/i })).toBeVisible();
  await pupil.context.close();
});
