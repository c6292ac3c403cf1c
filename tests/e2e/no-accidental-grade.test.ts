// No grade the learner did not mean: a double tap on 显示答案 (two touches 120 ms apart) reveals the answer and grades nothing.
import { afterEach, expect, test } from 'vitest';
import { openProfile, storeCount, visitUntilControlled, type Profile } from './app.ts';
import { cardOnScreen } from './study.ts';

const DECK = 'go-career-paths';
/** A section of self-check items ("能解释 …"): every drill question on it is a flashcard. */
const SELF_CHECK_SECTION = 'go-backend-advanced.s0yiq7hffas2';

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
  // Whatever the timing, nowhere the reveal button was holds a grade button now.
  const under = await page.evaluate(
    ({ left, width, y }) =>
      [0.05, 0.3, 0.5, 0.7, 0.95].map((share) => document.elementFromPoint(left + width * share, y)?.closest('button[data-grade]')?.getAttribute('data-grade') ?? null),
    { left: box.x, width: box.width, y: spot.y },
  );
  expect(under).toEqual([null, null, null, null, null]);

  // A meant grade, tapped after a moment, goes through.
  await page.locator('button[data-grade="3"]').tap();
  await expect.poll(() => storeCount(page, 'logs')).toBe(1);
  expect(await cardOnScreen(page)).not.toBe(first);
});

test('in a drill, two taps 120 ms apart on a flashcard\'s reveal spot show its back and judge nothing', async () => {
  profile = await openProfile({ width: 390, height: 844 });
  const { page } = profile;
  await visitUntilControlled(page, `/drill/${SELF_CHECK_SECTION}`);
  await page.locator('button[data-action="start-drill"]').click();
  const card = page.locator('[data-question-type]');
  for (let turn = 0; turn < 60; turn++) {
    await card.waitFor();
    const type = await card.getAttribute('data-question-type');
    if (type === 'flashcard') break;
    if (type === 'choice') await page.locator('button[data-option="1"]').click();
    else {
      await page.locator('input[name="answer"]').fill('zzz');
      await page.keyboard.press('Enter');
    }
    await page.locator('button[data-action="next"]').click();
    await page.locator(`[role="progressbar"][aria-valuenow="${turn + 1}"]`).waitFor();
  }
  expect(await card.getAttribute('data-question-type')).toBe('flashcard');
  const answered = await page.locator('[role="progressbar"]').getAttribute('aria-valuenow');
  const id = await card.getAttribute('data-card-id');
  // Left of centre, where the "not yet" judge appears once the back shows.
  const box = (await page.locator('button[data-action="reveal"]').boundingBox())!;
  const spot = { x: box.x + box.width * 0.3, y: box.y + box.height / 2 };
  await page.touchscreen.tap(spot.x, spot.y);
  await page.waitForTimeout(120);
  await page.touchscreen.tap(spot.x, spot.y);
  await page.waitForTimeout(1000);

  expect(await card.getAttribute('data-card-id')).toBe(id);
  expect(await page.locator('button[data-judge]').count()).toBe(2);
  expect(await page.locator('[role="progressbar"]').getAttribute('aria-valuenow')).toBe(answered);
});
