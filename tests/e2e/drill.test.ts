// The interview drill in real Chromium, offline by deep link and with keys only: setup, 20 questions, results; the schedule untouched.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { baseUrl, nodeCounts, openProfile, storeCount, visitUntilControlled, type Profile } from './app.ts';

const WIDTH = 390;
const HEIGHT = 844;
const DECK = 'go-backend-advanced';
/** 第三阶段：分布式系统基础架构 (48 cards): the example of a stage drilled the night before an interview. */
const STAGE = 'go-backend-advanced.s0vp660kb348';
const MIN_TARGET_PX = 48;

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

async function answered(page: Page): Promise<number> {
  return Number(await page.locator('[role="progressbar"]').getAttribute('aria-valuenow'));
}

async function outcome(page: Page): Promise<string> {
  const card = page.locator('[data-question-type][data-outcome]');
  await card.waitFor();
  return (await card.getAttribute('data-outcome')) ?? '';
}

/** Every visible button of the screen is at least 48 px tall and within the phone's width. */
async function expectTouchTargets(page: Page): Promise<void> {
  for (const button of await page.locator('[data-screen="drill"] button:visible').all()) {
    const box = (await button.boundingBox())!;
    expect(box.height, await button.textContent() ?? '').toBeGreaterThanOrEqual(MIN_TARGET_PX);
    expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  }
}

/**
 * Answers the question on screen with keys only and returns whether it counted as right. Choices: a key 1–4 (the
 * learner's guess), Enter. Typed and cloze: a wrong answer typed, Enter checks, then every other time Y ("I was
 * right") before Enter. Flashcards: Enter reveals, 2 "I knew it" or 1 "not yet".
 */
async function answerByKeys(page: Page, turn: number, shots: Set<string>): Promise<boolean> {
  const card = page.locator('[data-question-type]');
  await card.waitFor();
  const type = await card.getAttribute('data-question-type');
  let result: string;
  if (type === 'choice') {
    const options = await page.locator('button[data-option]').count();
    expect(options).toBeGreaterThanOrEqual(3);
    await page.keyboard.press(String((turn % options) + 1));
    result = await outcome(page);
    // The right answer is shown whatever was picked.
    expect(await page.locator('button[data-option][data-correct="true"].option--correct').count()).toBe(1);
    if (!shots.has('choice')) {
      shots.add('choice');
      await expectTouchTargets(page);
      await page.screenshot({ path: 'test-results/drill-question.png' });
    }
  } else if (type === 'typed' || type === 'cloze') {
    await page.locator('input[name="answer"]:focus').waitFor();
    await page.keyboard.type('zzz');
    await page.keyboard.press('Enter');
    expect(await outcome(page)).toBe('wrong');
    expect(await page.locator('[data-role="expected"]').textContent()).not.toBe('');
    if (turn % 2 === 0) {
      await page.keyboard.press('y');
      await expect.poll(() => outcome(page)).toBe('correct');
    }
    result = await outcome(page);
    if (!shots.has('typed')) {
      shots.add('typed');
      await page.screenshot({ path: 'test-results/drill-typed.png' });
    }
  } else {
    await page.keyboard.press('Enter');
    await page.locator('button[data-judge]').first().waitFor();
    const knew = turn % 2 === 0;
    await page.keyboard.press(knew ? '2' : '1');
    return knew;
  }
  await page.keyboard.press('Enter');
  return result !== 'wrong';
}

test('a stage drilled offline by deep link with keys only ends on a score and leaves the schedule alone', async () => {
  profile = await openProfile({ width: WIDTH, height: HEIGHT });
  const { page, context } = profile;
  await mkdir('test-results', { recursive: true });
  await visitUntilControlled(page, '/');
  const countsBefore = await nodeCounts(page, DECK);
  // Roadmap rows come first, the rows under them once read: wait for the stage's Drill link.
  await page.locator(`[data-node-id="${STAGE}"] a[href="/drill/${STAGE}"]`).first().waitFor({ state: 'attached' });

  await context.setOffline(true);
  await page.goto(`${baseUrl()}/drill/${STAGE}`);
  await page.locator('[data-screen="drill-setup"]').waitFor();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(await page.locator('input[data-role="count-as-reviews"]').isChecked()).toBe(false);
  expect(await page.locator('input[name="count"][value="20"]').isChecked()).toBe(true);
  await page.locator('button[data-action="start-drill"]:focus').waitFor();
  await page.keyboard.press('Enter');

  const shots = new Set<string>();
  let right = 0;
  for (let turn = 0; turn < 20; turn++) {
    expect(await answered(page)).toBe(turn);
    if (await answerByKeys(page, turn, shots)) right += 1;
    await page.locator(`[role="progressbar"][aria-valuenow="${turn + 1}"], [data-screen="drill-results"]`).first().waitFor();
  }

  const score = page.locator('[data-screen="drill-results"] [data-role="score"]');
  await score.waitFor();
  expect(await score.getAttribute('data-total')).toBe('20');
  expect(Number(await score.getAttribute('data-right'))).toBe(right);
  expect(await score.textContent()).toContain(`${Math.round((right / 20) * 100)}%`);
  expect(await page.locator('[data-role="by-section"] [data-section-id]').count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  await page.screenshot({ path: 'test-results/drill-results.png', fullPage: true });

  // Kept as drill attempts; no review was logged, and Home (still offline) counts as before.
  await expect.poll(() => storeCount(page, 'drills')).toBe(20);
  expect(await storeCount(page, 'logs')).toBe(0);
  await page.locator('[data-screen="drill"] a[href="/"]').first().click();
  await page.locator('[data-screen="home"]').waitFor();
  expect(await nodeCounts(page, DECK)).toEqual(countsBefore);
});
