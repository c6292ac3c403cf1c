// First and repeat visits of the built app on a phone profile: time until Home is usable, the longest task, at a CPU rate.
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium.ts';

/** Home is usable when every roadmap's study link is on screen: what a learner taps first. */
const HOME_READY = '[data-screen="home"] a[href^="/study/"]';
/** Marked by src/ui/data/app-data.tsx when the first deck sync (fetch + merge) has finished. */
const SYNCED_MARK = 'roadcards:decks-synced';

export interface VisitFigures {
  /** ms from navigation start until Home's roadmap links are in the DOM. */
  usableMs: number;
  /** ms from navigation start until the deck sync finished (the first visit's merge included). */
  syncedMs: number;
  /** Longest main-thread task seen from navigation until the sync finished and the page was quiet. */
  maxLongTaskMs: number;
  /** Sum over long tasks of their time beyond 50 ms (TBT's definition, over the same window). */
  blockingMs: number;
}

export interface VisitPair {
  first: VisitFigures;
  repeat: VisitFigures;
}

// Runs in the page before any script: collects long tasks from the very start of the navigation.
const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
`;

async function visit(page: Page, url: string, expectedRoadmaps: number): Promise<VisitFigures> {
  await page.goto(url, { waitUntil: 'commit' });
  const usable = await page.waitForFunction(
    ({ selector, count }) => document.querySelectorAll(selector).length >= count && performance.now(),
    { selector: HOME_READY, count: expectedRoadmaps },
    { polling: 'raf', timeout: 120_000 },
  );
  const usableMs = (await usable.jsonValue()) as number;
  const synced = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? false,
    SYNCED_MARK,
    { polling: 100, timeout: 120_000 },
  );
  const syncedMs = (await synced.jsonValue()) as number;
  // Whatever the sync set off (a re-read of the counts, a render) lands within a moment.
  await page.waitForTimeout(1_000);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.slice());
  return {
    usableMs,
    syncedMs,
    maxLongTaskMs: tasks.length ? Math.max(...tasks) : 0,
    blockingMs: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
  };
}

/** One fresh phone profile: a first visit, then (service worker installed) a repeat visit, both at `cpuRate`. */
async function visitPair(browser: Browser, base: string, cpuRate: number, roadmaps: number): Promise<VisitPair> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await context.addInitScript(LONG_TASK_OBSERVER);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    const first = await visit(page, `${base}/`, roadmaps);
    // The service worker installs after the first visit; the repeat visit is the next navigation it answers.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const repeat = await visit(page, `${base}/`, roadmaps);
    return { first, repeat };
  } finally {
    await context.close();
  }
}

export async function measureVisits(base: string, options: { cpuRate: number; runs: number; roadmaps: number }): Promise<VisitPair[]> {
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const pairs: VisitPair[] = [];
    for (let run = 0; run < options.runs; run++) pairs.push(await visitPair(browser, base, options.cpuRate, options.roadmaps));
    return pairs;
  } finally {
    await browser.close();
  }
}

/** "median (min–max)" of one figure over the runs. */
export function spread(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return `${median.toFixed(0)} ms (${sorted[0]!.toFixed(0)}–${sorted[sorted.length - 1]!.toFixed(0)})`;
}

/** One table row per visit kind: usable, synced, longest task, blocking time, each as median (min–max). */
export function visitRows(label: string, pairs: readonly VisitPair[]): string[][] {
  return (['first', 'repeat'] as const).map((kind) => {
    const figures = pairs.map((pair) => pair[kind]);
    return [
      `${label} ${kind}`,
      spread(figures.map((f) => f.usableMs)),
      spread(figures.map((f) => f.syncedMs)),
      spread(figures.map((f) => f.maxLongTaskMs)),
      spread(figures.map((f) => f.blockingMs)),
    ];
  });
}
