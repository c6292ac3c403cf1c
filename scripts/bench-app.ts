// `npm run bench`: prints the app's figures (initial gzip bytes, queue build and grade → paint over 10k cards / 100k logs, IndexedDB bytes per log); never asserts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { findChromium, launchProfile } from '../tests/e2e/chromium.ts';
import { INITIAL_BUDGET_BYTES, measureEnglishStrings, measureShell } from './bench/bundle-size.ts';
import { measureApp, measureLogBytes } from './bench/measure-app.ts';
import { bytes, ms, percentile, table, thousands } from './bench/stats.ts';
import { BENCH_DECK_ID, syntheticDeck, writeBenchDist } from './bench/synthetic-deck.ts';
import { lighthouseAvailable, measureLighthouse, type LighthouseFigures } from './bench/lighthouse.ts';
import { measureVisits, spread, visitRows } from './bench/visits.ts';

const DIST = 'dist';
const BENCH_DIST = 'dist-bench';
const CARDS = 10_000;
const LOGS = 100_000;
const GRADES = 200;
const GRADE_GOAL_MS = 16;
const STORAGE_ROUNDS = 5;
const VISIT_RUNS = 5;
/** `--rates=4` measures visits at 4× only (default: 1× and 4×). */
const CPU_RATES = (process.argv.find((arg) => arg.startsWith('--rates='))?.slice(8).split(',') ?? ['1', '4']).map(Number);
/** `--visits-only`: the first/repeat visit figures and the shell bytes, without the 10,000-card part (minutes). */
const VISITS_ONLY = process.argv.includes('--visits-only');
/** `--app-only`: skips the visits (and Lighthouse) and measures only the 10,000-card part, /stats included. */
const APP_ONLY = process.argv.includes('--app-only');

/** `--no-lighthouse` skips the Lighthouse runs (a minute or more each on a busy machine). */
const LIGHTHOUSE = !process.argv.includes('--no-lighthouse');
const LIGHTHOUSE_RUNS = 3;

function lighthouseRows(label: string, runs: readonly LighthouseFigures[]): string[] {
  const scores = runs.map((r) => r.score).sort((a, b) => a - b);
  return [
    label,
    `${scores[Math.floor((scores.length - 1) / 2)]} (${scores[0]}–${scores[scores.length - 1]})`,
    spread(runs.map((r) => r.tbtMs)),
    spread(runs.map((r) => r.maxPotentialFidMs)),
    spread(runs.map((r) => r.lcpMs)),
    spread(runs.map((r) => r.ttiMs)),
  ];
}

/** First and repeat visits of the real app (dist/, its roadmaps, its service worker) at each CPU rate. */
async function benchVisits(): Promise<void> {
  const roadmaps = (JSON.parse(readFileSync(join(DIST, 'decks', 'index.json'), 'utf8')) as { decks: unknown[] }).decks.length;
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!base) throw new Error('vite preview did not report a URL');
  try {
    const rows: string[][] = [];
    for (const rate of CPU_RATES) rows.push(...visitRows(`${rate}× CPU`, await measureVisits(base, { cpuRate: rate, runs: VISIT_RUNS, roadmaps })));
    console.log(`\nVisits of the built app (${roadmaps} roadmaps, 390×844 touch, loopback network), median (min–max) of ${VISIT_RUNS} fresh profiles:`);
    console.log(table(['visit', 'Home usable', 'decks synced', 'longest task', 'blocking (>50 ms)'], rows));
    console.log(`load average while measuring: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
    if (LIGHTHOUSE && lighthouseAvailable()) {
      const { cold, warm } = await measureLighthouse(`${base}/`, LIGHTHOUSE_RUNS);
      console.log(`\nLighthouse 12 (mobile: simulated slow 4G, 4× CPU), performance only, median (min–max) of ${LIGHTHOUSE_RUNS}:`);
      console.log(table(['run', 'score', 'TBT', 'max potential FID', 'LCP', 'TTI'], [lighthouseRows('cold', cold), lighthouseRows('warm (SW installed)', warm)]));
      console.log(`load average while measuring: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
    }
  } finally {
    await server.close();
  }
}

function chromiumVersion(): string {
  try {
    return execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run decks && npx vite build` first.');
  console.log(`machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), Node ${process.version}, ${chromiumVersion()}`);

  const shell = await measureShell(DIST);
  const shellTotal = shell.reduce((sum, file) => sum + file.gzipBytes, 0);
  console.log('\nInitial JS + CSS (gzip -9):');
  console.log(table(['file', 'kind', 'raw', 'gzip'], shell.map((f) => [f.path, f.kind, thousands(f.rawBytes), thousands(f.gzipBytes)])));
  const within = (total: number) => `${thousands(total)} bytes of the ${thousands(INITIAL_BUDGET_BYTES)} budget — ${total <= INITIAL_BUDGET_BYTES ? 'within' : 'OVER'}`;
  console.log(`initial JS+CSS gzip: ${within(shellTotal)}`);
  const english = await measureEnglishStrings(DIST);
  if (english) console.log(`with an English browser's strings (${english.path}, loaded before the first render): ${within(shellTotal + english.gzipBytes)}`);

  if (!APP_ONLY) await benchVisits();
  if (VISITS_ONLY) return;

  const deck = syntheticDeck(CARDS);
  await writeBenchDist(DIST, BENCH_DIST, deck);
  const server = await preview({
    build: { outDir: BENCH_DIST },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!base) throw new Error('vite preview did not report a URL');
  const profileDir = await mkdtemp(join(tmpdir(), 'roadcards-bench-'));
  // No service worker: it would serve the original decks' index from its precache instead of the synthetic one.
  const context = await launchProfile(profileDir, { serviceWorkers: 'block' });
  // tsx keeps function names with a __name helper that does not exist in the page the seeding code runs in.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    console.log(`\nApp in Chromium, ${thousands(CARDS)} cards, ${thousands(LOGS)} review logs:`);
    const figures = await measureApp(
      page,
      base,
      BENCH_DECK_ID,
      { reviewedCards: 9_000, logRows: LOGS, dueNow: 3_000 },
      { grades: GRADES, queueLoads: 5, log: (line) => console.log(`  ${line}`) },
    );
    const logProfileDir = await mkdtemp(join(tmpdir(), 'roadcards-bench-logs-'));
    const logContext = await launchProfile(logProfileDir, { serviceWorkers: 'block' });
    let per10k: number;
    try {
      const logPage = logContext.pages()[0] ?? (await logContext.newPage());
      per10k = await measureLogBytes(logPage, `${base}/robots.txt`, STORAGE_ROUNDS, Date.now());
    } finally {
      await logContext.close();
      await rm(logProfileDir, { recursive: true, force: true });
    }
    await (await import('./bench/measure-stats.ts')).reportStats(page, base, (line) => console.log(`  ${line}`));
    const queueP50 = percentile(figures.queueMs, 50);
    const gradeP50 = percentile(figures.gradeToPaintMs, 50);
    const gradeP95 = percentile(figures.gradeToPaintMs, 95);
    const gradeMax = Math.max(...figures.gradeToPaintMs);
    console.log('');
    console.log(
      table(
        ['measure', 'n', 'p50', 'p95', 'max'],
        [
          ['roadcards:queue', String(figures.queueMs.length), ms(queueP50), ms(percentile(figures.queueMs, 95)), ms(Math.max(...figures.queueMs))],
          ['roadcards:grade-to-paint', String(figures.gradeToPaintMs.length), ms(gradeP50), ms(gradeP95), ms(gradeMax)],
        ],
      ),
    );
    console.log('\nFigures:');
    console.log(`initial JS+CSS gzip: ${within(shellTotal)}`);
    console.log(`first start with ${thousands(CARDS)} new cards: Home painted ${figures.firstStartMs.toFixed(0)} ms, merge finished ${figures.firstMergedMs.toFixed(0)} ms`);
    console.log(`start with ${thousands(LOGS)} logs (Home painted): ${figures.startWithHistoryMs.toFixed(0)} ms`);
    console.log(`study queue build p50: ${ms(queueP50)} (n=${figures.queueMs.length})`);
    const raw = figures.rawReads;
    console.log(`plain IndexedDB reads, same data: ${thousands(raw.dueRows)} due rows ${ms(raw.dueRangeMs)}, all ${thousands(raw.allStates)} state rows ${ms(raw.allStatesMs)}`);
    console.log(`grade → next card painted p50: ${ms(gradeP50)}, p95: ${ms(gradeP95)} (goal p95 ≤ ${GRADE_GOAL_MS} ms; n=${figures.gradeToPaintMs.length})`);
    console.log(
      `IndexedDB bytes per 10,000 logs: ${thousands(per10k)} (${bytes(per10k)}; growth over ${STORAGE_ROUNDS} × 10,000 logs ÷ ${STORAGE_ROUNDS} in a fresh profile holding nothing else, navigator.storage.estimate)`,
    );
    const logical = figures.appLogJsonBytes;
    console.log(`review log row written by the app: ${thousands(logical)} bytes as JSON → ${bytes(logical * 10_000)} per 10,000 logs uncompressed (Chromium stores rows V8-serialized, Snappy-compressed)`);
    console.log(`IndexedDB total at the end: ${bytes(figures.totalBytes)} for ${thousands(CARDS)} cards and ${thousands(figures.totalLogs)} logs`);
  } finally {
    await context.close();
    await server.close();
    await rm(profileDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
