// `npm run bench:browse`: Browse's search over 10,000 cards — the pure search in Node, then typing into /browse of the built app in Chromium at 1× and 4× CPU; prints figures, never asserts.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { browseCards, searchText, type BrowseQuery, type BrowseRow } from '../src/core/browse/search.ts';
import { launchProfile } from '../tests/e2e/chromium.ts';
import { ms, percentile, table } from './bench/stats.ts';
import { BENCH_DECK_ID, syntheticDeck, writeBenchDist } from './bench/synthetic-deck.ts';

const CARDS = 10_000;
const RUNS = 30;
const GOAL_MS = 100;
const BENCH_DIST = 'dist-bench-browse';
/** `--node-only`: the pure search only (seconds, no build needed). */
const NODE_ONLY = process.argv.includes('--node-only');
/** What a learner types, one keystroke at a time: Chinese, then a Latin word, then a word found nowhere. */
const TYPED = ['术', '术语', '术语 9', '术语 99', '术语 999', 'c', 'co', 'cod', 'code', 'redis'];

function rowsOf(count: number): BrowseRow[] {
  return syntheticDeck(count).cards.map((card, order) => {
    const section = card.section.join(' › ');
    return {
      cardId: card.id, deckId: BENCH_DECK_ID, front: card.front, back: card.back, section, reference: false,
      phase: ([0, 1, 2, 3] as const)[order % 4]!, due: order * 60_000, lapses: order % 9, retrievability: (order % 100) / 100,
      order, updated: order % 50 === 0, suspended: order % 97 === 0, buried: false, flag: order % 31 === 0 ? 1 : null,
      leech: order % 211 === 0, note: null, text: searchText(card.front, card.back, section, null),
    };
  });
}

function timeOf(rows: readonly BrowseRow[], query: BrowseQuery): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    browseCards(rows, query);
    times.push(performance.now() - started);
  }
  return times;
}

function benchNode(): void {
  const rows = rowsOf(CARDS);
  const cases: [string, BrowseQuery][] = [
    ['"术语 99", roadmap order', { text: '术语 99', filter: 'all', sort: 'roadmap' }],
    ['"code" (every card), due date', { text: 'code', filter: 'all', sort: 'due' }],
    ['"redis" (none)', { text: 'redis', filter: 'all', sort: 'roadmap' }],
    ['"" review only, by recall', { text: '', filter: 'review', sort: 'retrievability' }],
    ['"" all, by lapses', { text: '', filter: 'all', sort: 'lapses' }],
  ];
  const out = cases.map(([label, query]) => {
    const times = timeOf(rows, query);
    return [label, String(browseCards(rows, query).length), ms(percentile(times, 50)), ms(percentile(times, 95)), ms(Math.max(...times))];
  });
  console.log(`\nBrowse search in Node, ${CARDS.toLocaleString('en-US')} cards, ${RUNS} runs each (the pure filter + sort; goal < ${GOAL_MS} ms):`);
  console.log(table(['query', 'found', 'p50', 'p95', 'max'], out));
}

/** Types `text` into the search box and waits for the painted frame after the list changed: keystroke → results on screen. */
async function typeAndPaint(page: Page, text: string): Promise<number> {
  return page.evaluate(
    (value) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('[data-role="browse-search"]')!;
        const screen = document.querySelector('[data-screen="browse"]')!;
        const before = screen.getAttribute('data-results');
        const started = performance.now();
        const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
        const observer = new MutationObserver(() => {
          observer.disconnect();
          painted();
        });
        observer.observe(screen, { attributes: true, childList: true, subtree: true, characterData: true });
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // The same result count changes nothing in the DOM: the frame after the input is the answer then.
        setTimeout(() => screen.getAttribute('data-results') === before && (observer.disconnect(), painted()), 50);
      }),
    text,
  );
}

async function benchBrowser(): Promise<void> {
  if (!existsSync('dist/index.html')) {
    console.log('\nNo dist/: run `npm run decks && npm run build` first for the Chromium part (or pass --node-only).');
    process.exitCode = 1;
    return;
  }
  await writeBenchDist('dist', BENCH_DIST, syntheticDeck(CARDS));
  const server = await preview({ build: { outDir: BENCH_DIST }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  const profile = await mkdtemp(join(tmpdir(), 'roadcards-bench-browse-'));
  const context = await launchProfile(profile, { serviceWorkers: 'block' });
  // tsx keeps function names with a __name helper that does not exist in the page the measuring code runs in.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
  try {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.locator(`[data-node-id="${BENCH_DECK_ID}"]`).first().waitFor({ timeout: 180_000 });
    // The first visit merges the deck off the main thread: Browse reads the cards only once they are all stored.
    await page.waitForFunction(() => performance.getEntriesByName('roadcards:decks-synced', 'mark').length > 0, undefined, { timeout: 300_000 }).catch(() => undefined);
    const rows: string[][] = [];
    for (const rate of [1, 4]) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const opened = performance.now();
      await page.goto(`${base}/browse/${BENCH_DECK_ID}`);
      await page.locator('[data-screen="browse"]').waitFor({ timeout: 180_000 });
      const openMs = performance.now() - opened;
      const paints: number[] = [];
      for (let round = 0; round < 3; round++) for (const text of TYPED) paints.push(await typeAndPaint(page, text));
      const searches = await page.evaluate(() => performance.getEntriesByName('roadcards:browse-search', 'measure').map((entry) => entry.duration));
      const load = await page.evaluate(() => performance.getEntriesByName('roadcards:browse-load', 'measure').map((entry) => entry.duration));
      rows.push([`${rate}× CPU`, ms(openMs), ms(load[0] ?? Number.NaN), ms(percentile(searches, 50)), ms(percentile(searches, 95)), ms(percentile(paints, 50)), ms(percentile(paints, 95)), ms(Math.max(...paints))]);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.detach();
    }
    console.log(`\n/browse of the built app in Chromium (390×844), ${CARDS.toLocaleString('en-US')} cards, ${TYPED.length * 3} keystrokes (${TYPED.join(' / ')}):`);
    console.log(table(['run', 'open → list', 'cards read', 'search p50', 'search p95', 'key → paint p50', 'key → paint p95', 'max'], rows));
    console.log(`load average while measuring: ${loadavg().map((n) => n.toFixed(2)).join(' ')} (a shared machine: figures are noisy)`);
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
    await rm(BENCH_DIST, { recursive: true, force: true });
  }
}

benchNode();
if (!NODE_ONLY) await benchBrowser();
