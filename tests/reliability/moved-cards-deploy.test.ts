// A built-in roadmap's stage heading renamed and redeployed mid-study, in real Chromium: after a reload the cards
// studied under the old heading are not new again, card info shows their reviews, and no review is lost or added.
import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import type { Card, Deck } from '../../src/core/deck/index.ts';
import { nodeCounts, openProfile, openRow, storeCount, type Profile } from '../e2e/app.ts';
import { logCount, storedState } from '../e2e/roadmap-idb.ts';
import { cardOnScreen, studyCards } from '../e2e/study.ts';
import { deployEditedRoadmap } from './deck-edit-site.ts';
import { visitControlled } from './tabs-scenario.ts';
import { copyOfDist, serveSwappable, type SwappableSite } from './update-site.ts';

// python-roadmap's stage 5: the rename that gave 79 cards new ids and made learners start them again.
const DECK = 'python-roadmap';
const FILE = 'python-roadmap.md';
const OLD_HEADING = '## 5. 🔄 并发编程与异步处理';
const NEW_HEADING = '## 5. 🔄 Python 并发编程';
const STUDIED = 3;

let profile: Profile | undefined;
let site: SwappableSite | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await profile?.dispose();
  await site?.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  profile = site = undefined;
});

function stageId(deck: Deck, heading: string): string {
  const title = heading.replace(/^#+\s*/, '');
  const section = deck.sections.find((s) => s.parentId === null && s.title === title);
  if (!section) throw new Error(`no stage 「${title}」 in ${deck.id}`);
  return section.id;
}

/** The card of `after` compiled from the same line of the file: the heading's rename moved no line. */
function sameLine(after: Deck, card: Card): Card {
  const found = after.cards.find((c) => c.source.line === card.source.line && c.kind === card.kind);
  if (!found) throw new Error(`no card at line ${card.source.line} after the edit`);
  return found;
}

/** Home's counts on a stage's own row, with the roadmap's row opened to show it. */
async function stageCounts(page: Page, url: string, stage: string) {
  await page.goto(`${url}/`);
  await openRow(page, DECK);
  await page.locator(`[data-node-id="${stage}"]`).first().waitFor({ timeout: 30_000 });
  return nodeCounts(page, stage);
}

test('a stage heading renamed in a redeployed roadmap: the cards studied under it are not new again and keep their reviews', async () => {
  const previous = await copyOfDist();
  dirs.push(previous);
  const edited = await deployEditedRoadmap(previous, FILE, (text) => text.replace(OLD_HEADING, NEW_HEADING));
  dirs.push(edited.dir);
  expect(edited.nextHash).not.toBe(edited.previousHash);
  const oldStage = stageId(edited.before, OLD_HEADING);
  const newStage = stageId(edited.after, NEW_HEADING);

  site = await serveSwappable(previous);
  profile = await openProfile();
  const { page } = profile;
  await visitControlled(page, `${site.url}/study/${oldStage}`);
  const studied = await studyCards(page, 'keyboard', STUDIED);
  const byId = new Map(edited.before.cards.map((card) => [card.id, card]));
  for (const id of studied) expect(byId.get(id)?.section[0], id).toBe(OLD_HEADING.replace(/^#+\s*/, ''));
  const moved = studied.map((id) => sameLine(edited.after, byId.get(id)!).id);
  // The premise: the rename gave each studied card a new id, as the id hashes the section path.
  for (const [i, id] of moved.entries()) expect(id).not.toBe(studied[i]);
  await expect.poll(() => storeCount(page, 'logs')).toBe(STUDIED);
  const countsBefore = await stageCounts(page, site.url, oldStage);
  expect(countsBefore.learning).toBe(STUDIED);

  // The redeploy: only the roadmap's deck and the index changed. A reload fetches the index and merges the deck.
  site.serve(edited.dir);
  await page.reload();
  const countsAfter = await stageCounts(page, site.url, newStage);
  await expect.poll(() => page.locator(`[data-node-id="${oldStage}"]`).count()).toBe(0);
  // The renamed stage shows what the old one showed: the studied cards in learning, not back among the new ones.
  expect(countsAfter).toEqual(countsBefore);
  expect(await storeCount(page, 'logs')).toBe(STUDIED);
  for (const id of moved) {
    expect(await storedState(page, id), id).toMatchObject({ reps: 1, retired: 0 });
    expect(await logCount(page, id), id).toBe(1);
  }

  // Studying the renamed stage offers a card not yet seen, not one studied under the old heading.
  await page.goto(`${site.url}/study/${newStage}`);
  const offered = await cardOnScreen(page);
  expect(moved).not.toContain(offered);
  expect(studied).not.toContain(offered);

  // Card info of a moved card: studied (a due date), with the review given under the old heading.
  await page.goto(`${site.url}/card/${moved[0]}`);
  await page.locator('[data-screen="card-info"] [data-field="state"]').waitFor();
  expect(await page.locator('[data-field="due"]').count()).toBe(1);
  expect(await page.locator('[data-role="history"] tbody tr').count()).toBe(1);
  expect(await page.locator('[data-role="history"] tbody tr[data-grade="3"]').count()).toBe(1);
});
