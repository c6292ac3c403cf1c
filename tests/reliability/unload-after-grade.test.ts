// A page left the instant after a grade (the learner closes the tab or the app is swiped away): the grade is stored.
import { afterEach, expect, test } from 'vitest';
import { openProfile, storeCount, visitUntilControlled, type Profile } from '../e2e/app.ts';
import { cardOnScreen, reveal } from '../e2e/study.ts';

const DECK = 'go-career-paths';

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

test('grades tapped and followed at once by a page load are each stored once, with the card they graded', async () => {
  profile = await openProfile({ width: 390, height: 844 });
  const { page } = profile;
  await visitUntilControlled(page, `/study/${DECK}`);
  const graded: string[] = [];
  for (let round = 0; round < 3; round++) {
    const id = await cardOnScreen(page);
    await reveal(page, 'tap');
    // The grade and the page's end in one task: IndexedDB's write is still on its way when the document goes.
    await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('button[data-grade="3"]')!.click();
      location.reload();
    });
    graded.push(id);
    await page.waitForLoadState('load');
    await page.locator('[data-card-id], [data-screen="done"]').first().waitFor();
    await expect.poll(() => storeCount(page, 'logs')).toBe(graded.length);
  }
  const logged = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('roadcards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('logs').objectStore('logs').getAll();
          read.onsuccess = () => {
            open.result.close();
            resolve((read.result as { cardId: string }[]).map((log) => log.cardId));
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
  expect(logged.sort()).toEqual([...graded].sort());
  // The page after the reload shows none of them as new: each left the front of the queue.
  expect(graded).not.toContain(await cardOnScreen(page));
});
