// Drives the built app in Chromium over a big synthetic deck: first start, seeded history, queue build, grade → paint, storage per log.
import type { Page } from 'playwright-core';
import {
  appendLogRows,
  indexedDbUsage,
  meanLogJsonBytes,
  rawReadTimes,
  seedReviewHistory,
  type RawReadTimes,
  type SeedPlan,
  type SeedResult,
} from './in-page.ts';

export interface AppFigures {
  /** Home painted with the roadmap's counts (from the deck index while the merge runs). */
  firstStartMs: number;
  /** The first start's merge finished (performance mark from src/ui/data/app-data.tsx). */
  firstMergedMs: number;
  seed: SeedResult;
  startWithHistoryMs: number;
  queueMs: number[];
  /** Plain IndexedDB reads of what the queue and Home read, on the same data, for comparison. */
  rawReads: RawReadTimes;
  gradeToPaintMs: number[];
  /** The whole database at the end (cards, states, logs), and the log rows in it. */
  totalBytes: number;
  totalLogs: number;
  /** Mean JSON length of the log rows the app itself wrote for the benchmark's grades. */
  appLogJsonBytes: number;
}

const HOME_COUNTS = (deckId: string) => `[data-node-id="${deckId}"] [data-count="new"]`;

/** Milliseconds from navigation start until `selector` is in the DOM, read by the page's own clock. */
async function loadUntil(page: Page, url: string, selector: string, timeoutMs: number): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction((sel) => document.querySelector(sel) !== null && performance.now(), selector, {
    timeout: timeoutMs,
    polling: 'raf',
  });
  return (await handle.jsonValue()) as number;
}

async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((entry) => entry.duration), name);
}

/** Grades given this session (the study screen's `data-reviews`; the progress bar counts finished cards). */
async function reviewsGiven(page: Page): Promise<number> {
  return Number(await page.locator('[data-screen="study"]').getAttribute('data-reviews'));
}

/** Reveal with Space and grade Good with 3, `count` times, waiting for each grade to be counted by the screen. */
async function gradeMany(page: Page, count: number): Promise<number> {
  let graded = 0;
  for (; graded < count; graded++) {
    const card = page.locator('[data-card-id][data-side="front"]');
    if ((await page.locator('[data-screen="done"]').count()) > 0) break;
    await card.waitFor();
    const before = await reviewsGiven(page);
    await page.keyboard.press('Space');
    await page.locator('[data-card-id][data-side="back"]').waitFor();
    // Grades ignore input for a moment after a reveal (no double-tap grades): a learner's grade comes later.
    await page.locator('.answer-bar--grades[data-ready="true"]').waitFor();
    await page.keyboard.press('3');
    await page.waitForFunction(
      (value) => Number(document.querySelector('[data-screen="study"]')?.getAttribute('data-reviews')) > value,
      before,
      { polling: 'raf' },
    );
    await page.locator('[data-card-id][data-side="front"], [data-screen="done"]').first().waitFor();
  }
  return graded;
}

export async function measureApp(
  page: Page,
  base: string,
  deckId: string,
  plan: Omit<SeedPlan, 'deckId' | 'now'>,
  options: { grades: number; queueLoads: number; log: (line: string) => void },
): Promise<AppFigures> {
  const { log } = options;
  const firstStartMs = await loadUntil(page, `${base}/`, HOME_COUNTS(deckId), 300_000);
  const merged = await page.waitForFunction(() => performance.getEntriesByName('roadcards:decks-synced', 'mark')[0]?.startTime ?? false, null, {
    timeout: 300_000,
    polling: 100,
  });
  const firstMergedMs = (await merged.jsonValue()) as number;
  log(`first start: Home painted ${firstStartMs.toFixed(0)} ms; deck fetched, validated and merged ${firstMergedMs.toFixed(0)} ms`);

  const now = await page.evaluate(() => Date.now());
  const seed = await page.evaluate(seedReviewHistory, { ...plan, deckId, now });
  log(`seeded ${seed.logs} log rows and ${seed.states} card states in ${(seed.ms / 1000).toFixed(1)} s`);

  const startWithHistoryMs = await loadUntil(page, `${base}/`, HOME_COUNTS(deckId), 120_000);

  const queueMs: number[] = [];
  for (let i = 0; i < options.queueLoads; i++) {
    await loadUntil(page, `${base}/study/${deckId}`, '[data-card-id]', 120_000);
    queueMs.push(...(await measures(page, 'roadcards:queue')));
  }
  log(`study queue built ${queueMs.length} times`);
  const rawReads = await page.evaluate(rawReadTimes, { deckId, until: (await page.evaluate(() => Date.now())) + 86_400_000 });

  const graded = await gradeMany(page, options.grades);
  const appLogJsonBytes = await page.evaluate(meanLogJsonBytes, Math.min(graded, 100));
  // The last measure lands in the frame after the last grade's paint.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const gradeToPaintMs = await measures(page, 'roadcards:grade-to-paint');
  log(`graded ${graded} cards, ${gradeToPaintMs.length} grade-to-paint measures`);

  const totalBytes = await page.evaluate(indexedDbUsage);

  const totalLogs = seed.logs + graded;
  return { firstStartMs, firstMergedMs, seed, startWithHistoryMs, queueMs, rawReads, gradeToPaintMs, totalBytes, totalLogs, appLogJsonBytes };
}

/**
 * IndexedDB bytes per 10,000 review logs, measured on `page` of a fresh profile (an origin with nothing else stored):
 * in the app's profile, LevelDB compacting the earlier writes (the merge, the seeded history) shrank the usage while
 * logs were added, and the figure came out negative. Here the only data is the log rows, written in `rounds` × 10,000.
 */
export async function measureLogBytes(page: Page, url: string, rounds: number, now: number): Promise<number> {
  await page.goto(url);
  const dbName = 'roadcards-log-size';
  await page.evaluate(appendLogRows, { deckId: 'bench', count: 0, now, dbName });
  await page.waitForTimeout(1_000);
  const before = await page.evaluate(indexedDbUsage);
  for (let round = 0; round < rounds; round++) {
    await page.evaluate(appendLogRows, { deckId: 'bench', count: 10_000, now: now - round * 10_000 * 60_000, dbName });
  }
  await page.waitForTimeout(2_000);
  return ((await page.evaluate(indexedDbUsage)) - before) / rounds;
}
