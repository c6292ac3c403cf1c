// Phone-size study screen, light and dark: grade buttons big enough and within thumb reach; screenshots saved as artifacts.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { openProfile, visitUntilControlled, type Profile } from './app.ts';
import { cardOnScreen, reveal } from './study.ts';

const WIDTH = 390;
const HEIGHT = 844;
const MIN_TARGET_PX = 48;
const DECK = 'golang-web-backend';

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

/** Every grade button is at least 48 px tall, fully on screen and in the lower half, where a thumb reaches. */
async function expectGradesInThumbReach(page: Page): Promise<void> {
  const buttons = page.locator('button[data-grade]');
  expect(await buttons.count()).toBe(4);
  for (const button of await buttons.all()) {
    const box = await button.boundingBox();
    expect(box, await button.getAttribute('data-grade') ?? '').not.toBeNull();
    expect(box!.height).toBeGreaterThanOrEqual(MIN_TARGET_PX);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(WIDTH);
    expect(box!.y).toBeGreaterThanOrEqual(HEIGHT / 2);
    expect(box!.y + box!.height).toBeLessThanOrEqual(HEIGHT);
  }
}

async function backgroundOf(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

test('the revealed study screen at 390×844, light and dark, keeps the grade buttons in thumb reach', async () => {
  profile = await openProfile({ width: WIDTH, height: HEIGHT });
  const { page } = profile;
  await mkdir('test-results', { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await visitUntilControlled(page, `/study/${DECK}`);
  await cardOnScreen(page);
  await reveal(page, 'tap');
  // The page itself must not scroll sideways on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  await expectGradesInThumbReach(page);
  const light = await backgroundOf(page);
  await page.screenshot({ path: 'test-results/study-390x844.png' });

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => backgroundOf(page)).not.toBe(light);
  await expectGradesInThumbReach(page);
  await page.screenshot({ path: 'test-results/study-390x844-dark.png' });
});
