// The optimizer's flow in real Chromium, shared by the optimizer's e2e test and the header-less host's reliability test:
// a generated learner's history imported as a backup, one run of the optimizer, what the section then shows.
import type { Page } from 'playwright-core';
import { normalizeSchedulerSettings } from '../../src/core/scheduler/settings.ts';
import { generateLearner, SYNTHETIC_TRUE_WEIGHTS } from '../../src/core/optimizer/synthetic-learner.ts';

const DAY = 86_400_000;

/** Study cards (not reference cards), roadmap by roadmap, as stored after the first visit's deck sync. */
export async function studyCards(page: Page, count: number): Promise<{ cardId: string; deckId: string }[]> {
  return page.evaluate(
    (n) =>
      new Promise<{ cardId: string; deckId: string }[]>((resolve, reject) => {
        const open = indexedDB.open('roadcards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('cards', 'readonly').objectStore('cards').getAll();
          request.onsuccess = () => {
            open.result.close();
            const rows = request.result as { id: string; deckId: string; order: number; card: { role?: string } }[];
            const cards = rows
              .filter((row) => row.card.role !== 'reference')
              .sort((a, b) => a.deckId.localeCompare(b.deckId) || a.order - b.order);
            resolve(cards.slice(0, n).map((row) => ({ cardId: row.id, deckId: row.deckId })));
          };
          request.onerror = () => reject(request.error);
        };
      }),
    count,
  );
}

/** A backup file of a learner who remembers better than the defaults assume: 150 days ending 5 days ago. */
export function learnerBackup(cards: { cardId: string; deckId: string }[]): string {
  const today = Math.floor(Date.now() / DAY) * DAY;
  const start = today - 155 * DAY;
  const { logs, states } = generateLearner({
    cards, trueWeights: SYNTHETIC_TRUE_WEIGHTS, settings: normalizeSchedulerSettings({}), seed: 11, start, days: 150, newPerDay: 10,
  });
  return JSON.stringify({
    format: 'roadcards-backup', version: 1, exportedAt: Date.now(), schemaVersion: 4, states, logs, settings: null, interviews: [], drills: [],
  });
}

export async function importBackup(page: Page, text: string): Promise<void> {
  await page.locator('input[data-action="import-backup"]').setInputFiles({ name: 'learner.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const done = page.locator('[data-role="backup-summary"], [data-action="confirm-import"]').first();
  await done.waitFor({ timeout: 60_000 });
  if ((await done.getAttribute('data-action')) === 'confirm-import') await done.click();
  await page.locator('[data-role="backup-summary"]').waitFor({ timeout: 60_000 });
}

/** Every text the progress area showed during the run (a MutationObserver in the page, so no step is missed). */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-role="optimizer-progress"]')?.textContent;
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** The page may use SharedArrayBuffer (COOP/COEP from the preview server online, from the service worker offline). */
export const isolated = (page: Page) => page.evaluate(() => crossOriginIsolated);

export async function optimize(page: Page): Promise<{ current: number; trained: number; threads: number }> {
  await watchProgress(page);
  await page.locator('button[data-action="optimize"]').click();
  await page.locator('[data-role="optimizer-progress"]').waitFor();
  const row = page.locator('[data-role="optimizer-figures"] [data-metric="log-loss"]');
  await row.waitFor({ timeout: 110_000 });
  return {
    current: Number(await row.locator('[data-value="current"]').textContent()),
    trained: Number(await row.locator('[data-value="trained"]').textContent()),
    threads: Number(await page.locator('[data-role="optimizer-threads"]').getAttribute('data-threads')),
  };
}
