// Hostile inputs for `npm run bench:decks`: the compiler process's wall time and peak memory on each, and what it answered.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as hostile from '../hostile-roadmaps.ts';

interface HostileInput {
  name: string;
  /** Writes the roadmap into `dir`; generated here, never committed. */
  write: (file: string) => void;
}

const text = (make: () => string) => (file: string) => writeFileSync(file, make());

/** Deep but allowed: 300 blocks of a list nested 99 levels, one level per line (the limit's worst accepted case). */
function deepestAllowed(): string {
  const block = hostile.listNestedPerLine(99).replace(/^# .*\n/, '');
  return ['# 最深允许', ...Array.from({ length: 300 }, (_, i) => `## 块 ${i}\n${block}`)].join('\n');
}

const INPUTS: HostileInput[] = [
  { name: '100,000 sections', write: text(() => hostile.manySections(100_000)) },
  { name: '5,000-level list, one level per line', write: text(() => hostile.listNestedPerLine(5000)) },
  { name: '5,000-level quotes, one level per line', write: text(() => hostile.quotesNestedPerLine(5000)) },
  { name: '5,000 nested quotes on one line', write: text(() => hostile.quotesNestedOnOneLine(5000)) },
  { name: '1,000-level list on one line', write: text(() => hostile.listNestedOnOneLine(1000)) },
  { name: '2,000 nested images on one line', write: text(() => hostile.imagesNestedOnOneLine(2000)) },
  { name: '99-level lists × 300 (deepest allowed)', write: text(deepestAllowed) },
  { name: '20,000 unpaired emphasis marks in one paragraph', write: text(() => hostile.unpairedMarks(20_000)) },
  {
    name: '50 MB file',
    write: (file) => {
      writeFileSync(file, '');
      truncateSync(file, 50 * 1024 * 1024);
    },
  },
];

/** Prints the child's peak resident memory and CPU time on exit: spawnSync reports neither. CPU time is what load distorts least. */
const PEAK_RSS = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('peak-rss-kb '+u.maxRSS+' cpu-us '+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

/** Runs the compiler bundle once per hostile input and prints one line each. */
export function benchHostile(bundle: string, work: string): void {
  console.log('hostile inputs (one run each, node process on the bundle):');
  for (const input of INPUTS) {
    const src = join(work, 'hostile-src');
    const out = join(work, 'hostile-out');
    mkdirSync(src, { recursive: true });
    const file = join(src, 'hostile.md');
    input.write(file);
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--import', PEAK_RSS, bundle, '--src', src, '--out', out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - start;
    const usage = /peak-rss-kb (\d+) cpu-us (\d+)/.exec(run.stderr);
    const peak = Number(usage?.[1] ?? 0) / 1024;
    const cpu = Number(usage?.[2] ?? 0) / 1e6;
    const answer =
      run.status === 0
        ? (/hostile\.md: .*/.exec(run.stdout)?.[0] ?? 'compiled')
        : (run.stderr.split('\n').find((line) => line.includes('hostile.md:') && !line.includes('warning:'))?.replace(/^.*hostile\.md/, 'hostile.md') ??
          `exit ${run.status}: ${run.stderr.slice(0, 200)}`);
    console.log(`  ${input.name}: wall ${(ms / 1000).toFixed(1)} s, CPU ${cpu.toFixed(1)} s, peak ${peak.toFixed(0)} MB, exit ${run.status} — ${answer.slice(0, 140)}`);
    rmSync(src, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
  console.log(`  machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} (shared; figures scale with load)`);
}
