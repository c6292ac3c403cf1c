// SIGKILL while grading: Chromium started by us (so we hold its process id), killed mid-grade, relaunched on the same
// profile; shared by tests/reliability/kill-grading.test.ts (few rounds) and npm run bench:reliability (many).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts';
import { dumpDatabaseInPage, replayMismatches } from './kill-replay.ts';

/** Decks studied in turn, so many rounds stay within each roadmap's 20 new cards a day. */
const DECKS = ['go-career-paths', 'go-backend-advanced', 'go-python-backend', 'golang-web-backend', 'python-roadmap'];

/** A zone where it is about noon now, so no learning card of the run crosses the 04:00 day boundary. */
function middayZone(): string {
  const offset = 12 - new Date().getUTCHours();
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

interface Running {
  child: ChildProcess;
  browser: Browser;
  page: Page;
}

async function launch(profileDir: string): Promise<Running> {
  const child = spawn(
    findChromium(),
    [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', '--window-size=390,844', 'about:blank'],
    // Its own process group: a kill reaches the renderers too, as a phone's OS killing the browser would.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: middayZone() } },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen.slice(-500)}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', () => reject(new Error(`Chromium exited at start: ${seen.slice(-500)}`)));
  });
  child.stderr!.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  return { child, browser, page };
}

async function killHard({ child }: Running): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
}

async function gradeShownCard(page: Page, grade: string): Promise<void> {
  await page.locator('[data-card-id][data-side="front"]').waitFor({ timeout: 30_000 });
  await page.keyboard.press('Space');
  await page.locator('[data-card-id][data-side="back"]').waitFor();
  // The grades ignore input for a moment after the reveal (no double-tap grades): grade once they take it.
  await page.locator('.answer-bar--grades[data-ready="true"]').waitFor();
  await page.keyboard.press(grade);
}

/** Log-uniform in [0, max] ms: half the kills land in the first ~15 ms, while the write is in flight, the rest later. */
function killDelay(max: number): number {
  return Math.floor(Math.expm1(Math.random() * Math.log1p(max)));
}

export interface KillFigures {
  kills: number;
  /** Grades pressed, the killed ones included. */
  gradesPressed: number;
  /** Review log entries stored at the end (a killed grade may or may not have been written: both are fine). */
  reviewsStored: number;
  cards: number;
  mismatches: string[];
  msPerRound: number;
}

/**
 * Each round: launch on the profile, open a deck's study screen, grade `gradesBeforeKill` cards, press one more grade
 * and SIGKILL the browser 0–`maxKillDelayMs` ms later (log-uniform, default 250: during and after the commit). Then relaunch once more and replay every card's log.
 */
export async function runKillRounds(
  siteUrl: string,
  options: { rounds: number; gradesBeforeKill?: number; maxKillDelayMs?: number; onRound?: (round: number) => void },
): Promise<KillFigures> {
  const profileDir = await mkdtemp(join(tmpdir(), 'roadcards-kill-'));
  const gradesBeforeKill = options.gradesBeforeKill ?? 1;
  const maxDelay = options.maxKillDelayMs ?? 250;
  let gradesPressed = 0;
  const started = Date.now();
  try {
    for (let round = 0; round < options.rounds; round++) {
      const running = await launch(profileDir);
      try {
        const { page } = running;
        await page.goto(`${siteUrl}/study/${DECKS[round % DECKS.length]}`);
        for (let i = 0; i < gradesBeforeKill; i++) {
          await gradeShownCard(page, String((i % 4) + 1));
          gradesPressed += 1;
        }
        await gradeShownCard(page, String((round % 4) + 1));
        gradesPressed += 1;
        await new Promise((resolve) => setTimeout(resolve, killDelay(maxDelay)));
      } finally {
        await killHard(running);
      }
      options.onRound?.(round + 1);
    }
    const msPerRound = (Date.now() - started) / Math.max(1, options.rounds);
    const running = await launch(profileDir);
    try {
      await running.page.goto(`${siteUrl}/`);
      await running.page.locator('[data-screen="home"]').waitFor({ timeout: 30_000 });
      const dump = await running.page.evaluate(dumpDatabaseInPage);
      return {
        kills: options.rounds,
        gradesPressed,
        reviewsStored: dump.logs.filter((log) => log.kind === 'review').length,
        cards: dump.states.length,
        mismatches: replayMismatches(dump),
        msPerRound,
      };
    } finally {
      await running.browser.close().catch(() => undefined);
      await killHard(running);
    }
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
}
