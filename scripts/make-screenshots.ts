// Takes the manifest's install-dialog screenshots (public/screenshots/*.jpg) from the built app, Chinese UI, 390×844 at 2×.
// Run: npm run decks && npm run build && npx tsx scripts/make-screenshots.ts — then commit the JPEGs; the build never runs this.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.ts';

const OUT = join(import.meta.dirname, '..', 'public', 'screenshots');
/** The manifest's `sizes` must match: 390×844 CSS px at device scale 2. */
const VIEWPORT = { width: 390, height: 844 };

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, name), type: 'jpeg', quality: 80 });
  console.log(`wrote public/screenshots/${name}`);
}

async function main(): Promise<void> {
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!base) throw new Error('vite preview did not report a URL');
  const profile = await mkdtemp(join(tmpdir(), 'roadcards-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    deviceScaleFactor: 2,
    hasTouch: true,
    locale: 'zh-CN',
    colorScheme: 'light',
    // No service worker: its one-time "ready offline" note would be in the picture.
    serviceWorkers: 'block',
  });
  try {
    await mkdir(OUT, { recursive: true });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/`);
    await page.locator('[data-action="study-due"]').waitFor();
    await page.locator('.deck-tree > li > .node-row > button[aria-expanded]').first().click();
    await page.locator('.node__open').first().waitFor();
    await shoot(page, 'home-narrow.jpg');
    await page.locator('[data-action="study-due"]').click();
    await page.locator('button[data-action="reveal"]').click();
    await page.locator('[data-card-id][data-side="back"]').waitFor();
    await shoot(page, 'study-narrow.jpg');
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await server.close();
  }
}

await main();
