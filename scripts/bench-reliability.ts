// npm run bench:reliability: the slow reliability scenarios with many more rounds than CI runs, printing what held.
// Usage: tsx scripts/bench-reliability.ts [--kills 50] [--tabs 10] [--deploys 5]   (needs dist/: npm run build)
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchProfile } from '../tests/e2e/chromium.ts';
import { runKillRounds } from '../tests/reliability/kill-browser.ts';
import { schemaUpgradeMidCard } from '../tests/reliability/tabs-scenario.ts';
import { staleTabAfterDeploy } from '../tests/reliability/update-scenario.ts';
import { copyOfDist, serveSwappable } from '../tests/reliability/update-site.ts';
import { table } from './bench/stats.ts';

const { values } = parseArgs({
  options: { kills: { type: 'string', default: '50' }, tabs: { type: 'string', default: '10' }, deploys: { type: 'string', default: '5' } },
});
const KILLS = Number(values.kills);
const TABS = Number(values.tabs);
const DEPLOYS = Number(values.deploys);

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run decks && npm run build` first.');
  process.exit(1);
}

/** A fresh Chromium profile for one round, deleted afterwards. */
async function withProfile<T>(run: (context: Awaited<ReturnType<typeof launchProfile>>) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'roadcards-bench-'));
  const context = await launchProfile(dir);
  try {
    return await run(context);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function progress(label: string, done: number, total: number): void {
  process.stdout.write(`\r${label} ${done}/${total}`);
  if (done === total) process.stdout.write('\n');
}

const rows: string[][] = [];
let failed = false;

if (KILLS > 0) {
  const site = await serveSwappable('dist');
  try {
    const figures = await runKillRounds(site.url, { rounds: KILLS, gradesBeforeKill: 1, onRound: (n) => progress('kills', n, KILLS) });
    rows.push(['SIGKILL mid-grade, relaunch', `${figures.kills} kills`, `${figures.gradesPressed} grades pressed, ${figures.reviewsStored} stored, ${figures.cards} cards replayed`, `${figures.mismatches.length} mismatches`, `${(figures.msPerRound / 1000).toFixed(1)} s/kill`]);
    for (const line of figures.mismatches.slice(0, 10)) console.log(`  mismatch: ${line}`);
    failed ||= figures.mismatches.length > 0;
  } finally {
    await site.close();
  }
}

if (TABS > 0) {
  const site = await serveSwappable('dist');
  let kept = 0;
  let midCard = 0;
  let notOffered = 0;
  let wrongLogs = 0;
  const started = Date.now();
  try {
    for (let round = 0; round < TABS; round++) {
      const outcome = await withProfile((context) => schemaUpgradeMidCard(context, site.url));
      if (outcome.reloadedMidCard) midCard += 1;
      if (!outcome.offered) notOffered += 1;
      if (outcome.logs.length === 1 && outcome.logs[0]!.grade === 3 && outcome.pendingLeft === 0) kept += 1;
      else wrongLogs += 1;
      progress('schema upgrades', round + 1, TABS);
    }
  } finally {
    await site.close();
  }
  rows.push(['newer schema in another tab, mid-card', `${TABS} runs`, `${kept} grades kept once, ${wrongLogs} lost or doubled`, `${midCard} mid-card reloads, ${notOffered} not offered`, `${((Date.now() - started) / 1000 / TABS).toFixed(1)} s/run`]);
  failed ||= midCard + notOffered + wrongLogs > 0;
}

if (DEPLOYS > 0) {
  let stored = 0;
  let midCard = 0;
  let notOffered = 0;
  let shownAgain = 0;
  const started = Date.now();
  for (let round = 0; round < DEPLOYS; round++) {
    const previous = await copyOfDist();
    const dirs = [previous];
    const site = await serveSwappable(previous);
    try {
      const outcome = await withProfile((context) => staleTabAfterDeploy(context, site, previous, dirs));
      if (outcome.retiredCard.logs === 1 && outcome.retiredCard.reps === 1) stored += 1;
      if (outcome.reloadedMidCard) midCard += 1;
      if (!outcome.offered) notOffered += 1;
      if (outcome.retiredCardShownAgain) shownAgain += 1;
    } finally {
      await site.close();
      for (const dir of dirs) await rm(dir, { recursive: true, force: true });
    }
    progress('deploys', round + 1, DEPLOYS);
  }
  rows.push(['deploy mid-session, stale tab grades a retired card', `${DEPLOYS} runs`, `${stored} retired-card grades stored`, `${midCard} mid-card reloads, ${notOffered} not offered, ${shownAgain} retired shown again`, `${((Date.now() - started) / 1000 / DEPLOYS).toFixed(1)} s/run`]);
  failed ||= stored < DEPLOYS || midCard + notOffered + shownAgain > 0;
}

console.log(`\n${table(['scenario', 'rounds', 'grades', 'failures', 'time'], rows)}`);
console.log('(times are wall-clock on a shared machine: noisy)');
process.exitCode = failed ? 1 : 0;
