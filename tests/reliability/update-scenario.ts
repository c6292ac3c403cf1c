// A version deployed mid-session, driven without vitest so tests/reliability/update-stale-tab.test.ts (once) and
// npm run bench:reliability (many times) share it.
import type { BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from '../e2e/axe.ts';
import { visitControlled } from './tabs-scenario.ts';
import { makeNextVersion, type SwappableSite } from './update-site.ts';

const DECK = 'go-career-paths';

export interface StaleTabOutcome {
  /** The stale tab's banner offered the reload after another tab accepted the update. */
  offered: boolean;
  /** The stale tab reloaded while the retired card was still on its screen. */
  reloadedMidCard: boolean;
  /** The retired card graded in the stale tab, as stored: retired flag, reps and review count. */
  retiredCard: { retired: number | null; reps: number | null; logs: number };
  /** After the reload: the tab runs the new version, and the retired card is no longer offered. */
  runsNewVersion: boolean;
  retiredCardShownAgain: boolean;
  alerts: number;
}

export interface MissingChunkOutcome {
  /** The tap on Settings showed the reload notice (not a blank screen) and the banner offered the same reload. */
  noticeShown: boolean;
  bannerShown: boolean;
  /** The notice's own text, and its details line (the only place for the browser's words). */
  noticeText: string[];
  details: string;
  /** After the learner's reload: the settings screen of the new version. */
  settingsOpened: boolean;
  /** Serious or critical axe-core findings with the notice on screen. */
  violations: string[];
}

/** Runs in the page: one card's stored state and review count, read with plain IndexedDB. */
function storedCardInPage(id: string): Promise<StaleTabOutcome['retiredCard']> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('roadcards');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['states', 'logs'], 'readonly');
      const state = tx.objectStore('states').get(id);
      const logs = tx.objectStore('logs').index('cardId').count(id);
      tx.oncomplete = () => {
        db.close();
        const row = state.result as { retired?: number; reps?: number } | undefined;
        resolve({ retired: row?.retired ?? null, reps: row?.reps ?? null, logs: logs.result });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** makeNextVersion renames every chunk to end in "n.js". */
export async function runsNewVersion(page: Page): Promise<boolean> {
  return page.evaluate(() => [...document.querySelectorAll('script[src]')].some((s) => /n\.js$/.test((s as HTMLScriptElement).src)));
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

const markOld = () => ((window as unknown as { oldPage: boolean }).oldPage = true);
const isOld = () => (window as unknown as { oldPage?: boolean }).oldPage === true;

/**
 * The stale tab shows a card's answer; the next version (that card retired, every chunk renamed) is deployed; another
 * tab opens, accepts the update and merges the new decks; then the stale tab grades the card. `nextDirs` collects the
 * folders made, for the caller to delete.
 */
export async function staleTabAfterDeploy(context: BrowserContext, site: SwappableSite, previous: string, nextDirs: string[]): Promise<StaleTabOutcome> {
  const stale = context.pages()[0] ?? (await context.newPage());
  await visitControlled(stale, `${site.url}/study/${DECK}`);
  const card = await stale.locator('[data-card-id][data-side="front"]').getAttribute('data-card-id', { timeout: 30_000 });
  if (!card) throw new Error('no card on screen');
  await stale.keyboard.press('Space');
  await stale.locator(`[data-card-id="${card}"][data-side="back"]`).waitFor();
  await stale.evaluate(markOld);

  const next = await makeNextVersion(previous, DECK, [card]);
  nextDirs.push(next);
  site.serve(next);

  const other = await context.newPage();
  await other.goto(`${site.url}/`);
  await other.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await other.locator('[data-role="update-banner"] button[data-action="apply-update"]').click({ timeout: 30_000 });
  if (!(await waitUntil(() => runsNewVersion(other), 30_000))) throw new Error('the other tab did not reload into the new version');
  if (!(await waitUntil(async () => (await other.evaluate(storedCardInPage, card)).retired === 1, 30_000))) {
    throw new Error('the new decks were not merged');
  }

  const offered = await stale
    .locator('[data-role="update-banner"][data-stale="worker"]')
    .waitFor({ timeout: 30_000 })
    .then(() => true, () => false);
  await stale.waitForTimeout(1_000);
  const stillOld = await stale.evaluate(isOld).catch(() => false);
  if (stillOld && (await stale.locator(`[data-card-id="${card}"][data-side="back"]`).count()) === 1) {
    await stale.keyboard.press('3');
    await stale.waitForFunction(() => (window as unknown as { oldPage?: boolean }).oldPage === undefined, undefined, { timeout: 30_000 });
  }
  await waitUntil(() => runsNewVersion(stale), 30_000);
  await stale.locator('[data-card-id], [data-screen="done"]').first().waitFor({ timeout: 30_000 });
  return {
    offered,
    reloadedMidCard: !stillOld,
    retiredCard: await stale.evaluate(storedCardInPage, card),
    runsNewVersion: await runsNewVersion(stale),
    retiredCardShownAgain: (await stale.locator(`[data-card-id="${card}"]`).count()) > 0,
    alerts: await stale.locator('[role="alert"]').count(),
  };
}

/** A page without a service worker on the old version; the next one is deployed; the learner taps Settings. */
export async function missingChunkOnTap(page: Page, site: SwappableSite, next: string): Promise<MissingChunkOutcome> {
  await page.goto(`${site.url}/`);
  await page.locator('[data-screen="home"]').waitFor({ timeout: 30_000 });
  site.serve(next);
  await page.locator('a.app-header__link[href="/settings"]').click();
  const notice = page.locator('[data-role="chunk-missing"]');
  const noticeShown = await notice.waitFor({ timeout: 30_000 }).then(() => true, () => false);
  const bannerShown = await page
    .locator('[data-role="update-banner"][data-stale="chunk"]')
    .waitFor({ timeout: 5_000 })
    .then(() => true, () => false);
  const noticeText = noticeShown ? await notice.locator('p').allTextContents() : [];
  const details = noticeShown ? ((await notice.locator('details').textContent()) ?? '') : '';
  const violations = noticeShown ? (await seriousViolations(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`) : [];
  if (noticeShown) await notice.locator('button[data-action="reload"]').click();
  const settingsOpened = await page
    .locator('[data-screen="settings"]')
    .waitFor({ timeout: 30_000 })
    .then(() => true, () => false);
  return { noticeShown, bannerShown, noticeText, details, settingsOpened, violations };
}
