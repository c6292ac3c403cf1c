// Statistics in real Chromium: a backup with a known history imported through Settings, the screen's data-stat values
// read back, axe-core light and dark, 200% text, offline; screenshots at 390×844 as artifacts.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { openProfile, visitUntilControlled, type Profile } from './app.ts';
import { seriousViolations } from './axe.ts';

const WIDTH = 390;
const HEIGHT = 844;
const DAY = 86_400_000;
const HOUR = 3_600_000;

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

interface IndexEntry {
  id: string;
  path: string;
  cardCount: number;
}
const index = JSON.parse(readFileSync('dist/decks/index.json', 'utf8')) as { decks: IndexEntry[] };
const deck = index.decks[0]!;
const cardIds = (JSON.parse(readFileSync(`dist/decks/${deck.path}`, 'utf8')) as { cards: { id: string }[] }).cards.slice(0, 6).map((c) => c.id);
const [A, B, C, D, E, F] = cardIds as [string, string, string, string, string, string];

/** Epoch ms of local wall time `hour:minute` on the day `dayOffset` days from today, in a zone `offsetMin` east of UTC. */
function localClock(offsetMin: number) {
  const shifted = new Date(Date.now() + offsetMin * 60_000);
  const midnight = Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()) - offsetMin * 60_000;
  return {
    at: (dayOffset: number, hour: number, minute = 0) => midnight + dayOffset * DAY + hour * HOUR + minute * 60_000,
    key: (dayOffset: number) => new Date(midnight + offsetMin * 60_000 + dayOffset * DAY).toISOString().slice(0, 10),
  };
}

function state(cardId: string, phase: 0 | 1 | 2 | 3, due: number, scheduledDays: number, lastReview: number | null) {
  return { cardId, deckId: deck.id, phase, due, stability: Math.max(1, scheduledDays), difficulty: 5, elapsedDays: 0, scheduledDays, learningSteps: 0, reps: 3, lapses: 0, lastReview };
}

/**
 * The history, worked by hand (day start 04:00, the device's default): reviews on days −40, −3, −2 (two: one at 10:00,
 * one at 03:59 on day −1, still day −2's study day), −1 and today (04:01 and 09:00). Retention counts review-state
 * cards only: B mature pass, C young fail, E young pass, F mature pass (Hard), A mature pass → 4/5, mature 3/3.
 */
function backup(offsetMin: number): string {
  const { at } = localClock(offsetMin);
  const log = (cardId: string, grade: 1 | 2 | 3 | 4, reviewedAt: number, phase: 0 | 1 | 2 | 3, scheduledDays: number, durationMs?: number) => ({
    cardId, deckId: deck.id, grade, reviewedAt, kind: 'review',
    before: state(cardId, phase, reviewedAt, scheduledDays, phase === 0 ? null : reviewedAt - scheduledDays * DAY),
    after: state(cardId, 2, reviewedAt + 30 * DAY, 30, reviewedAt),
    ...(durationMs === undefined ? {} : { durationMs }),
  });
  return JSON.stringify({
    format: 'roadcards-backup', version: 1, exportedAt: Date.now(), schemaVersion: 4,
    states: [
      state(A, 2, at(1, 12), 30, at(0, 9)), // due tomorrow, mature
      state(B, 2, at(3, 12), 30, at(-3, 10)), // in 3 days, mature
      state(C, 3, at(0, 12, 30), 0, at(-2, 10)), // relearning
      state(D, 1, at(0, 12), 0, at(-1, 10)), // learning
      state(E, 2, at(10, 12), 12, at(-1, 3, 59)), // young, beyond 7 days
      state(F, 2, at(5, 12), 40, at(0, 4, 1)), // in 5 days, mature
    ],
    logs: [
      log(A, 3, at(-40, 10), 0, 0),
      log(B, 3, at(-3, 10), 2, 30),
      log(C, 1, at(-2, 10), 2, 5),
      log(E, 3, at(-1, 3, 59), 2, 5),
      log(D, 1, at(-1, 10), 1, 0),
      log(F, 2, at(0, 4, 1), 2, 30, 60_000),
      log(A, 3, at(0, 9), 2, 30, 30_000),
    ],
    settings: null, interviews: [], drills: [],
  });
}

/** Elements of the screen that stick out past the phone's right edge (what makes the page scroll sideways). */
async function sticksOut(page: Page): Promise<string[]> {
  return page.locator('[data-screen="stats"] *').evaluateAll(
    (elements, width) =>
      elements
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ${Math.round(element.getBoundingClientRect().right)}`),
    WIDTH,
  );
}

const statValue = (page: Page, name: string) => page.locator(`[data-stat="${name}"]`).getAttribute('data-value');

async function openStatsAfterImport(): Promise<{ page: Page; offsetMin: number }> {
  profile = await openProfile({ width: WIDTH, height: HEIGHT });
  const { page } = profile;
  await mkdir('test-results', { recursive: true });
  await visitUntilControlled(page, '/settings');
  const offsetMin = await page.evaluate(() => -new Date().getTimezoneOffset());
  await page.locator('[data-action="import-backup"]').setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(backup(offsetMin)) });
  await page.locator('[data-role="backup-summary"]').waitFor();
  await page.goto(page.url().replace(/\/settings$/, '/'));
  await page.locator('[data-action="stats"]').click();
  await page.locator('[data-screen="stats"][data-complete="true"]').waitFor();
  return { page, offsetMin };
}

test('the statistics of an imported history read back as worked out by hand', async () => {
  const { page, offsetMin } = await openStatsAfterImport();
  const { key } = localClock(offsetMin);
  const totalCards = index.decks.reduce((sum, entry) => sum + entry.cardCount, 0);
  const expected: Record<string, string> = {
    'reviews-today': '2',
    'reviews-30d': '6',
    'streak-current': '4',
    'streak-longest': '4',
    'true-retention-30d': '0.8',
    'true-retention-mature-30d': '1',
    'due-tomorrow': '1',
    'due-next-7d': '3',
    'cards-new': String(totalCards - 6),
    'cards-learning': '2',
    'cards-young': '1',
    'cards-mature': '3',
  };
  for (const [name, value] of Object.entries(expected)) expect([name, await statValue(page, name)]).toEqual([name, value]);
  const count = (dayOffset: number) => page.locator(`[data-day="${key(dayOffset)}"]`).getAttribute('data-count');
  expect([await count(0), await count(-1), await count(-2), await count(-3), await count(-4), await count(-40)]).toEqual(['2', '1', '2', '1', '0', '1']);
  expect(await page.locator('h1').count()).toBe(1);
});

test('/stats on a phone: axe-clean light and dark, no sideways scroll, whole at 200% text, and offline', async () => {
  const { page } = await openStatsAfterImport();
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await seriousViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  await page.screenshot({ path: 'test-results/stats-390x844.png' });
  await page.screenshot({ path: 'test-results/stats-390x844-full.png', fullPage: true });

  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/stats-390x844-dark.png' });
  // A chart's table view, dark: axe sees the tables too.
  await page.locator('[data-chart="forecast"] [data-action="toggle-table"]').click();
  await page.locator('[data-chart="forecast"] table').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/stats-390x844-dark-full.png', fullPage: true });

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await cdp.detach();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
  expect(await sticksOut(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/stats-200pct.png' });

  await profile!.context.setOffline(true);
  await page.reload();
  await page.locator('[data-screen="stats"][data-complete="true"]').waitFor();
  expect(await statValue(page, 'reviews-today')).toBe('2');
});
