// Two tabs: another tab opens a newer database schema while a card is on screen here. This tab keeps the card, stores
// its grade (through the pending queue, after the reload), and reloads only between cards.
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { baseUrl, openProfile, storeCount, visitUntilControlled, type Profile } from '../e2e/app.ts';
import { cardOnScreen, reveal } from '../e2e/study.ts';

const DECK = 'go-career-paths';

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

/** What a newer version's first open does: upgrade the database one version up (Dexie's native versions are ×10). */
async function upgradeSchemaFrom(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open('roadcards');
        probe.onerror = () => reject(probe.error);
        probe.onsuccess = () => {
          const next = probe.result.version + 10;
          probe.result.close();
          const open = indexedDB.open('roadcards', next);
          open.onupgradeneeded = () => open.result.createObjectStore('newer', { keyPath: 'id' });
          open.onblocked = () => reject(new Error('the old tab kept its connection open: upgrade blocked'));
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            open.result.close();
            resolve(next);
          };
        };
      }),
  );
}

async function logsOf(page: Page, cardId: string): Promise<{ grade: number; reviewedAt: number }[]> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('roadcards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('logs', 'readonly').objectStore('logs').index('cardId').getAll(id);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as { grade: number; reviewedAt: number }[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    cardId,
  );
}

test('a newer schema in another tab: the card stays, its grade is stored, the tab reloads only between cards', async () => {
  profile = await openProfile();
  const { page, context } = profile;
  await visitUntilControlled(page, `/study/${DECK}`);
  const card = await cardOnScreen(page);
  await reveal(page, 'keyboard');
  await page.evaluate(() => ((window as unknown as { oldPage: boolean }).oldPage = true));
  const logsBefore = await storeCount(page, 'logs');

  const other = await context.newPage();
  await other.goto(`${baseUrl()}/robots.txt`); // same origin, no app code: only the newer schema's open
  const version = await upgradeSchemaFrom(other);
  expect(version).toBeGreaterThan(10);

  // The tab says what happened and keeps the answer on screen (the old build reloaded here, ~3 s later).
  await page.locator('[data-role="update-banner"][data-stale="schema"]').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(3_500);
  expect(await page.evaluate(() => (window as unknown as { oldPage?: boolean }).oldPage)).toBe(true);
  expect(await page.locator(`[data-card-id="${card}"][data-side="back"]`).count()).toBe(1);

  // Graded: no next card from the closed database, the page reloads, and the reloaded app stores the grade.
  const gradedAt = await page.evaluate(() => Date.now());
  await page.keyboard.press('3');
  await page.waitForFunction(() => (window as unknown as { oldPage?: boolean }).oldPage === undefined, undefined, { timeout: 30_000 });
  await page.locator('[data-card-id], [data-screen="done"]').first().waitFor();
  const logs = await logsOf(page, card);
  expect(logs).toHaveLength(1);
  expect(logs[0]!.grade).toBe(3);
  expect(Math.abs(logs[0]!.reviewedAt - gradedAt)).toBeLessThan(5_000);
  expect(await storeCount(page, 'logs')).toBe(logsBefore + 1);
  expect(await page.locator(`[data-card-id="${card}"]`).count()).toBe(0);
  // Nothing left in the queue to store twice, and no error shown for the kept grade.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('roadcards:pending-grade:')))).toEqual([]);
  expect(await page.locator('[role="alert"]').count()).toBe(0);
});
