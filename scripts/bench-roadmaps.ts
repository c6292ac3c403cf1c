// Compile time of the five roadmaps in the app's built compiler Worker (real Chromium against dist/): per roadmap, median of 5.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.ts';
import { builtWorkerPath, compileInBuiltWorker } from './bench/roadmap-worker.ts';

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const files = readdirSync('decks')
  .filter((name) => /\.(md|txt)$/.test(name))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join('decks', name))) }));
const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('vite preview did not report a URL');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(new URL('/roadmaps', base).href);
  const worker = builtWorkerPath();
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await compileInBuiltWorker(page, worker, files));
  let compileTotal = 0;
  let roundTotal = 0;
  for (const [index, { name, bytes }] of files.entries()) {
    const compileMs = median(runs.map((run) => run[index]!.compileMs));
    const roundTripMs = median(runs.map((run) => run[index]!.roundTripMs));
    compileTotal += compileMs;
    roundTotal += roundTripMs;
    const cards = runs[0]![index]!.deck?.cards.length ?? 0;
    console.log(`worker compile ${name}: ${(bytes.length / 1024).toFixed(0)} KB, ${cards} cards, compile ${compileMs.toFixed(0)} ms, with worker start ${roundTripMs.toFixed(0)} ms`);
  }
  console.log(`worker compile, five roadmaps: compile ${compileTotal.toFixed(0)} ms, with worker start ${roundTotal.toFixed(0)} ms (median of ${RUNS}, 1× CPU, a shared machine: noisy)`);
} finally {
  await browser.close();
  await server.close();
}
