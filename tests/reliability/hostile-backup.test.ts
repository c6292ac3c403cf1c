// Hostile backups and damaged states in real Chromium: refused with a reason, keys that are prototype names, no stuck card.
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { baseUrl, openProfile, storeCount, visitUntilControlled, type Profile } from '../e2e/app.ts';
import { cardOnScreen, reveal, studyCards } from '../e2e/study.ts';

const DECK = 'go-career-paths';

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

/** Exports through Settings and returns the file's JSON. */
async function exportFile(page: Page): Promise<any> {
  await page.goto(`${baseUrl()}/settings`);
  const download = page.waitForEvent('download');
  await page.locator('button[data-action="export-backup"]').click();
  const stream = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function importFile(page: Page, file: unknown): Promise<string> {
  await page.goto(`${baseUrl()}/settings`);
  await page.locator('input[data-action="import-backup"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const outcome = page.locator('[data-role="backup-summary"], [data-role="backup-refused"], [data-role="backup-failed"]').first();
  await outcome.waitFor();
  return `${await outcome.getAttribute('data-role')}: ${await outcome.textContent()}`;
}

test('a backup with impossible values is refused with the row and field; one keyed __proto__ imports twice and exports again', async () => {
  profile = await openProfile();
  const { page } = profile;
  await visitUntilControlled(page, `/study/${DECK}`);
  await studyCards(page, 'keyboard', 3, 3);
  const good = await exportFile(page);

  const negative = structuredClone(good);
  negative.states[0].stability = -5;
  expect(await importFile(page, negative)).toMatch(/^backup-refused: .*“stability” in card progress entry 1 is not valid/);
  const farFuture = structuredClone(good);
  farFuture.states[0].lastReview = 1e300;
  expect(await importFile(page, farFuture)).toMatch(/^backup-refused: .*lastReview/);

  const proto = structuredClone(good);
  proto.interviews.push({ nodeId: '__proto__', date: Date.now() + 30 * 86_400_000 }, { nodeId: 'constructor', date: Date.now() + 40 * 86_400_000 });
  expect(await importFile(page, proto)).toMatch(/^backup-summary/);
  expect(await importFile(page, proto)).toMatch(/^backup-summary/);
  const again = await exportFile(page);
  expect(again.interviews.map((row: { nodeId: string }) => row.nodeId).sort()).toEqual(['__proto__', 'constructor']);
  expect(await importFile(page, again)).toMatch(/^backup-summary/);
});

test('a card whose stored state cannot be scheduled is skipped with a note, never stuck on its front', async () => {
  profile = await openProfile();
  const { page } = profile;
  await visitUntilControlled(page, `/study/${DECK}`);
  const first = await cardOnScreen(page);
  // Damage it the way an unchecked import did: a reviewed card with stability -5, due now.
  await page.evaluate(
    (cardId) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('roadcards');
        open.onsuccess = () => {
          const tx = open.result.transaction('states', 'readwrite');
          const store = tx.objectStore('states');
          const get = store.get(cardId);
          get.onsuccess = () => {
            const row = get.result;
            const due = Date.now() - 86_400_000;
            store.put({ ...row, phase: 2, stability: -5, difficulty: 5, reps: 1, due, lastReview: due - 86_400_000, reviewDue: due, newOrder: undefined });
          };
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    first,
  );
  await page.reload();
  // The review is interspersed with the new cards: study until the session reaches it.
  const note = page.locator('[data-role="skipped-cards"]');
  const shown: string[] = [];
  for (let i = 0; i < 25 && (await note.count()) === 0; i++) {
    // Study loads lazily: wait for a card (or the done screen) before asking whether one is there.
    await page.locator('[data-card-id], [data-screen="done"]').first().waitFor();
    if ((await page.locator('[data-card-id]').count()) === 0) break;
    shown.push(await cardOnScreen(page));
    await reveal(page, 'keyboard');
    expect(await page.locator('button[data-grade]').count()).toBe(4);
    await page.keyboard.press('4');
    await page.locator('[data-card-id][data-side="front"], [data-screen="done"]').first().waitFor();
  }
  expect(await note.textContent()).toMatch(/Skipped 1 card/);
  expect(shown).not.toContain(first);
  await expect.poll(() => storeCount(page, 'logs')).toBe(shown.length);
});
