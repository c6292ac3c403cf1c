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

async function rounds(page: Page, url: string, count: number): Promise<StatsLoad[]> {
  const loads: StatsLoad[] = [];
  for (let i = 0; i < count; i++) loads.push(await loadStats(page, url));
  return loads;
}

function row(label: string, loads: StatsLoad[]): string[] {
  const p50 = (pick: (load: StatsLoad) => number) => ms(percentile(loads.map(pick), 50));
  return [label, String(loads.length), p50((l) => l.firstFiguresMs), p50((l) => l.cardFiguresMs), p50((l) => l.completeMs), ms(Math.max(...loads.map((l) => l.longestTaskMs))), String(Math.max(...loads.map((l) => l.tasksOver50)))];
}

/**
 * Opens /stats once to let it build the activity summary from the seeded history (written straight into IndexedDB, as
 * a database upgraded from v4 holds it), printed apart; then `count` times as is and `count` times with the CPU slowed 4× (CDP), timed from navigation start by
 * the page's own clock (the app's start-up included), and prints one table. Never asserts.
 */
export async function reportStats(page: Page, base: string, log: (line: string) => void, count = 3): Promise<void> {
  await page.addInitScript(LONG_TASKS);
  const [built] = await rounds(page, `${base}/stats`, 1);
  const plain = await rounds(page, `${base}/stats`, count);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const slowed = await rounds(page, `${base}/stats`, count);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  log('/stats (from navigation start, app start-up included; long tasks = main-thread tasks ≥ 50 ms):');
  const header = ['run', 'n', 'first figures p50', 'card figures p50', 'all charts p50', 'longest task', 'long tasks'];
  const rows = [row('first visit, summary built from the log, CPU 1×', [built!]), row('CPU 1×', plain), row('CPU 4×', slowed)];
  for (const line of table(header, rows).split('\n')) log(line);
}
