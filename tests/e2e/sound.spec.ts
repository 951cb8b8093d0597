// Sound: nothing before the first gesture, then music and effects through howler, in one audio
// context (Phaser's own sound manager is switched off).
import { expect, test } from '@playwright/test';
import { waitForScene, watchErrors } from './helpers/festival';

interface HowlerWindow {
  __audioContexts: number;
  Howler?: { _howls: { state(): string; playing(): boolean }[]; ctx: { state: string } | null };
}

test('the first key starts howler music in the only audio context', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    const w = window as unknown as HowlerWindow & { AudioContext: typeof AudioContext };
    w.__audioContexts = 0;
    const Original = w.AudioContext;
    w.AudioContext = class extends Original {
      constructor(options?: AudioContextOptions) {
        super(options);
        w.__audioContexts += 1;
      }
    };
  });
  await page.goto('/?test');
  await waitForScene(page, 'Title');
  const before = await page.evaluate(() => {
    const w = window as unknown as HowlerWindow;
    return { howls: w.Howler?._howls.length ?? 0, contexts: w.__audioContexts };
  });
  expect(before.howls).toBe(0);
  await page.keyboard.press('Shift');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const howls = (window as unknown as HowlerWindow).Howler?._howls ?? [];
        return howls.map((h) => h.state());
      }),
    )
    .toEqual(['loaded', 'loaded', 'loaded', 'loaded', 'loaded']);
  const after = await page.evaluate(() => {
    const w = window as unknown as HowlerWindow;
    return { musicPlaying: w.Howler?._howls[0]?.playing() ?? false, contexts: w.__audioContexts };
  });
  expect(after).toEqual({ musicPlaying: true, contexts: 1 });
  expect(errors).toEqual([]);
});
