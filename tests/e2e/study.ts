// Driving the study screen like a learner: read the card on screen, reveal and grade it with the keyboard or by tapping.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export type Input = 'keyboard' | 'tap';

const CARD = '[data-card-id]';
const STUDY = '[data-screen="study"]';

/** The id of the card on screen (waits for one). */
export async function cardOnScreen(page: Page): Promise<string> {
  const card = page.locator(CARD);
  await card.waitFor();
  const id = await card.getAttribute('data-card-id');
  if (!id) throw new Error('card without data-card-id');
  return id;
}

/** Grades given this session (the progress bar counts finished cards; a card graded Again is not finished). */
export async function reviewedSoFar(page: Page): Promise<number> {
  return Number(await page.locator(STUDY).getAttribute('data-reviews'));
}

export async function reveal(page: Page, input: Input): Promise<void> {
  await expect.poll(() => page.locator(CARD).getAttribute('data-side')).toBe('front');
  if (input === 'keyboard') await page.keyboard.press('Space');
  else await page.locator('button[data-action="reveal"]').tap();
  await page.locator(`${CARD}[data-side="back"]`).waitFor();
  // The grades ignore input for a moment after the reveal (no double-tap grades): a learner's grade comes later.
  await page.locator('.answer-bar--grades[data-ready="true"]').waitFor();
}

/**
 * Reveals and grades the card on screen; returns its id once the next card (or the done screen) is painted.
 * The progress bar's value is what tells the grade went through: the same card may come straight back.
 */
export async function studyCard(page: Page, input: Input, grade: 1 | 2 | 3 | 4 = 3): Promise<string> {
  const id = await cardOnScreen(page);
  const before = await reviewedSoFar(page);
  await reveal(page, input);
  const button = page.locator(`button[data-grade="${grade}"]`);
  // Every grade button tells the interval it would give (1m, 10m, 3d … / 1分钟, 10分钟, 3天 …).
  expect(await button.textContent()).toMatch(/\d+(\.\d)?(m|h|d|mo|y|分钟|小时|天|个月|年)/);
  if (input === 'keyboard') await page.keyboard.press(String(grade));
  else await button.tap();
  await expect.poll(() => reviewedSoFar(page)).toBe(before + 1);
  await page.locator(`${CARD}[data-side="front"], [data-screen="done"]`).first().waitFor();
  return id;
}

/** Studies `count` cards, asserting each grade brings a different card (or the done screen). */
export async function studyCards(page: Page, input: Input, count: number, grade: 1 | 2 | 3 | 4 = 3): Promise<string[]> {
  const studied: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = await studyCard(page, input, grade);
    studied.push(id);
    const next = (await page.locator(CARD).count()) > 0 ? await page.locator(CARD).getAttribute('data-card-id') : null;
    expect(next).not.toBe(id);
  }
  return studied;
}
