// The game's start-up as Lighthouse sees it: the HTML splash title becomes the corner brand
// without shifting the page's layout.
import { expect, test } from '@playwright/test';
import { waitForScene } from './helpers/festival';

interface ShiftWindow {
  __shifts: { value: number; at: number }[];
}

test('the splash title moves into the corner without a layout shift', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as ShiftWindow;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__shifts.push({ value: (entry as unknown as { value: number }).value, at: entry.startTime });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/?test');
  await waitForScene(page, 'Title');
  const h1 = page.getByRole('heading', { name: 'Festivalmakers' });
  // The brand ends in the bottom-left corner once its transition is over.
  await expect
    .poll(async () => {
      const box = await h1.boundingBox();
      return box ? [box.x < 20, box.y + box.height > 768 - 40, box.height < 30] : null;
    })
    .toEqual([true, true, true]);
  const shifts = await page.evaluate(() => (window as unknown as ShiftWindow).__shifts);
  expect(shifts).toEqual([]);
});
