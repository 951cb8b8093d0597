// Lighthouse 12 performance score (its default mobile preset) of one page, on Debian's Chromium
// started with a DevTools port of our own range.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './launchBrowser';

export interface LighthouseFigure {
  score: number | null;
  firstContentfulPaintMs: number | null;
  largestContentfulPaintMs: number | null;
  totalBlockingTimeMs: number | null;
}

async function waitForDevTools(port: number): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Chromium opened no DevTools port ${port}`);
}

export async function lighthouseScore(url: string, port: number): Promise<LighthouseFigure> {
  const profile = mkdtempSync(join(tmpdir(), 'festivalmakers-lh-'));
  const chrome = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  try {
    await waitForDevTools(port);
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const lhr = result?.lhr;
    const audit = (id: string) => lhr?.audits[id]?.numericValue ?? null;
    return {
      score: lhr?.categories.performance?.score ?? null,
      firstContentfulPaintMs: audit('first-contentful-paint'),
      largestContentfulPaintMs: audit('largest-contentful-paint'),
      totalBlockingTimeMs: audit('total-blocking-time'),
    };
  } finally {
    // Chromium's helper processes may still write to the profile just after the kill: wait for
    // the exit, then retry the removal; a leftover temporary folder must not stop the bench.
    const exited = new Promise((resolve) => {
      if (chrome.exitCode !== null || chrome.signalCode !== null) resolve(null);
      else chrome.once('exit', resolve);
    });
    chrome.kill('SIGKILL');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`could not remove ${profile}: ${String(error)}`);
    }
  }
}
