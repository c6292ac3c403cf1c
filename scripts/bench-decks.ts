// Benchmark (not a test): wall time of `npm run decks` on the five roadmaps and a 20× input, and time and peak memory on hostile inputs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileRoadmap } from '../src/core/deck/index.ts';
import { benchHostile } from './bench/hostile-decks.ts';

const RUNS = 5;
const LARGE_RUNS = 3;
const COPIES = 20;
/** Where `npm run decks` leaves its bundle (see package.json); the bench times the same file. */
const BUNDLE = join('node_modules', '.cache', 'roadcards', 'compile-decks.mjs');
const work = mkdtempSync(join(tmpdir(), 'roadcards-bench-'));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time (ms) of `command args… --src src --out <temp>`, process start to exit. */
function timeProcess(command: string, args: string[], src: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = join(work, `out-${i}`);
    const start = performance.now();
    const run = spawnSync(command, [...args, '--src', src, '--out', out], { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (run.status !== 0) throw new Error(`compile failed:\n${run.stderr}`);
    rmSync(out, { recursive: true, force: true });
  }
  return median(times);
}

/** The whole command a user types: npm, the esbuild bundle step, then node on the bundle. */
const timeNpm = (src: string, runs = 3) => timeProcess('npm', ['run', '--silent', 'decks', '--'], src, runs);
/** Only the compiler process: node on the bundle `npm run decks` just wrote. */
const timeNode = (src: string, runs = RUNS) => timeProcess(process.execPath, [BUNDLE], src, runs);

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
  const whole = timeNpm('decks');
  const small = timeNode('decks');
  const large = timeNode(big, LARGE_RUNS);
  compileRoadmap(readFileSync(join('decks', readdirSync('decks')[0]!), 'utf8'), 'warm-up.md');
  const smallCore = timeCompile('decks');
  const largeCore = timeCompile(big, LARGE_RUNS);
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  console.log(`five roadmaps (${kb(bytes)}):   npm run decks ${whole.toFixed(0)} ms; node process ${small.toFixed(0)} ms, compile only ${smallCore.toFixed(0)} ms`);
  console.log(`${COPIES}× input (${kb(bigBytes)}): node process ${large.toFixed(0)} ms, compile only ${largeCore.toFixed(0)} ms`);
  console.log(`ratio (20× / 1×): process ${(large / small).toFixed(1)}×, compile only ${(largeCore / smallCore).toFixed(1)}×`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} (figures scale with load)`);
  console.log(
    `goal: five roadmaps under 1000 ms → npm run decks ${whole < 1000 ? 'met' : 'NOT met'}, node process ${small < 1000 ? 'met' : 'NOT met'} ` +
      `(medians: npm 3 runs, node ${RUNS} runs, 20× input ${LARGE_RUNS} runs)`,
  );
  benchHostile(BUNDLE, work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
