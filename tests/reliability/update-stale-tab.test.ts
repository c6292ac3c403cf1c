// A version deployed mid-session: the stale tab offers the reload, keeps the grade of a card the new decks retired,
// reloads only between cards, and a screen whose chunk the deploy removed offers the reload instead of a dead tap.
import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { launchProfile } from '../e2e/chromium.ts';
import { newProfileDir, openProfile, type Profile } from '../e2e/app.ts';
import { cardOnScreen, reveal } from '../e2e/study.ts';
import { copyOfDist, makeNextVersion, serveSwappable, type SwappableSite } from './update-site.ts';

const DECK = 'go-career-paths';

let profile: Profile | undefined;
let site: SwappableSite | undefined;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await profile?.dispose();
  await site?.close();
  for (const cleanup of cleanups.splice(0)) await cleanup();
  profile = site = undefined;
});

async function tempSite(make: () => Promise<string>): Promise<string> {
  const dir = await make();
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** One card's stored state and review count, read with plain IndexedDB (no app code). */
async function storedCard(page: Page, cardId: string): Promise<{ retired: number | null; reps: number | null; logs: number }> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('roadcards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['states', 'logs'], 'readonly');
          const state = tx.objectStore('states').get(id);
          const logs = tx.objectStore('logs').index('cardId').count(id);
          tx.oncomplete = () => {
            db.close();
            const row = state.result as { retired?: number; reps?: number } | undefined;
            resolve({ retired: row?.retired ?? null, reps: row?.reps ?? null, logs: logs.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    cardId,
  );
}

async function runsNewVersion(page: Page): Promise<boolean> {
  return page.evaluate(() => [...document.querySelectorAll('script[src]')].some((s) => /n\.js$/.test((s as HTMLScriptElement).src)));
}

test('the stale tab offers the update, stores the grade of a card the new decks retired, and reloads between cards', async () => {
  const previous = await tempSite(copyOfDist);
  site = await serveSwappable(previous);
  profile = await openProfile();
  const stale = profile.page;
  await stale.goto(`${site.url}/study/${DECK}`);
  await stale.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await stale.evaluate(() => navigator.serviceWorker.controller !== null))) await stale.reload();
  await stale.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const card = await cardOnScreen(stale);
  await reveal(stale, 'keyboard');
  await stale.evaluate(() => ((window as unknown as { oldPage: boolean }).oldPage = true));

  // Deploy: the card on the stale tab's screen leaves its roadmap, every chunk is renamed.
  site.serve(await tempSite(() => makeNextVersion(previous, DECK, [card])));

  // Another tab opens the app, finds the new version and accepts it; it reloads into it and merges the new decks.
  const other = await profile.context.newPage();
  await other.goto(`${site.url}/`);
  await other.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await other.locator('[data-role="update-banner"] button[data-action="apply-update"]').click({ timeout: 30_000 });
  await expect.poll(() => runsNewVersion(other), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => storedCard(other, card), { timeout: 30_000 }).toMatchObject({ retired: 1, logs: 0 });

  // The stale tab says so and keeps the card the learner is reading: no reload mid-card.
  await stale.locator('[data-role="update-banner"][data-stale="worker"]').waitFor({ timeout: 30_000 });
  await stale.waitForTimeout(1_000);
  expect(await stale.evaluate(() => (window as unknown as { oldPage?: boolean }).oldPage)).toBe(true);
  expect(await stale.locator(`[data-card-id="${card}"][data-side="back"]`).count()).toBe(1);

  // Graded there, the retired card's review is stored; then the tab reloads into the new version, between cards.
  await stale.keyboard.press('3');
  await stale.waitForFunction(() => (window as unknown as { oldPage?: boolean }).oldPage === undefined, undefined, { timeout: 30_000 });
  expect(await storedCard(stale, card)).toEqual({ retired: 1, reps: 1, logs: 1 });
  await expect.poll(() => runsNewVersion(stale), { timeout: 30_000 }).toBe(true);
  await stale.locator('[data-card-id], [data-screen="done"]').first().waitFor();
  expect(await stale.locator(`[data-card-id="${card}"]`).count()).toBe(0);
  expect(await stale.locator('[role="alert"]').count()).toBe(0);
});

test('a screen whose chunk the deploy removed offers the reload instead of a dead tap', async () => {
  const previous = await tempSite(copyOfDist);
  site = await serveSwappable(previous);
  // No service worker (blocked, or a first visit before it controls): the old chunks come from the server alone.
  const dir = await newProfileDir();
  const context = await launchProfile(dir, { serviceWorkers: 'block' });
  cleanups.push(async () => {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${site.url}/`);
  await page.locator('[data-screen="home"]').waitFor();

  site.serve(await tempSite(() => makeNextVersion(previous, DECK, [])));
  await page.locator('a.app-header__link[href="/settings"]').click();
  const notice = page.locator('[data-role="chunk-missing"]');
  await notice.waitFor({ timeout: 30_000 });
  await page.locator('[data-role="update-banner"][data-stale="chunk"]').waitFor();
  // The browser's words are only in the details line.
  expect(await notice.locator('details').textContent()).toMatch(/settings-screen/);
  expect(await notice.locator('p').allTextContents()).not.toContainEqual(expect.stringMatching(/module|Failed/));

  await notice.locator('button[data-action="reload"]').click();
  await page.locator('[data-screen="settings"]').waitFor({ timeout: 30_000 });
  expect(await runsNewVersion(page)).toBe(true);
});
