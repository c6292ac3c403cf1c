// Times /stats over the bench's database: first figures, card figures, everything drawn, and the longest main-thread task meanwhile.
import type { Page } from 'playwright-core';
import { ms, percentile, table } from './stats.ts';

interface StatsLoad {
  /** The first headline figure of any kind (`data-stat` with a value). */
  firstFiguresMs: number;
  /** The cards' counts (cards-new). */
  cardFiguresMs: number;
  completeMs: number;
  longestTaskMs: number;
  tasksOver50: number;
}

/** Installed before each navigation: long tasks (≥ 50 ms by definition) as the page sees them. */
const LONG_TASKS = `(() => {
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => globalThis.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
})();`;

async function loadStats(page: Page, url: string): Promise<StatsLoad> {
  await page.goto(url);
  const at = (selector: string) =>
    page.waitForFunction((sel) => document.querySelector(sel) !== null && performance.now(), selector, { timeout: 120_000, polling: 'raf' });
  const firstFiguresMs = (await (await at('[data-stat][data-value]')).jsonValue()) as number;
  const cardFiguresMs = (await (await at('[data-stat="cards-new"]')).jsonValue()) as number;
  const completeMs = (await (await at('[data-screen="stats"][data-complete="true"]')).jsonValue()) as number;
  const tasks = await page.evaluate(() => (globalThis as unknown as { __longTasks: number[] }).__longTasks);
  return { firstFiguresMs, cardFiguresMs, completeMs, longestTaskMs: Math.max(0, ...tasks), tasksOver50: tasks.length };
}

/**
 * The learner's way in: Home is up (its counts final), then a tap on its Statistics link; timed from the tap by the page's
 * clock, so the app's own start-up is not in the figure (it is in the navigation rows).
 */
async function tapStats(page: Page, base: string): Promise<StatsLoad> {
  await page.goto(`${base}/`);
  await page.waitForSelector('.home-summary[data-final="true"]', { timeout: 120_000 });
  await page.evaluate(() => {
    (globalThis as unknown as { __longTasks: number[] }).__longTasks = [];
  });
  const tappedAt = (await page.evaluate(() => {
    (document.querySelector('a[data-action="stats"]') as HTMLAnchorElement).click();
    return performance.now();
  })) as number;
  const at = async (selector: string) =>
    ((await (await page.waitForFunction((sel) => document.querySelector(sel) !== null && performance.now(), selector, { timeout: 120_000, polling: 'raf' })).jsonValue()) as number) - tappedAt;
  const firstFiguresMs = await at('[data-stat][data-value]');
  const cardFiguresMs = await at('[data-stat="cards-new"]');
  const completeMs = await at('[data-screen="stats"][data-complete="true"]');
  const tasks = await page.evaluate(() => (globalThis as unknown as { __longTasks: number[] }).__longTasks);
  return { firstFiguresMs, cardFiguresMs, completeMs, longestTaskMs: Math.max(0, ...tasks), tasksOver50: tasks.length };
}

async function rounds(page: Page, url: string, count: number): Promise<StatsLoad[]> {
  const loads: StatsLoad[] = [];
  for (let i = 0; i < count; i++) loads.push(await loadStats(page, url));
  return loads;
}

async function taps(page: Page, base: string, count: number): Promise<StatsLoad[]> {
  const loads: StatsLoad[] = [];
  for (let i = 0; i < count; i++) loads.push(await tapStats(page, base));
  return loads;
}

function row(label: string, loads: StatsLoad[]): string[] {
  const p50 = (pick: (load: StatsLoad) => number) => ms(percentile(loads.map(pick), 50));
  return [label, String(loads.length), p50((l) => l.firstFiguresMs), p50((l) => l.cardFiguresMs), p50((l) => l.completeMs), ms(Math.max(...loads.map((l) => l.longestTaskMs))), String(Math.max(...loads.map((l) => l.tasksOver50)))];
}

/**
 * Opens /stats once to let it build the activity summary from the seeded history (written straight into IndexedDB, as
 * a database upgraded from v4 holds it), printed apart; then `count` times as is and `count` times with the CPU slowed 4× (CDP), timed from navigation start by
 * the page's own clock (the app's start-up included), and as often opened by a tap on Home's Statistics link (timed from
 * the tap); prints one table. Never asserts.
 */
export async function reportStats(page: Page, base: string, log: (line: string) => void, count = 3): Promise<void> {
  await page.addInitScript(LONG_TASKS);
  const [built] = await rounds(page, `${base}/stats`, 1);
  const plain = await rounds(page, `${base}/stats`, count);
  const tapped = await taps(page, base, count);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const slowed = await rounds(page, `${base}/stats`, count);
  const tappedSlowed = await taps(page, base, count);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  log('/stats (navigation rows: from navigation start, app start-up included; tap rows: from a tap on Home\'s Statistics link; long tasks = main-thread tasks ≥ 50 ms):');
  const header = ['run', 'n', 'first figures p50', 'card figures p50', 'all charts p50', 'longest task', 'long tasks'];
  const rows = [row('first visit, summary built from the log, CPU 1×', [built!]), row('navigation, CPU 1×', plain), row('tap on Home, CPU 1×', tapped), row('navigation, CPU 4×', slowed), row('tap on Home, CPU 4×', tappedSlowed)];
  for (const line of table(header, rows).split('\n')) log(line);
}
