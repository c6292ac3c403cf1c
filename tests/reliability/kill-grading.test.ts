// SIGKILL of Chromium while grading, then a relaunch on the same profile: every card's state equals a replay of its log.
// CI runs a few rounds; `npm run bench:reliability` runs many and prints the figures.
import { expect, test } from 'vitest';
import { baseUrl } from '../e2e/app.ts';
import { runKillRounds } from './kill-browser.ts';

const ROUNDS = Number(process.env.ROADCARDS_KILL_ROUNDS ?? 3);

test(`${ROUNDS} kills mid-grade leave every card equal to a replay of its log`, async () => {
  const figures = await runKillRounds(baseUrl(), { rounds: ROUNDS, gradesBeforeKill: 1 });
  expect(figures.mismatches).toEqual([]);
  // The run really graded (a replay of nothing would agree trivially), and no grade was stored twice.
  expect(figures.reviewsStored).toBeGreaterThan(0);
  expect(figures.reviewsStored).toBeLessThanOrEqual(figures.gradesPressed);
});
