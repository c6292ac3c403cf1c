// A version deployed mid-session: the stale tab offers the reload, keeps the grade of a card the new decks retired,
// reloads only between cards, and a screen whose chunk the deploy removed offers the reload instead of a dead tap.
import { rm } from 'node:fs/promises';
import { afterEach, expect, test } from 'vitest';
import { launchProfile } from '../e2e/chromium.ts';
import { newProfileDir, openProfile, type Profile } from '../e2e/app.ts';
import { missingChunkOnTap, staleTabAfterDeploy } from './update-scenario.ts';
import { copyOfDist, makeNextVersion, serveSwappable, type SwappableSite } from './update-site.ts';

let profile: Profile | undefined;
let site: SwappableSite | undefined;
const dirs: string[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await profile?.dispose();
  await site?.close();
  for (const cleanup of cleanups.splice(0)) await cleanup();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  profile = site = undefined;
});

test('the stale tab offers the update, stores the grade of a card the new decks retired, and reloads between cards', async () => {
  const previous = await copyOfDist();
  dirs.push(previous);
  site = await serveSwappable(previous);
  profile = await openProfile();
  const outcome = await staleTabAfterDeploy(profile.context, site, previous, dirs);
  expect(outcome).toEqual({
    offered: true,
    reloadedMidCard: false,
    retiredCard: { retired: 1, reps: 1, logs: 1 },
    runsNewVersion: true,
    retiredCardShownAgain: false,
    alerts: 0,
  });
});

test('a screen whose chunk the deploy removed offers the reload instead of a dead tap', async () => {
  const previous = await copyOfDist();
  dirs.push(previous);
  const next = await makeNextVersion(previous, 'go-career-paths', []);
  dirs.push(next);
  site = await serveSwappable(previous);
  // No service worker (blocked, or a first visit before it controls): the old chunks come from the server alone.
  const profileDir = await newProfileDir();
  const context = await launchProfile(profileDir, { serviceWorkers: 'block' });
  cleanups.push(async () => {
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const outcome = await missingChunkOnTap(page, site, next);
  expect(outcome).toMatchObject({ noticeShown: true, bannerShown: true, settingsOpened: true, violations: [] });
  // The browser's words only in the details line, never in the message.
  expect(outcome.details).toMatch(/settings-screen/);
  expect(outcome.noticeText.join(' ')).not.toMatch(/module|Failed|preload/i);
});
