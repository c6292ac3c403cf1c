// Export to Anki in real Chromium: from Roadmaps to /export/<id>, sql.js loads on the tap, the downloaded .apkg holds the roadmap and the review.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { afterEach, expect, test } from 'vitest';
import { openProfile, visitUntilControlled, type Profile } from './app.ts';
import { seriousViolations } from './axe.ts';
import { logCount, storedCards } from './roadmap-idb.ts';
import { studyCard } from './study.ts';

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

test('a roadmap exported with its history downloads an .apkg whose notes, decks and revlog match; the screen passes axe light and dark', async () => {
  profile = await openProfile({ width: 390, height: 844 });
  const { page, dir } = profile;
  await visitUntilControlled(page, '/');
  const deckId = (await page.locator('.deck-tree > li[data-node-id]').first().getAttribute('data-node-id'))!;
  const origin = new URL(page.url()).origin;
  await page.goto(`${origin}/study/${deckId}`);
  const studied = await studyCard(page, 'tap', 3);
  // The review is in the log before the page is left (the export reads it from there).
  await expect.poll(() => logCount(page, studied)).toBe(1);

  await page.goto(`${origin}/roadmaps`);
  await page.locator(`[data-action="open-export"][href="/export/${deckId}"]`).tap();
  await page.locator('[data-action="export-apkg"]').waitFor();
  // sql.js is not in the precache and not loaded before the tap.
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /sql-/.test(e.name)))).toBe(false);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page), scheme).toEqual([]);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-apkg"]').tap()]);
  await page.locator('[data-role="export-done"]').waitFor();
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  expect(download.suggestedFilename()).toMatch(/^roadcards-.+\.apkg$/);

  const SQL = await initSqlJs();
  const db = new SQL.Database(unzipSync(new Uint8Array(readFileSync(path)))['collection.anki21']);
  const active = (await storedCards(page, deckId)).filter((card) => card.retired === 0);
  expect(db.exec('SELECT count(*) FROM notes')[0]!.values[0]![0]).toBe(active.length);
  expect(db.exec(`SELECT count(*) FROM revlog r JOIN cards c ON r.cid = c.id JOIN notes n ON c.nid = n.id WHERE n.guid = '${studied}'`)[0]!.values[0]![0]).toBe(1);
  const decks = Object.values(JSON.parse(String(db.exec('SELECT decks FROM col')[0]!.values[0]![0])) as Record<string, { name: string }>).map((d) => d.name);
  expect(decks.some((name) => name.split('::').length >= 3)).toBe(true);
  db.close();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
