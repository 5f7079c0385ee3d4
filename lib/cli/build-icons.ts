/**
 * `npm run build:icons`: draws the toolbar and store icons (public/icon-16.png … icon-128.png,
 * which WXT lists in the manifest) from the one drawing below, rendered by Debian's Chromium so
 * every size is anti-aliased the same way. The PNGs are committed; run this after changing the
 * drawing. Deterministic for a given Chromium.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_FLAGS, ROOT } from './chromium';

export const ICON_SIZES = [16, 32, 48, 128] as const;

/**
 * The mark: a thread condensed to three lines of advice, the first highlighted. Simple
 * shapes with wide strokes, so it still reads at 16 px in a toolbar.
 */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#0f6b63"/>
  <g stroke-linecap="round" stroke-width="16" fill="none">
    <line x1="32" y1="38" x2="96" y2="38" stroke="#f9c846"/>
    <line x1="32" y1="66" x2="84" y2="66" stroke="#ffffff"/>
    <line x1="32" y1="94" x2="64" y2="94" stroke="#ffffff"/>
  </g>
</svg>`;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...QUIET_FLAGS] });
  try {
    const out = join(ROOT, 'public');
    mkdirSync(out, { recursive: true });
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const svg = ICON_SVG.replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      writeFileSync(join(out, `icon-${size}.png`), png);
      await page.close();
      console.log(`public/icon-${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
