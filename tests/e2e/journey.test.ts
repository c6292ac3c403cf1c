// The learner's journey in real Chromium: first visit, study by keys and taps, reload, offline, browser restart, online again.
import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { baseUrl, cardPhases, node, nodeCounts, openProfile, storeCount, visitUntilControlled, type Profile } from './app.ts';
import type { Deck } from '../../src/core/deck/schema.ts';
import { cardOnScreen, studyCards } from './study.ts';

/** A small roadmap (34 cards; 20 new a day). */
const DECK = 'go-python-backend';

const deck = JSON.parse(readFileSync(`dist/decks/${DECK}.json`, 'utf8')) as Deck;

/** Card ids of a tree node and its sub-sections, from the compiled deck the app serves. */
function cardsUnder(nodeId: string): string[] {
  const inside = new Set([nodeId]);
  for (const section of deck.sections) if (section.parentId && inside.has(section.parentId)) inside.add(section.id);
  return deck.cards.filter((card) => inside.has(card.sectionId)).map((card) => card.id);
}

/** The deep link's target: the last stage that has cards (not the first, so it is not what studying the deck shows). */
const STAGE = deck.sections.filter((section) => section.kind === 'stage' && cardsUnder(section.id).length > 0).at(-1)?.id;

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

async function openStudy(p: Profile, nodeId: string): Promise<void> {
  await node(p.page, nodeId).locator(`a[href="/study/${nodeId}"]`).first().click();
  await p.page.waitForURL(`**/study/${nodeId}`);
  await p.page.locator('[data-screen="study"]').waitFor();
}

async function backHome(p: Profile): Promise<void> {
  await p.page.locator('[data-screen="study"] a[href="/"]').first().click();
  await p.page.locator('[data-screen="home"]').waitFor();
}

test('a learner studies online, offline and across a browser restart without losing a grade', async () => {
  profile = await openProfile();
  const { page, context } = profile;
  await visitUntilControlled(page, '/');

  const fresh = await nodeCounts(page, DECK);
  expect(fresh).toEqual({ new: 20, learning: 0, due: 0 });

  // Study: two cards with the keyboard, two by tapping; Good on a new card makes it a learning card.
  await openStudy(profile, DECK);
  const studied = [...(await studyCards(page, 'keyboard', 2)), ...(await studyCards(page, 'tap', 2))];
  expect(new Set(studied).size).toBe(4);
  await expect.poll(() => storeCount(page, 'logs')).toBe(4);

  await backHome(profile);
  const afterStudy = await nodeCounts(page, DECK);
  expect(afterStudy).toEqual({ new: 16, learning: 4, due: 0 });

  // A reload keeps the progress: the same counts, and the studied cards are no longer new.
  await page.reload();
  expect(await nodeCounts(page, DECK)).toEqual(afterStudy);
  const phases = await cardPhases(page, studied);
  for (const id of studied) expect(phases[id], id).not.toBe(0);

  // Offline: the app still loads from the service worker and grades are still written.
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  expect(await nodeCounts(page, DECK)).toEqual(afterStudy);
  await openStudy(profile, DECK);
  const offlineStudied = await studyCards(page, 'keyboard', 2);
  expect(offlineStudied.some((id) => studied.includes(id))).toBe(false);
  await expect.poll(() => storeCount(page, 'logs')).toBe(6);
  await backHome(profile);
  const beforeRestart = await nodeCounts(page, DECK);
  expect(beforeRestart).toEqual({ new: 14, learning: 6, due: 0 });

  // Close the browser, relaunch the same profile still offline (before any navigation).
  await profile.close();
  profile = await openProfile({ dir: profile.dir, offline: true });
  const restarted = profile;
  await restarted.page.goto(baseUrl() + '/');
  expect(await restarted.page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await nodeCounts(restarted.page, DECK)).toEqual(beforeRestart);
  expect(await storeCount(restarted.page, 'logs')).toBe(6);

  // A bookmarked stage opens offline, straight into its cards.
  expect(STAGE, `a stage with cards in ${DECK}`).toBeTruthy();
  await restarted.page.goto(`${baseUrl()}/study/${STAGE}`);
  await restarted.page.locator('[data-screen="study"]').waitFor();
  const stageCards = cardsUnder(STAGE!);
  expect(stageCards).toContain(await cardOnScreen(restarted.page));

  // Easy on every card of the stage: the session ends on the done screen, which tells how many were reviewed.
  const stageStudied = await studyCards(restarted.page, 'keyboard', stageCards.length, 4);
  expect(new Set(stageStudied)).toEqual(new Set(stageCards));
  const done = restarted.page.locator('[data-screen="done"]');
  await done.waitFor();
  expect(await done.textContent()).toMatch(new RegExp(`(reviewed|复习了) ${stageCards.length} `));
  await expect.poll(() => storeCount(restarted.page, 'logs')).toBe(6 + stageCards.length);
  await restarted.page.goto(baseUrl() + '/');
  // Easy makes them review cards due in days: fewer new cards today, no more learning ones.
  const afterStage = await nodeCounts(restarted.page, DECK);
  expect(afterStage).toEqual({ new: beforeRestart.new - stageCards.length, learning: beforeRestart.learning, due: 0 });

  // Online again: the same state, and studying goes on.
  await restarted.context.setOffline(false);
  await restarted.page.goto(baseUrl() + '/');
  expect(await nodeCounts(restarted.page, DECK)).toEqual(afterStage);
  await openStudy(restarted, DECK);
  await studyCards(restarted.page, 'tap', 1);
  await expect.poll(() => storeCount(restarted.page, 'logs')).toBe(7 + stageCards.length);
  await backHome(restarted);
  expect(await nodeCounts(restarted.page, DECK)).toEqual({ new: afterStage.new - 1, learning: afterStage.learning + 1, due: 0 });

  // After the first stored review the app asked for persistent storage; Settings tells the browser's answer.
  await restarted.page.locator('a[href="/settings"]').first().click();
  const persistence = restarted.page.locator('[data-role="persistence"]');
  await persistence.waitFor();
  const persisted = await restarted.page.evaluate(() => navigator.storage.persisted());
  await expect.poll(() => persistence.getAttribute('data-persisted')).toBe(String(persisted));
});
