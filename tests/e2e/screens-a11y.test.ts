// Axe-core on every study, drill and settings screen, light and dark, each with exactly one h1; verdicts in words, not colour only.
import { afterEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openProfile, visitUntilControlled, type Profile } from './app.ts';
import { seriousViolations } from './axe.ts';
import { reveal } from './study.ts';

const DECK = 'go-career-paths';
/** A section with a single card: one Easy grade reaches the done screen. */
const ONE_CARD_SECTION = 'go-career-paths.s0es6hq3g2kd';

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

/**
 * No serious or critical axe finding and exactly one h1, in light and in dark, on a touch screen and with the keyboard
 * hints shown (as once a key has been pressed): the hints' contrast counts too.
 */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  for (const keyboard of [false, true]) {
    await page.evaluate((on) => (on ? (document.documentElement.dataset.keyboard = 'true') : delete document.documentElement.dataset.keyboard), keyboard);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page), `${screen} (${scheme}${keyboard ? ', keyboard hints' : ''})`).toEqual([]);
      expect(await page.locator('h1').count(), `${screen}: one h1`).toBe(1);
    }
  }
  await page.evaluate(() => delete document.documentElement.dataset.keyboard);
  await page.emulateMedia({ colorScheme: 'light' });
}

test('study front and back pass axe-core in light and dark', async () => {
  profile = await openProfile();
  const { page } = profile;
  await visitUntilControlled(page, `/study/${DECK}`);
  await page.locator('[data-card-id][data-side="front"]').waitFor();
  await expectAccessible(page, 'study front');
  await reveal(page, 'tap');
  await expectAccessible(page, 'study back');
});

test('the study done screen, and undo from it, pass axe-core in light and dark', async () => {
  profile = await openProfile();
  const { page } = profile;
  await visitUntilControlled(page, `/study/${ONE_CARD_SECTION}`);
  await reveal(page, 'tap');
  await page.locator('button[data-grade="4"]').tap();
  await page.locator('[data-screen="done"] [data-role="done-count"]').waitFor();
  await expectAccessible(page, 'study done');
  // Undo is still at hand on the done screen, in the bar at the bottom.
  await page.locator('.answer-bar button[data-action="undo"]').tap();
  await page.locator('[data-card-id][data-side="front"]').waitFor();
  await expect.poll(() => page.locator('.undo-notice').textContent()).toMatch(/Undone|已撤销/);
});

test('drill setup, question, answered question and results pass axe-core in light and dark; right and wrong are told in words', async () => {
  profile = await openProfile();
  const { page } = profile;
  await visitUntilControlled(page, `/drill/${DECK}`);
  await page.locator('[data-screen="drill-setup"]').waitFor();
  await expectAccessible(page, 'drill setup');
  await page.locator('input[name="count"][value="20"]').check();
  await page.locator('button[data-action="start-drill"]').click();

  const seen = new Set<string>();
  for (let turn = 0; turn < 20; turn++) {
    const card = page.locator('[data-question-type]');
    await page.locator('[data-question-type], [data-screen="drill-results"]').first().waitFor();
    if (await page.locator('[data-screen="drill-results"]').isVisible()) break;
    const type = (await card.getAttribute('data-question-type'))!;
    if (!seen.has(type)) await expectAccessible(page, `drill ${type} question`);
    if (type === 'choice') {
      const wrong = page.locator('button[data-option]').nth(turn % 2);
      await wrong.click();
      await page.locator('[data-question-type][data-outcome]').waitFor();
      if (!seen.has('choice')) {
        // Words, not colour only: the right option and a wrong pick say so in text.
        expect(await page.locator('button[data-correct="true"]').textContent()).toMatch(/正确答案|Correct answer/);
        const picked = page.locator('button[data-option][aria-pressed="true"]');
        if ((await picked.getAttribute('data-correct')) === 'false') expect(await picked.textContent()).toMatch(/你的选择|Your pick/);
        await expectAccessible(page, 'drill choice answered');
      }
      await page.locator('button[data-action="next"]').click();
    } else if (type === 'typed' || type === 'cloze') {
      await page.locator('input[name="answer"]').fill('zzz');
      await page.keyboard.press('Enter');
      await page.locator('[data-question-type][data-outcome]').waitFor();
      if (!seen.has(type)) await expectAccessible(page, `drill ${type} answered`);
      await page.locator('button[data-action="next"]').click();
    } else {
      await page.locator('button[data-action="reveal"]').click();
      await page.locator('.answer-bar[data-ready="true"] button[data-judge]').first().waitFor();
      if (!seen.has(type)) await expectAccessible(page, 'drill flashcard revealed');
      await page.locator('button[data-judge="wrong"]').click();
    }
    seen.add(type);
    await page.locator(`[role="progressbar"][aria-valuenow="${turn + 1}"], [data-screen="drill-results"]`).first().waitFor();
  }
  await page.locator('[data-screen="drill-results"]').waitFor();
  expect([...seen]).toContain('choice');
  await expectAccessible(page, 'drill results');
});

test('settings pass axe-core in light and dark', async () => {
  profile = await openProfile();
  const { page } = profile;
  await visitUntilControlled(page, '/settings');
  await page.locator('[data-screen="settings"]').waitFor();
  await expectAccessible(page, 'settings');
});
