// The study, drill and settings screens on a 390×844 touch phone: 200% text holds, settings errors come into view, after-screenshots.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { openProfile, visitUntilControlled, type Profile } from './app.ts';
import { captureStudyAndResults, SHOT_DECK } from './screenshots.ts';
import { reveal } from './study.ts';

const WIDTH = 390;
const HEIGHT = 844;

let profile: Profile | undefined;
beforeAll(() => mkdir('test-results', { recursive: true }));
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

/** The browser's text size setting: the root font size every rem in the styles follows. */
async function textSize(page: Page, percent: number): Promise<void> {
  await page.evaluate((value) => (document.documentElement.style.fontSize = `${value}%`), percent);
}

/** Clipped controls with the keyboard hints hidden (touch) and shown (as once a key has been pressed). */
async function clippedEitherWay(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const keyboard of [false, true]) {
    await page.evaluate((on) => (on ? (document.documentElement.dataset.keyboard = 'true') : delete document.documentElement.dataset.keyboard), keyboard);
    found.push(...(await clippedControls(page)).map((line) => (keyboard ? `${line} (keyboard hints)` : line)));
  }
  await page.evaluate(() => delete document.documentElement.dataset.keyboard);
  return found;
}

/** Every visible button or button-like label whose content spills out of its box, or that leaves the screen. */
async function clippedControls(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('button, a.button, .segmented__item')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(element).visibility === 'hidden') continue;
      const name = `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
      if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) found.push(`${name}: content overflows`);
      if (box.left < -1 || box.right > width + 1) found.push(`${name}: off screen`);
    }
    return found;
  }, WIDTH);
}

test('at 150% and 200% text no study or drill button clips its content; Study at 200% is kept as a screenshot', async () => {
  profile = await openProfile({ width: WIDTH, height: HEIGHT });
  const { page } = profile;
  await visitUntilControlled(page, `/study/${SHOT_DECK}`);
  await page.locator('[data-card-id]').waitFor();
  for (const size of [150, 200]) {
    await textSize(page, size);
    expect(await clippedEitherWay(page), `study front at ${size}%`).toEqual([]);
  }
  await reveal(page, 'tap');
  for (const size of [150, 200]) {
    await textSize(page, size);
    expect(await clippedEitherWay(page), `study back at ${size}%`).toEqual([]);
    // The grades still fit the screen's width and stay in the lower half, where the thumb is.
    for (const grade of await page.locator('button[data-grade]').all()) {
      const box = (await grade.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
      expect(box.y).toBeGreaterThanOrEqual(HEIGHT / 2);
    }
  }
  await page.screenshot({ path: 'test-results/study-text-200.png' });

  await page.goto(page.url().replace(/\/study\/.*/, `/drill/${SHOT_DECK}`));
  await page.locator('[data-screen="drill-setup"]').waitFor();
  await textSize(page, 200);
  expect(await clippedEitherWay(page), 'drill setup at 200%').toEqual([]);
  await page.screenshot({ path: 'test-results/drill-setup-text-200.png' });
  await page.locator('button[data-action="start-drill"]').click();
  await page.locator('[data-question-type]').waitFor();
  await textSize(page, 200);
  expect(await clippedEitherWay(page), 'drill question at 200%').toEqual([]);
});

test('undo sits in thumb reach beside the reveal button and says 已撤销 / Undone when it has undone a grade', async () => {
  profile = await openProfile({ width: WIDTH, height: HEIGHT });
  const { page } = profile;
  await visitUntilControlled(page, `/study/${SHOT_DECK}`);
  const first = await page.locator('[data-card-id]').getAttribute('data-card-id');
  await reveal(page, 'tap');
  await page.locator('button[data-grade="3"]').tap();
  await page.locator(`[data-card-id]:not([data-card-id="${first}"])`).waitFor();
  const undo = page.locator('button[data-action="undo"]');
  const box = (await undo.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(HEIGHT / 2);
  expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
  expect(box.height).toBeGreaterThanOrEqual(48);
  await undo.tap();
  await page.locator(`[data-card-id="${first}"]`).waitFor();
  const notice = page.locator('[role="status"].undo-notice');
  await expect.poll(() => notice.textContent()).toMatch(/Undone|已撤销/);
  expect(await notice.isVisible()).toBe(true);
});

test('a refused settings field scrolls into view and takes the focus; a save says so and stays said', async () => {
  profile = await openProfile({ width: WIDTH, height: HEIGHT });
  const { page } = profile;
  await visitUntilControlled(page, '/settings');
  const retention = page.locator('input[name="desiredRetention"]');
  await retention.fill('1.5');
  await page.locator('.settings-form button[type="submit"]').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await retention.evaluate((element) => element.getBoundingClientRect().bottom < 0)).toBe(true);
  await page.locator('.settings-form button[type="submit"]').tap();
  await expect.poll(() => retention.evaluate((element) => element === document.activeElement)).toBe(true);
  const box = (await retention.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
  expect(await page.locator('#desiredRetention-error').isVisible()).toBe(true);

  await retention.fill('0.85');
  await page.locator('.settings-form button[type="submit"]').tap();
  const status = page.locator('[data-role="save-status"]');
  await expect.poll(() => status.textContent()).toMatch(/Saved|已保存/);
  await page.waitForTimeout(1000);
  expect(await status.textContent()).toMatch(/Saved|已保存/);
});

test('after-screenshots of Study and drill results at 390×844, light and dark', async () => {
  profile = await openProfile({ width: WIDTH, height: HEIGHT });
  await captureStudyAndResults(profile.page, 'after-');
});

test('in Chinese the grade buttons give intervals in 分钟 and 天 (not 1m/6d); after-screenshots in Chinese too', async () => {
  profile = await openProfile({ width: WIDTH, height: HEIGHT, locale: 'zh-CN' });
  const { page } = profile;
  await visitUntilControlled(page, `/study/${SHOT_DECK}`);
  await reveal(page, 'tap');
  const intervals = await page.locator('button[data-grade] .grade__interval').allTextContents();
  expect(intervals).toHaveLength(4);
  for (const interval of intervals) expect(interval).toMatch(/^\d+(\.\d)?(分钟|小时|天|个月|年)$/);
  expect(await page.locator('button[data-grade="1"]').textContent()).toContain('重来');
  await captureStudyAndResults(page, 'after-zh-');
});
