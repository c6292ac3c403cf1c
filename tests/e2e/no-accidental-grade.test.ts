// No grade the learner did not mean: a double tap on 显示答案 (two touches 120 ms apart) reveals the answer and grades nothing.
import { afterEach, expect, test } from 'vitest';
import { openProfile, storeCount, visitUntilControlled, type Profile } from './app.ts';
import { cardOnScreen } from './study.ts';

const DECK = 'go-career-paths';

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

test('two taps 120 ms apart on the reveal spot show the answer and log no review', async () => {
  profile = await openProfile({ width: 390, height: 844 });
  const { page } = profile;
  await visitUntilControlled(page, `/study/${DECK}`);
  const first = await cardOnScreen(page);
  const box = (await page.locator('button[data-action="reveal"]').boundingBox())!;
  const spot = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

  await page.touchscreen.tap(spot.x, spot.y);
  await page.waitForTimeout(120);
  await page.touchscreen.tap(spot.x, spot.y);
  // A grade would be painted at once and written within a few ms: give a stray one ample time to land.
  await page.waitForTimeout(1500);

  expect(await cardOnScreen(page)).toBe(first);
  expect(await page.locator('[data-card-id]').getAttribute('data-side')).toBe('back');
  expect(await storeCount(page, 'logs')).toBe(0);
  expect(await page.locator('[data-screen="study"]').getAttribute('data-reviews')).toBe('0');
  // Whatever the timing, the reveal spot now holds no grade button.
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('button[data-grade]') ?? null, spot)).toBeNull();

  // A meant grade, tapped after a moment, goes through.
  await page.locator('button[data-grade="3"]').tap();
  await expect.poll(() => storeCount(page, 'logs')).toBe(1);
  expect(await cardOnScreen(page)).not.toBe(first);
});
