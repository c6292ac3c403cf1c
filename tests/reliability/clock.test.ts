// Clocks moved in real Chromium (playwright's page clock): a session a year ahead must not spend the allowance of every later day.
import { afterEach, expect, test } from 'vitest';
import { baseUrl, nodeCounts, openProfile, visitUntilControlled, type Profile } from '../e2e/app.ts';
import { studyCards } from '../e2e/study.ts';

// 109 concept cards: room for a day's 20 new cards after the 20 studied a year ahead.
const DECK = 'golang-web-backend';
const DAY = 86_400_000;

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

test('a session with the clock a year ahead, then the clock set back: new cards are offered again the next day', async () => {
  profile = await openProfile();
  const { page, context } = profile;
  await visitUntilControlled(page, '/');
  const realNow = Date.now();
  expect(await nodeCounts(page, DECK)).toMatchObject({ new: 20 });

  await context.clock.setSystemTime(realNow + 365 * DAY);
  await page.goto(`${baseUrl()}/study/${DECK}`);
  await studyCards(page, 'keyboard', 20, 4);
  await page.locator('[data-screen="done"]').waitFor();
  await page.goto(`${baseUrl()}/`);
  expect(await nodeCounts(page, DECK)).toMatchObject({ new: 0 }); // that (future) day's allowance is spent

  for (const later of [1, 200]) {
    await context.clock.setSystemTime(realNow + later * DAY);
    await page.reload();
    expect(await nodeCounts(page, DECK), `+${later} days`).toMatchObject({ new: 20 });
  }
  await page.goto(`${baseUrl()}/study/${DECK}`);
  await studyCards(page, 'keyboard', 1, 3);
});
