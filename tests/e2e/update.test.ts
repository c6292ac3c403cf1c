// A new version waits for the learner: the update banner appears, and an accepted update takes over only after the card on screen is graded.
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterEach, expect, test } from 'vitest';
import { openProfile, storeCount, type Profile } from './app.ts';
import { cardOnScreen, reveal } from './study.ts';

const DECK = 'go-career-paths';

let profile: Profile | undefined;
let server: PreviewServer | undefined;
let siteDir: string | undefined;
afterEach(async () => {
  await profile?.dispose();
  await server?.close();
  if (siteDir) await rm(siteDir, { recursive: true, force: true });
  profile = server = siteDir = undefined;
});

/** Its own copy of the built app on its own port, so changing sw.js here cannot disturb the other tests. */
async function serveCopyOfDist(): Promise<{ url: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'roadcards-site-'));
  await cp('dist', dir, { recursive: true });
  server = await preview({ build: { outDir: dir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, dir };
}

test('an update accepted mid-card applies after that card is graded, and the grade is kept', async () => {
  const site = await serveCopyOfDist();
  siteDir = site.dir;
  profile = await openProfile();
  const { page } = profile;
  await page.goto(`${site.url}/study/${DECK}`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const first = await cardOnScreen(page);

  // Deploy a new version (any byte of sw.js changes) and let the browser look for it.
  await appendFile(join(site.dir, 'sw.js'), '\n// next version\n');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  const banner = page.locator('[data-role="update-banner"]');
  await banner.waitFor({ timeout: 30_000 });
  // Nothing changes under the learner by itself: the same card, the same page.
  await page.evaluate(() => ((window as unknown as { oldPage: boolean }).oldPage = true));
  expect(await cardOnScreen(page)).toBe(first);

  await banner.locator('button[data-action="apply-update"]').click();
  // Accepted while a card is on screen: the card stays until it is graded.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { oldPage?: boolean }).oldPage)).toBe(true);
  expect(await cardOnScreen(page)).toBe(first);

  await reveal(page, 'keyboard');
  await page.keyboard.press('3');
  // The new worker takes over and the page reloads into it.
  await page.waitForFunction(() => (window as unknown as { oldPage?: boolean }).oldPage === undefined, undefined, { timeout: 30_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null)).toBe(false);
  expect(await storeCount(page, 'logs')).toBe(1);
  await page.locator('[data-card-id], [data-screen="done"]').first().waitFor();
  expect(await page.locator(`[data-card-id="${first}"]`).count()).toBe(0);
});
