// The dashboard downloads only the language it shows: Dutch at first, French only when the
// teacher switches (the page stays whole while it loads), French alone after a reload.
// Saves test-results/screens/dashboard-language-fr.png.
import { expect, type Page, test } from '@playwright/test';

const LOCALE_CHUNK = /\/assets\/(nl|fr|en)-[\w-]+\.js$/;

/** The languages whose text chunk the page has downloaded since this was called. */
function localeChunks(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', (response) => {
    const match = new URL(response.url()).pathname.match(LOCALE_CHUNK);
    if (match?.[1]) seen.push(match[1]);
  });
  return seen;
}

test('the dashboard loads one language and fetches another when the teacher switches', async ({ page }) => {
  const chunks = localeChunks(page);
  await page.goto('/teacher.html');
  await expect(page.getByRole('heading', { level: 1, name: /aanmelden/i })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  expect(chunks).toEqual(['nl']);

  await page.getByRole('link', { name: 'Maak een account' }).click();
  await page.getByLabel('E-mailadres').fill(`taal.${Date.now()}@school.be`);
  await page.getByLabel('Wachtwoord').fill('geheim-wachtwoord-123');
  await page.getByRole('button', { name: 'Account maken' }).click();
  await page.getByLabel('Naam van de klas').fill('2B');
  await page.getByRole('button', { name: 'Klas maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '2B' })).toBeVisible();
  const pageId = await page.locator('#app').getAttribute('data-page');

  // A slow network: while French loads, the Dutch page stays whole and usable.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/fr-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByLabel('Taal').selectOption('fr');
  await expect(page.locator('#language')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('heading', { level: 1, name: '2B' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mijn klassen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  release();

  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByLabel('Langue')).toHaveValue('fr');
  await expect(page.getByRole('link', { name: 'Mes classes' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '2B' })).toBeVisible();
  await expect(page.locator('#app')).toHaveAttribute('data-page', pageId ?? '');
  expect(chunks).toEqual(['nl', 'fr']);
  await page.screenshot({ path: 'test-results/screens/dashboard-language-fr.png', fullPage: true });

  // Back to Dutch: already there, nothing to download.
  await page.getByLabel('Langue').selectOption('nl');
  await expect(page.getByRole('link', { name: 'Mijn klassen' })).toBeVisible();
  expect(chunks).toEqual(['nl', 'fr']);

  // The choice is remembered; after a reload only that language is downloaded.
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('link', { name: 'My classes' })).toBeVisible();
  chunks.length = 0;
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '2B' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'My classes' })).toBeVisible();
  expect(chunks).toEqual(['en']);
});
