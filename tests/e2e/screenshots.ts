// Screenshots of Study (answer shown) and drill results at 390×844, light and dark, for the before/after comparison.
import type { Page } from 'playwright-core';
import { visitUntilControlled } from './app.ts';

export const SHOT_DECK = 'go-career-paths';

/**
 * Answers every drill question on screen with keys only (a guess, a wrong typed answer, "not yet") until the results.
 * `judges`: where the self-judged card's buttons are once they take input (the pre-issue-8 app had no ready mark).
 */
export async function drillToResults(page: Page, judges = '.answer-bar[data-ready="true"] button[data-judge]'): Promise<void> {
  const results = page.locator('[data-screen="drill-results"]');
  for (let turn = 0; turn < 60 && !(await results.isVisible()); turn++) {
    const card = page.locator('[data-question-type]');
    await page.locator('[data-question-type], [data-screen="drill-results"]').first().waitFor();
    if (await results.isVisible()) break;
    const type = await card.getAttribute('data-question-type');
    if (type === 'choice') {
      await page.keyboard.press(String((turn % 3) + 1));
      await page.locator('[data-question-type][data-outcome]').waitFor();
      await page.keyboard.press('Enter');
    } else if (type === 'typed' || type === 'cloze') {
      await page.locator('input[name="answer"]:focus').waitFor();
      await page.keyboard.type('zzz');
      await page.keyboard.press('Enter');
      await page.locator('[data-question-type][data-outcome]').waitFor();
      await page.keyboard.press('Enter');
    } else {
      await page.keyboard.press('Enter');
      await page.locator(judges).first().waitFor();
      await page.keyboard.press(turn % 2 === 0 ? '2' : '1');
    }
    await page.locator(`[role="progressbar"][aria-valuenow="${turn + 1}"], [data-screen="drill-results"]`).first().waitFor();
  }
  await results.waitFor();
}

/** Writes test-results/<prefix>study-{light,dark}.png and <prefix>drill-results-{light,dark}.png. */
export async function captureStudyAndResults(page: Page, prefix: string): Promise<void> {
  await visitUntilControlled(page, `/study/${SHOT_DECK}`);
  await page.locator('[data-card-id]').waitFor();
  await page.locator('button[data-action="reveal"]').tap();
  await page.locator('[data-card-id][data-side="back"]').waitFor();
  await page.locator('button[data-grade]').first().waitFor();
  await page.waitForTimeout(800); // past any reveal guard, so the grades show as the learner sees them
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/${prefix}study-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(page.url().replace(/\/study\/.*/, `/drill/${SHOT_DECK}`));
  await page.locator('button[data-action="start-drill"]').click();
  await drillToResults(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/${prefix}drill-results-${scheme}.png` });
  }
}
