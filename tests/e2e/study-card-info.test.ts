// Card info from the study screen in real Chromium at phone size: opened by a tap after the reveal, no serious axe
// violation, closed again, then the grade goes through and the session keeps its undo.
import { mkdir } from 'node:fs/promises';
import { afterEach, expect, test } from 'vitest';
import { openProfile, storeCount, visitUntilControlled, type Profile } from './app.ts';
import { seriousViolations } from './axe.ts';
import { cardOnScreen, reveal, reviewedSoFar, studyCard } from './study.ts';

const DECK = 'go-career-paths';
const WIDTH = 390;
const HEIGHT = 844;

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

test('card info opens over the revealed card at 390×844 by touch, passes axe, closes, and the session goes on with undo', async () => {
  profile = await openProfile({ width: WIDTH, height: HEIGHT });
  const { page } = profile;
  await mkdir('test-results', { recursive: true });
  await visitUntilControlled(page, `/study/${DECK}`);
  // One card graded first, so the card on screen has a session behind it that undo can take back.
  await studyCard(page, 'tap', 3);
  const card = await cardOnScreen(page);
  await reveal(page, 'tap');

  const control = page.locator('button[data-action="card-info"]');
  const box = (await control.boundingBox())!;
  // In thumb reach and on screen, above the grades: not where a grade or the reveal button sits.
  expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
  expect(box.y).toBeGreaterThan(HEIGHT / 2);
  for (const grade of await page.locator('button[data-grade]').all()) {
    const gradeBox = (await grade.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(gradeBox.y);
  }
  await control.tap();

  const dialog = page.locator('[role="dialog"][data-role="card-info"]');
  await dialog.locator('[data-field="source"]').waitFor();
  expect(await dialog.locator('[data-field="source"]').textContent()).toMatch(/\.md:\d+$/);
  expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: 'test-results/study-card-info-390x844.png' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/study-card-info-390x844-dark.png' });
  expect(await seriousViolations(page)).toEqual([]);

  // A grade key behind the open dialog does nothing.
  await page.keyboard.press('3');
  expect(await reviewedSoFar(page)).toBe(1);
  await page.locator('button[data-action="close-card-info"]').tap();
  await dialog.waitFor({ state: 'detached' });
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('card-info');

  const logs = await storeCount(page, 'logs');
  await page.locator('button[data-grade="3"]').tap();
  await expect.poll(() => reviewedSoFar(page)).toBe(2);
  await expect.poll(() => storeCount(page, 'logs')).toBe(logs + 1);
  expect(await cardOnScreen(page)).not.toBe(card);

  await page.locator('button[data-action="undo"]').tap();
  await expect.poll(() => cardOnScreen(page)).toBe(card);
  await expect.poll(() => storeCount(page, 'logs')).toBe(logs);
  expect(await reviewedSoFar(page)).toBe(1);
});
