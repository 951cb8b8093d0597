// The game half of the benchmark, in headless Chromium against the production build served by
// the real server: bytes before the title, time to title and site (with and without 4x CPU
// throttling), frame times on festival day, heap after a level and after scene changes, and
// Lighthouse; each beside the bare Phaser page measured in the same run.
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { BARE_PATH } from './buildPages';
import { benchContext, launchBrowser } from './launchBrowser';
import { type LighthouseFigure, lighthouseScore } from './lighthouseScore';
import { type PageBytes, pageBytes } from './pageBytes';
import {
  frameTimes,
  type HookWindow,
  installSceneMarks,
  type Jump,
  percentile,
  sceneMark,
} from './sceneMarks';

export interface GameBenchOptions {
  baseUrl: string;
  levelId: string;
  taskIds: string[];
  /** Repeats of each timing (the median is kept). */
  runs: number;
  /** Seconds of frames recorded: on festival day once the visitors are in, on the bare page after `warmS`. */
  frameS: number;
  warmS: number;
  lighthousePort: number;
  /** CPU throttles under which frames are timed (the full run: 1 and 4). */
  frameThrottles: readonly number[];
  /** Whether Lighthouse runs (about a minute per page; the quick run leaves it out). */
  lighthouse: boolean;
  log: (line: string) => void;
}

export interface FrameFigure {
  what: string;
  throttle: number;
  /** Display objects drawn (the game's scene children, or the bare page's sprites). */
  objects: number;
  frames: number;
  medianMs: number;
  p95Ms: number;
}

export interface GameFigures {
  bytes: { game: PageBytes; dashboard: PageBytes; bare: PageBytes };
  timings: { what: string; throttle: number; runsMs: number[]; medianMs: number }[];
  frames: FrameFigure[];
  heap: { step: string; usedMb: number }[];
  lighthouse: { page: string; figure: LighthouseFigure }[];
}

const median = (values: number[]) => percentile(values, 50);
const THROTTLES = [1, 4];
/** Visitors walking on festival day while frames are timed (the game shows 90 unless asked). */
export const FESTIVAL_DOTS = 500;

async function openPage(context: BrowserContext, throttle: number, jump: Jump | null, cold = false) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (cold) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await installSceneMarks(page, jump);
  return { page, cdp };
}

/** A browser context whose pupil profile exists (made by opening a task through the test hook). */
async function contextWithProfile(browser: Browser, o: GameBenchOptions, solveLevel = false) {
  const context = await benchContext(browser);
  const { page } = await openPage(context, 1, null);
  await page.goto(`${o.baseUrl}/?test`);
  await sceneMark(page, 'Title');
  for (const taskId of solveLevel ? o.taskIds : o.taskIds.slice(0, 1)) {
    await openAndSolve(page, o.levelId, taskId, solveLevel);
  }
  await page.close();
  return context;
}

/** Opens a task through the test hook and, when asked, submits the core's right answer. */
async function openAndSolve(page: Page, levelId: string, taskId: string, solve: boolean) {
  await page.evaluate(
    ([l, t]) => (window as unknown as HookWindow).__festival?.openTask(l as string, t as string),
    [levelId, taskId],
  );
  await page.waitForFunction((t) => {
    const hook = (window as unknown as HookWindow).__festival;
    return hook?.scene() === 'Task' && (hook.state() as { taskId?: string }).taskId === t;
  }, taskId);
  if (!solve) return;
  await page.evaluate(() => {
    const hook = (window as unknown as HookWindow).__festival;
    hook?.submit(hook.solve());
  });
  await page.waitForTimeout(500);
}

async function bareFirstFrame(browser: Browser, url: string, throttle: number): Promise<number> {
  const context = await benchContext(browser);
  const { page } = await openPage(context, throttle, null);
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => (window as unknown as HookWindow).__bareFirstFrameMs,
    undefined,
    { timeout: 60_000 },
  );
  const ms = Number(await handle.jsonValue());
  await context.close();
  return ms;
}

async function gameMark(browser: Browser, o: GameBenchOptions, throttle: number, scene: 'Title' | 'Site') {
  const context = scene === 'Title' ? await benchContext(browser) : await contextWithProfile(browser, o);
  const jump = scene === 'Site' ? { scene: 'Site', data: { levelId: o.levelId } } : null;
  const { page } = await openPage(context, throttle, jump, true);
  await page.goto(`${o.baseUrl}/?test`);
  const ms = await sceneMark(page, scene);
  await context.close();
  return ms;
}

/**
 * Waits until most visitors have walked in (they arrive over the first half of the 40 s day) and
 * returns how many dots were added since the scene started.
 */
async function visitorsArrived(page: Page, dots: number): Promise<number> {
  const count = () => page.evaluate(() => (window as unknown as HookWindow).__festival?.objectCount() ?? 0);
  const before = await count();
  await page
    .waitForFunction(
      (target) => ((window as unknown as HookWindow).__festival?.objectCount() ?? 0) >= target,
      before + Math.round(dots * 0.9),
      { timeout: 30_000, polling: 250 },
    )
    .catch(() => undefined);
  return (await count()) - before;
}

async function framesOf(
  page: Page,
  what: string,
  throttle: number,
  o: GameBenchOptions,
  bareSprites?: number,
): Promise<FrameFigure> {
  // Festival day is already warm once its visitors have arrived; the bare page warms up here.
  if (bareSprites !== undefined) await page.waitForTimeout(o.warmS * 1000);
  const times = await frameTimes(page, o.frameS);
  const objects =
    bareSprites ??
    (await page.evaluate(() => (window as unknown as HookWindow).__festival?.objectCount() ?? 0));
  const figure = {
    what,
    throttle,
    objects,
    frames: times.length,
    medianMs: median(times),
    p95Ms: percentile(times, 95),
  };
  o.log(
    `frames ${what} x${throttle} (${objects} objects): median ${figure.medianMs.toFixed(1)} ms, p95 ${figure.p95Ms.toFixed(1)} ms`,
  );
  return figure;
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize / 2 ** 20;
}

async function heapSteps(browser: Browser, o: GameBenchOptions): Promise<GameFigures['heap']> {
  const context = await contextWithProfile(browser, o);
  const { page, cdp } = await openPage(context, 1, null);
  await page.goto(`${o.baseUrl}/?test`);
  await sceneMark(page, 'Title');
  const scene = () => page.evaluate(() => (window as unknown as HookWindow).__festival?.scene());
  const goto = async (key: string, data: object = {}) => {
    await page.evaluate(
      ([k, d]) => (window as unknown as HookWindow).__festival?.goto(k as string, d as object),
      [key, data],
    );
    await page.waitForFunction((k) => (window as unknown as HookWindow).__festival?.scene() === k, key);
    await page.waitForTimeout(300);
  };
  const playLevel = async () => {
    for (const taskId of o.taskIds) await openAndSolve(page, o.levelId, taskId, true);
    await goto('FestivalDay', { levelId: o.levelId });
    await page.waitForTimeout(2000);
    await goto('Results', { levelId: o.levelId });
    await goto('Title');
  };
  const fiveChanges = async () => {
    for (const key of ['LevelChoice', 'Title', 'LevelChoice', 'Site', 'Title']) {
      await goto(key, key === 'Site' ? { levelId: o.levelId } : {});
    }
  };
  const steps: GameFigures['heap'] = [{ step: 'title', usedMb: await heapMb(cdp) }];
  await playLevel();
  steps.push({ step: 'after a whole level', usedMb: await heapMb(cdp) });
  await fiveChanges();
  steps.push({ step: 'after 5 scene changes', usedMb: await heapMb(cdp) });
  await fiveChanges();
  steps.push({ step: 'after 5 more scene changes', usedMb: await heapMb(cdp) });
  await playLevel();
  steps.push({ step: 'after the level again', usedMb: await heapMb(cdp) });
  o.log(
    `heap: ${steps.map((s) => `${s.step} ${s.usedMb.toFixed(1)} MB`).join(', ')} (scene ${await scene()})`,
  );
  await context.close();
  return steps;
}

export async function gameBench(o: GameBenchOptions): Promise<GameFigures> {
  const bareUrl = `${o.baseUrl}/${BARE_PATH}/index.html`;
  const browser = await launchBrowser();
  try {
    const fresh = () => benchContext(browser);
    const bytes = {
      game: await pageBytes(await fresh(), `${o.baseUrl}/?test`, async (p) => {
        await p.waitForFunction(() => (window as unknown as HookWindow).__festival?.scene() === 'Title');
      }),
      dashboard: await pageBytes(await fresh(), `${o.baseUrl}/teacher.html`, (p) =>
        p.waitForLoadState('networkidle'),
      ),
      bare: await pageBytes(await fresh(), bareUrl, async (p) => {
        await p.waitForFunction(() => (window as unknown as HookWindow).__bareFirstFrameMs);
      }),
    };
    o.log(
      `gzip before title: ${(bytes.game.gzipTotal / 1024).toFixed(0)} KB; dashboard ${(bytes.dashboard.gzipTotal / 1024).toFixed(0)} KB`,
    );

    const timings: GameFigures['timings'] = [];
    for (const throttle of THROTTLES) {
      for (const what of ['bare first frame', 'game title', 'game site'] as const) {
        const runsMs: number[] = [];
        for (let i = 0; i < o.runs; i += 1) {
          runsMs.push(
            what === 'bare first frame'
              ? await bareFirstFrame(browser, bareUrl, throttle)
              : await gameMark(browser, o, throttle, what === 'game title' ? 'Title' : 'Site'),
          );
        }
        timings.push({ what, throttle, runsMs, medianMs: median(runsMs) });
        o.log(`${what} x${throttle}: ${median(runsMs).toFixed(0)} ms`);
      }
    }

    const frames: FrameFigure[] = [];
    for (const throttle of o.frameThrottles) {
      // A solved level fills the site, so festival day shows its 500 visitors at full house.
      const context = await contextWithProfile(browser, o, true);
      const { page } = await openPage(context, throttle, {
        scene: 'FestivalDay',
        data: { levelId: o.levelId, maxDots: FESTIVAL_DOTS },
      });
      await page.goto(`${o.baseUrl}/?test`);
      await sceneMark(page, 'FestivalDay');
      const dots = await visitorsArrived(page, FESTIVAL_DOTS);
      frames.push(await framesOf(page, `festival day, ${dots} of ${FESTIVAL_DOTS} visitors`, throttle, o));
      await context.close();
      for (const sprites of [FESTIVAL_DOTS]) {
        const bare = await fresh();
        const opened = await openPage(bare, throttle, null);
        await opened.page.goto(`${bareUrl}?sprites=${sprites}`);
        await opened.page.waitForFunction(() => (window as unknown as HookWindow).__bareFirstFrameMs);
        frames.push(await framesOf(opened.page, `bare ${sprites} sprites`, throttle, o, sprites));
        await bare.close();
      }
    }

    const heap = await heapSteps(browser, o);

    const lighthouse: GameFigures['lighthouse'] = [];
    for (const [name, url] of o.lighthouse
      ? ([
          ['bare Phaser page', bareUrl],
          ['game', `${o.baseUrl}/`],
          ['dashboard', `${o.baseUrl}/teacher.html`],
        ] as const)
      : []) {
      const figure = await lighthouseScore(url, o.lighthousePort);
      o.log(`lighthouse ${name}: ${figure.score}`);
      lighthouse.push({ page: name, figure });
    }
    return { bytes, timings, frames, heap, lighthouse };
  } finally {
    await browser.close();
  }
}
