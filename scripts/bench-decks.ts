// Benchmark (not a test): wall time of the whole `compile-decks` process on the five roadmaps and on a 20× input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileRoadmap } from '../src/core/deck/index.ts';

const RUNS = 5;
const LARGE_RUNS = 3;
const COPIES = 20;
const tsx = join('node_modules', '.bin', 'tsx');
const work = mkdtempSync(join(tmpdir(), 'roadcards-bench-'));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time (ms) of the CLI compiling `src`, process start to exit. */
function timeCli(src: string, runs = RUNS): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = join(work, `out-${i}`);
    const start = performance.now();
    const run = spawnSync(tsx, ['scripts/compile-decks.ts', '--src', src, '--out', out], { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (run.status !== 0) throw new Error(`compile failed:\n${run.stderr}`);
    rmSync(out, { recursive: true, force: true });
  }
  return median(times);
}

/** Median in-process compile time (ms) of every file in `src`, without process start-up. */
function timeCompile(src: string, runs = RUNS): number {
  const files = readdirSync(src).map((f) => [f, readFileSync(join(src, f), 'utf8')] as const);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (const [file, text] of files) compileRoadmap(text, file);
    times.push(performance.now() - start);
  }
  return median(times);
}

// The 20× input: each roadmap repeated with its headings renamed, so sections and ids stay distinct.
const big = join(work, 'big');
spawnSync('mkdir', ['-p', big]);
let bytes = 0;
let bigBytes = 0;
for (const file of readdirSync('decks').filter((f) => /\.(md|txt)$/.test(f))) {
  const text = readFileSync(join('decks', file), 'utf8');
  bytes += Buffer.byteLength(text);
  const copies = Array.from({ length: COPIES }, (_, k) => text.replace(/^(#{1,6}\s+)(.*)$/gm, `$1$2（副本 ${k + 1}）`));
  const joined = copies.join('\n\n');
  bigBytes += Buffer.byteLength(joined);
  writeFileSync(join(big, file), joined);
}

try {
  compileRoadmap(readFileSync(join('decks', readdirSync('decks')[0]!), 'utf8'), 'warm-up.md');
  const small = timeCli('decks');
  const large = timeCli(big, LARGE_RUNS);
  const smallCore = timeCompile('decks');
  const largeCore = timeCompile(big, LARGE_RUNS);
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  console.log(`five roadmaps (${kb(bytes)}):   process ${small.toFixed(0)} ms, compile only ${smallCore.toFixed(0)} ms`);
  console.log(`${COPIES}× input (${kb(bigBytes)}): process ${large.toFixed(0)} ms, compile only ${largeCore.toFixed(0)} ms`);
  console.log(`ratio (20× / 1×): process ${(large / small).toFixed(1)}×, compile only ${(largeCore / smallCore).toFixed(1)}×`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} (figures scale with load)`);
  console.log(`goal: five roadmaps under 1000 ms → ${small < 1000 ? 'met' : 'NOT met'} (median of ${RUNS} runs; 20× input: ${LARGE_RUNS} runs)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
