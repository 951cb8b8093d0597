// Draws the game's app icons (PWA manifest): one SVG written here by hand, rendered to the PNG
// sizes browsers ask for with the test Chromium. Run `npx tsx scripts/draw-icons.ts` after a change.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const OUT_DIR = resolve(import.meta.dirname, '../public/icons');

/**
 * A festival stage under two light beams with a note above it. `safe` shrinks the drawing into
 * the middle 80% so a maskable icon survives any mask shape.
 */
function iconSvg(safe: boolean): string {
  const s = safe ? 0.78 : 1;
  const o = (512 * (1 - s)) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <title>Festivalmakers</title>
  <rect width="512" height="512" rx="${safe ? 0 : 96}" fill="#1d1140"/>
  <g transform="translate(${o} ${o}) scale(${s})">
    <polygon points="112,40 134,40 290,330 170,330" fill="#ffd23f" opacity="0.35"/>
    <polygon points="400,40 378,40 222,330 342,330" fill="#3ad6e0" opacity="0.35"/>
    <circle cx="123" cy="40" r="26" fill="#ffd23f"/>
    <circle cx="389" cy="40" r="26" fill="#3ad6e0"/>
    <path d="M64 330 Q256 200 448 330 Z" fill="#ff4fa3"/>
    <rect x="48" y="330" width="416" height="74" rx="14" fill="#8c6cff"/>
    <rect x="48" y="390" width="416" height="22" rx="8" fill="#2a1858"/>
    <g fill="#ffffff">
      <circle cx="226" cy="262" r="24"/>
      <rect x="240" y="150" width="12" height="112"/>
      <path d="M252 150 L304 172 L304 200 L252 180 Z"/>
    </g>
    <g fill="#37c871"><circle cx="110" cy="452" r="22"/><circle cx="180" cy="460" r="22"/>
      <circle cx="256" cy="452" r="22"/><circle cx="332" cy="460" r="22"/><circle cx="402" cy="452" r="22"/></g>
  </g>
</svg>
`;
}

const PNGS = [
  { file: 'icon-192.png', size: 192, safe: false },
  { file: 'icon-512.png', size: 512, safe: false },
  { file: 'icon-maskable-512.png', size: 512, safe: true },
  { file: 'apple-touch-icon.png', size: 180, safe: true },
];

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(resolve(OUT_DIR, 'icon.svg'), iconSvg(false));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage();
  for (const png of PNGS) {
    await page.setViewportSize({ width: png.size, height: png.size });
    const svg = iconSvg(png.safe).replace(
      'width="512" height="512"',
      `width="${png.size}" height="${png.size}"`,
    );
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.screenshot({ path: resolve(OUT_DIR, png.file), omitBackground: true });
  }
  await browser.close();
  console.log(`icons written to ${OUT_DIR}`);
}

await main();
