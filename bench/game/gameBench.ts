// The game half of the benchmark, in headless Chromium against the production build served by
// the real server: bytes before the title, time to title and site (with and without 4x CPU
// throttling), frame times on festival day, heap after a level and after scene changes, and
// Lighthouse; each beside the bare Phaser page measured in the same run.
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { BARE_PATH } from './buildPages';
import { launchBrowser } from './launchBrowser';
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
  /** Seconds of frames recorded, after `warmS` seconds of festival day. */
  frameS: number;
  warmS: number;
  lighthousePort: number;
  log: (line: string) => void;
}

export interface FrameFigure {
  what: string;
  throttle: number;
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

async function openPage(context: BrowserContext, throttle: number, jump: Jump | null, cold = false) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (cold) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await installSceneMarks(page, jump);
  return { page, cdp };
}

/** A browser context whose pupil profile exists (made by opening a task through the test hook). */
async function contextWithProfile(browser: Browser, o: GameBenchOptions): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const { page } = await openPage(context, 1, null);
  await page.goto(`${o.baseUrl}/?test`);
  await sceneMark(page, 'Title');
  await page.evaluate(
    ([l, t]) => (window as unknown as HookWindow).__festival?.openTask(l as string, t as string),
    [o.levelId, o.taskIds[0]],
  );
  await sceneMark(page, 'Task');
  await page.close();
  return context;
}

async function bareFirstFrame(browser: Browser, url: string, throttle: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
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
  const context =
    scene === 'Title'
      ? await browser.newContext({ viewport: { width: 1366, height: 768 } })
      : await contextWithProfile(browser, o);
  const jump = scene === 'Site' ? { scene: 'Site', data: { levelId: o.levelId } } : null;
  const { page } = await openPage(context, throttle, jump, true);
  await page.goto(`${o.baseUrl}/?test`);
  const ms = await sceneMark(page, scene);
  await context.close();
  return ms;
}

async function framesOf(
  page: Page,
  what: string,
  throttle: number,
  o: GameBenchOptions,
): Promise<FrameFigure> {
  await page.waitForTimeout(o.warmS * 1000);
  const times = await frameTimes(page, o.frameS);
  const figure = {
    what,
    throttle,
    frames: times.length,
    medianMs: median(times),
    p95Ms: percentile(times, 95),
  };
  o.log(
    `frames ${what} x${throttle}: median ${figure.medianMs.toFixed(1)} ms, p95 ${figure.p95Ms.toFixed(1)} ms`,
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
  const scene = () => page.evaluate(() => (window as unknown as HookWindow).__festival?.state().scene);
  const goto = async (key: string, data: object = {}) => {
    await page.evaluate(
      ([k, d]) => (window as unknown as HookWindow).__festival?.goto(k as string, d as object),
      [key, data],
    );
    await page.waitForFunction((k) => (window as unknown as HookWindow).__festival?.state().scene === k, key);
    await page.waitForTimeout(300);
  };
  const playLevel = async () => {
    for (const taskId of o.taskIds) {
      await page.evaluate(
        ([l, t]) => (window as unknown as HookWindow).__festival?.openTask(l as string, t as string),
        [o.levelId, taskId],
      );
      await page.waitForFunction(
        () => (window as unknown as HookWindow).__festival?.state().scene === 'Task',
      );
      await page.evaluate(() => {
        const hook = (window as unknown as HookWindow).__festival;
        hook?.submit(hook.solve());
      });
      await page.waitForTimeout(500);
    }
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
    const fresh = () => browser.newContext({ viewport: { width: 1366, height: 768 } });
    const bytes = {
      game: await pageBytes(await fresh(), `${o.baseUrl}/?test`, async (p) => {
        await p.waitForFunction(
          () => (window as unknown as HookWindow).__festival?.state().scene === 'Title',
        );
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
    for (const throttle of THROTTLES) {
      const context = await contextWithProfile(browser, o);
      const { page } = await openPage(context, throttle, {
        scene: 'FestivalDay',
        data: { levelId: o.levelId },
      });
      await page.goto(`${o.baseUrl}/?test`);
      await sceneMark(page, 'FestivalDay');
      frames.push(await framesOf(page, 'festival day', throttle, o));
      await context.close();
      for (const sprites of [90, 500]) {
        const bare = await fresh();
        const opened = await openPage(bare, throttle, null);
        await opened.page.goto(`${bareUrl}?sprites=${sprites}`);
        await opened.page.waitForFunction(() => (window as unknown as HookWindow).__bareFirstFrameMs);
        frames.push(await framesOf(opened.page, `bare ${sprites} sprites`, throttle, o));
        await bare.close();
      }
    }

    const heap = await heapSteps(browser, o);

    const lighthouse: GameFigures['lighthouse'] = [];
    for (const [name, url] of [
      ['bare Phaser page', bareUrl],
      ['game', `${o.baseUrl}/`],
      ['dashboard', `${o.baseUrl}/teacher.html`],
    ] as const) {
      const figure = await lighthouseScore(url, o.lighthousePort);
      o.log(`lighthouse ${name}: ${figure.score}`);
      lighthouse.push({ page: name, figure });
    }
    return { bytes, timings, frames, heap, lighthouse };
  } finally {
    await browser.close();
  }
}
