// Debian's headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium) with the flags that work
// on this kind of machine (see TOOLCHAIN.md), for Playwright and for Lighthouse.
import { type Browser, type BrowserContext, chromium } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS.slice(1) });

/**
 * A browser context for measuring. tsx compiles the bench with esbuild's keepNames, so a function
 * handed to page.evaluate or addInitScript that names an inner function calls esbuild's `__name`
 * helper, which the page does not have: every page gets a harmless one first.
 */
export async function benchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  return context;
}
