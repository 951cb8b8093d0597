import { expect, test } from '@playwright/test';

test('the game page shows its name and starts Phaser without console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('GPU stall')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Festivalmakers' })).toBeVisible();
  await expect(page.locator('#game canvas')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the teacher page loads without Phaser', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/teacher.html');
  await expect(page.locator('#app')).toHaveAttribute('data-ready', 'true');
  expect(scripts.some((s) => s.includes('phaser'))).toBe(false);
});
