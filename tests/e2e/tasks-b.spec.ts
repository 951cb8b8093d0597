// Browser tests of the timetable, light-show, supply-route and stage-build screens: open the
// sample task through the test hook, play it by keyboard to the core's right answer, check it
// and see the feedback; then play the same kind inside a level and check the recorded answer
// with the core's checker.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { LightShowAnswer } from '../../src/core/tasks/lightShow/LightShowTask';
import { LIGHT_COLOURS } from '../../src/core/tasks/lightShow/lightProgram';
import { taskKind } from '../../src/core/tasks/registry';
import type { StageBuildAnswer } from '../../src/core/tasks/stageBuild/StageBuildTask';
import type { SupplyRouteAnswer, SupplyRouteVariant } from '../../src/core/tasks/supplyRoute/SupplyRouteTask';
import type { TimetableAnswer, TimetableVariant } from '../../src/core/tasks/timetable/TimetableTask';
import { newToken, programToTokens, TOKEN_OPS } from '../../src/game/tasks/views/lightTokens';
import { nextStops } from '../../src/game/tasks/views/SupplyRouteView';
import { type GameState, hook, state, waitForScene, watchErrors } from './helpers/festival';

/** Screenshots go outside test-results, which other runs on this machine clear. */
const SCREENS = process.env.SCREENS_DIR ?? 'test-results/screens-tasks-b';
const fixture = (kind: string): unknown =>
  JSON.parse(readFileSync(`tests/fixtures/tasks/${kind}.json`, 'utf8'));
const press = async (page: Page, key: string, times = 1) => {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
};

type Player = (page: Page, variant: unknown, answer: unknown) => Promise<void>;

const playSupplyRoute: Player = async (page, variant, answer) => {
  const v = variant as SupplyRouteVariant;
  const { route } = answer as SupplyRouteAnswer;
  for (let i = 1; i < route.length; i++) {
    const options = nextStops(v, route[i - 1] as string);
    await press(page, 'Tab', options.indexOf(route[i] as string));
    await press(page, 'Space');
  }
};

const playLightShow: Player = async (page, _variant, answer) => {
  let tool = 0;
  for (const token of programToTokens((answer as LightShowAnswer).program)) {
    const wanted = TOKEN_OPS.indexOf(token.op);
    await press(page, 'Tab', (wanted - tool + TOKEN_OPS.length) % TOKEN_OPS.length);
    tool = wanted;
    await press(page, 'Space');
    const start = newToken(token.op);
    if ((token.op === 'colour' || token.op === 'flash') && 'colour' in start)
      await press(
        page,
        'ArrowRight',
        LIGHT_COLOURS.indexOf(token.colour) - LIGHT_COLOURS.indexOf(start.colour),
      );
    if (token.op === 'wait') await press(page, 'ArrowRight', token.beats - 1);
    if (token.op === 'repeat') await press(page, 'ArrowRight', token.times - 2);
  }
};

const playStageBuild: Player = async (page, _variant, answer) => {
  let at = { x: 0, y: 0 };
  const moveTo = async (x: number, y: number) => {
    await press(page, x > at.x ? 'ArrowRight' : 'ArrowLeft', Math.abs(x - at.x));
    await press(page, y > at.y ? 'ArrowUp' : 'ArrowDown', Math.abs(y - at.y));
    at = { x, y };
  };
  for (const [x1, y1, x2, y2] of (answer as StageBuildAnswer).bars) {
    await moveTo(x1, y1);
    await press(page, 'Space');
    await moveTo(x2, y2);
    await press(page, 'Space');
  }
};

const playTimetable: Player = async (page, variant, answer) => {
  const v = variant as TimetableVariant;
  for (const band of v.bands) {
    const slot = (answer as TimetableAnswer).slots.find((s) => s.band === band.id);
    await press(page, 'Tab');
    await press(page, 'Space');
    await press(page, 'ArrowDown', slot?.stage ?? 0);
    const laterMin = (slot?.startMin ?? v.openMin) - v.openMin;
    await press(page, 'Shift+ArrowRight', Math.floor(laterMin / 30));
    await press(page, 'ArrowRight', (laterMin % 30) / 5);
  }
};

async function openAndPlay(page: Page, open: string, play: Player, shot: string): Promise<unknown> {
  await hook(page, open);
  await waitForScene(page, 'Task');
  const variant = await hook<unknown>(page, 'variant()');
  const answer = await hook<unknown>(page, 'solve()');
  await play(page, variant, answer);
  await page.screenshot({ path: `${SCREENS}/${shot}-played.png` });
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => Object.keys(await hook<Record<string, unknown>>(page, 'targets()')), {
      timeout: 15_000,
    })
    .toContain('to-site');
  await page.screenshot({ path: `${SCREENS}/${shot}-checked.png` });
  return variant;
}

const cases: { kind: string; level: string; task: string; play: Player }[] = [
  { kind: 'supply-route', level: 'stadsfestival', task: 'supply-run', play: playSupplyRoute },
  { kind: 'light-show', level: 'schoolfuif', task: 'light-show', play: playLightShow },
  { kind: 'timetable', level: 'stadsfestival', task: 'line-up', play: playTimetable },
  { kind: 'stage-build', level: 'groot-festival', task: 'main-stage-roof', play: playStageBuild },
];

for (const c of cases) {
  test(`${c.kind}: played by keyboard to a right answer`, async ({ page }) => {
    // Every key goes through the real game loop; on a busy machine that takes a while.
    test.setTimeout(300_000);
    const errors = watchErrors(page);
    await page.goto('/?test');
    await waitForScene(page, 'Title');
    await page.waitForTimeout(1000);
    await openAndPlay(
      page,
      `openTaskDef(${JSON.stringify(fixture(c.kind))}, 7)`,
      c.play,
      `${c.kind}-fixture`,
    );
    const variant = await openAndPlay(
      page,
      `openTask('${c.level}', '${c.task}', 11)`,
      c.play,
      `${c.kind}-level`,
    );
    const s: GameState = await state(page);
    const profile =
      s.progress.profiles.find((p) => p.nickname === s.progress.currentProfile) ?? s.progress.profiles[0];
    const attempts = profile?.levels[c.level]?.attempts[c.task] as { answer: unknown }[] | undefined;
    expect(attempts).toHaveLength(1);
    const kind = taskKind(c.kind);
    const verdict = kind.check(variant, kind.answer.parse(attempts?.[0]?.answer));
    expect(verdict).toMatchObject({ correct: true, quality: 1 });
    expect(errors).toEqual([]);
  });
}

test('stage-build: a roof of squares without diagonals shows where it fails', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await page.goto('/?test');
  await waitForScene(page, 'Title');
  await page.waitForTimeout(1000);
  await hook(page, `openTaskDef(${JSON.stringify(fixture('stage-build'))}, 7)`);
  await waitForScene(page, 'Task');
  // Bottom chord, top chord and posts of all four cells: squares only, 13 bars for 10 joints.
  const squares: StageBuildAnswer = { bars: [] };
  for (let x = 0; x <= 4; x++) {
    squares.bars.push([x, 0, x, 1]);
    if (x < 4) squares.bars.push([x, 0, x + 1, 0], [x, 1, x + 1, 1]);
  }
  await playStageBuild(page, null, squares);
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => Object.keys(await hook<Record<string, unknown>>(page, 'targets()')), {
      timeout: 15_000,
    })
    .toContain('retry');
  await page.screenshot({ path: `${SCREENS}/stage-build-wrong-checked.png` });
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => Object.keys(await hook<Record<string, unknown>>(page, 'targets()')), {
      timeout: 15_000,
    })
    .not.toContain('retry');
  await page.screenshot({ path: `${SCREENS}/stage-build-wrong-highlight.png` });
  expect(errors).toEqual([]);
});
