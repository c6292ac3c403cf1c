// Lighthouse (mobile, simulated slow 4G and 4× CPU) against the preview, offline: cold (fresh profile) and warm (service worker installed).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium.ts';

const run = promisify(execFile);
const LIGHTHOUSE = 'node_modules/.bin/lighthouse';

export interface LighthouseFigures {
  score: number;
  tbtMs: number;
  lcpMs: number;
  ttiMs: number;
  maxPotentialFidMs: number;
}

interface Report {
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue?: number }>;
}

export function lighthouseAvailable(): boolean {
  return existsSync(LIGHTHOUSE);
}

async function once(url: string, profileDir: string, keepStorage: boolean): Promise<LighthouseFigures> {
  const flags = [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profileDir}`].join(' ');
  const { stdout } = await run(
    LIGHTHOUSE,
    [url, '--only-categories=performance', '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${flags}`, ...(keepStorage ? ['--disable-storage-reset'] : [])],
    { env: { ...process.env, CHROME_PATH: findChromium() }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as Report;
  const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round(report.categories.performance.score * 100),
    tbtMs: value('total-blocking-time'),
    lcpMs: value('largest-contentful-paint'),
    ttiMs: value('interactive'),
    maxPotentialFidMs: value('max-potential-fid'),
  };
}

/** `runs` cold runs (each a fresh profile), then warm runs on one profile whose first run installed the service worker. */
export async function measureLighthouse(url: string, runs: number): Promise<{ cold: LighthouseFigures[]; warm: LighthouseFigures[] }> {
  const cold: LighthouseFigures[] = [];
  const warm: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = await mkdtemp(join(tmpdir(), 'roadcards-lh-'));
    try {
      cold.push(await once(url, dir, false));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'roadcards-lh-warm-'));
  try {
    await once(url, dir, true);
    for (let i = 0; i < runs; i++) warm.push(await once(url, dir, true));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { cold, warm };
}
