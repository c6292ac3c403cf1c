// Renders the app icons (public/icons/*.svg) to the PNGs the manifest and iOS need, once, with Debian's Chromium.
// Run: npx tsx scripts/make-icons.ts — then commit the PNGs; the build never runs this.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.ts';

const ICONS = join(import.meta.dirname, '..', 'public', 'icons');

/** Rounded art on transparency for "any"; full-bleed art with a safe-zone margin for "maskable" and iOS. */
const OUTPUTS = [
  { source: 'icon.svg', file: 'icon-192.png', size: 192 },
  { source: 'icon.svg', file: 'icon-512.png', size: 512 },
  { source: 'icon-maskable.svg', file: 'icon-maskable-512.png', size: 512 },
  { source: 'icon-maskable.svg', file: 'apple-touch-icon.png', size: 180 },
] as const;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    for (const { source, file, size } of OUTPUTS) {
      const svg = await readFile(join(ICONS, source), 'utf8');
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      await page.screenshot({ path: join(ICONS, file), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`${file} ${size}×${size}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
