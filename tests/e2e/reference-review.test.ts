// Reference cards switched into daily review for one node, in real Chromium at 390×844: tapped on, studied, kept after a reload offline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { seriousViolations } from './axe.ts';
import { openProfile, storeCount, visitUntilControlled, type Profile } from './app.ts';

/** 第一阶段's 必读书籍（按顺序）: a reading list, every card of it reference. */
const READING_LIST = 'go-backend-advanced.s0fyx1mfh1z8';
const deck = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'decks', 'go-backend-advanced.json'), 'utf8')) as {
  cards: { id: string; sectionId: string; role?: string }[];
};
const listCards = new Set(deck.cards.filter((card) => card.sectionId === READING_LIST).map((card) => card.id));

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

test('a reading list is out of review until switched on there; then its cards are studied, also after an offline reload', async () => {
  expect(listCards.size).toBeGreaterThan(5);
  expect(deck.cards.filter((card) => listCards.has(card.id)).every((card) => card.role === 'reference')).toBe(true);
  profile = await openProfile({ width: 390, height: 844, locale: 'zh-CN' });
  const { page, context } = profile;
  await visitUntilControlled(page, `/study/${READING_LIST}`);

  const toggle = page.locator('input[data-role="review-reference"]');
  await toggle.waitFor();
  expect(await page.locator('[data-role="only-reference"]').textContent()).toContain('只有参考卡片');
  expect(await toggle.isChecked()).toBe(false);
  expect(await page.locator('[data-card-id]').count()).toBe(0);
  const box = (await page.locator('label.done__toggle').boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(48);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);

  await toggle.tap();
  const card = page.locator('[data-card-id]');
  await card.waitFor();
  const first = (await card.getAttribute('data-card-id'))!;
  expect(listCards.has(first)).toBe(true);
  await page.locator('button[data-action="reveal"]').tap();
  await page.locator('[data-ready="true"] button[data-grade="3"]').tap();
  await expect.poll(() => storeCount(page, 'logs')).toBe(1);

  await context.setOffline(true);
  await page.reload();
  await card.waitFor();
  const next = (await card.getAttribute('data-card-id'))!;
  expect(listCards.has(next)).toBe(true);
  expect(next).not.toBe(first);
  await page.emulateMedia({ colorScheme: 'light' });
});
