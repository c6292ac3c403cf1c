// Undo in the browser: U (or the undo button) brings back the card just graded and removes its review log row.
import { afterEach, expect, test } from 'vitest';
import { nodeCounts, openProfile, storeCount, visitUntilControlled, type Profile } from './app.ts';
import { cardOnScreen, reveal, reviewedSoFar } from './study.ts';

const DECK = 'go-career-paths';

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

test('U after a grade shows the same card again, front side up, and the review log is back to where it was', async () => {
  profile = await openProfile();
  const { page } = profile;
  await visitUntilControlled(page, `/study/${DECK}`);
  const first = await cardOnScreen(page);
  const logsBefore = await storeCount(page, 'logs');

  await reveal(page, 'keyboard');
  await page.keyboard.press('3');
  await expect.poll(() => cardOnScreen(page)).not.toBe(first);
  await expect.poll(() => storeCount(page, 'logs')).toBe(logsBefore + 1);
  expect(await reviewedSoFar(page)).toBe(1);

  await page.keyboard.press('u');
  await expect.poll(() => cardOnScreen(page)).toBe(first);
  expect(await page.locator('[data-card-id]').getAttribute('data-side')).toBe('front');
  await expect.poll(() => storeCount(page, 'logs')).toBe(logsBefore);
  expect(await reviewedSoFar(page)).toBe(0);
  expect(await page.locator('button[data-action="undo"]').isDisabled()).toBe(true);

  // The undo button does the same, and Home shows the card as new again.
  await reveal(page, 'tap');
  await page.locator('button[data-grade="1"]').tap();
  await expect.poll(() => storeCount(page, 'logs')).toBe(logsBefore + 1);
  await page.locator('button[data-action="undo"]').tap();
  await expect.poll(() => cardOnScreen(page)).toBe(first);
  await expect.poll(() => storeCount(page, 'logs')).toBe(logsBefore);
  await page.locator('[data-screen="study"] a[href="/"]').first().click();
  expect(await nodeCounts(page, DECK)).toEqual({ new: 20, learning: 0, due: 0 });
});
