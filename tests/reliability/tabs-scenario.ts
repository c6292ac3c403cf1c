// Two tabs: another tab opens a newer database schema while a card is on screen in the first. Driven here without
// vitest so tests/reliability/tabs-schema-upgrade.test.ts (once) and npm run bench:reliability (many times) share it.
import type { BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from '../e2e/axe.ts';

const DECK = 'go-career-paths';

export interface SchemaUpgradeOutcome {
  /** The banner said a newer database was opened and this page reloads after the card. */
  offered: boolean;
  /** The page reloaded while the card was still on screen (the old build did, ~3 s after the upgrade). */
  reloadedMidCard: boolean;
  /** The answer was still on screen 3.5 s after the upgrade. */
  cardKept: boolean;
  /** The graded card's log entries after the reload, and when the grade was given. */
  logs: { grade: number; reviewedAt: number }[];
  gradedAt: number;
  /** Grades still waiting in the pending queue after the reload (must be none). */
  pendingLeft: number;
  /** Error toasts or alerts on screen after the reload. */
  alerts: number;
  /** Serious or critical axe-core findings on the update banner. */
  violations: string[];
}

/** First visit under the service worker: it installs without claiming the page, so reload once it is active. */
export async function visitControlled(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Runs in the page: upgrade the database one version up, as a newer build's first open does (Dexie's are ×10). */
function upgradeSchemaInPage(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = indexedDB.open('roadcards');
    probe.onerror = () => reject(probe.error);
    probe.onsuccess = () => {
      const next = probe.result.version + 10;
      probe.result.close();
      const open = indexedDB.open('roadcards', next);
      open.onupgradeneeded = () => open.result.createObjectStore(`newer${next}`, { keyPath: 'id' });
      open.onblocked = () => reject(new Error('the old tab kept its connection open: upgrade blocked'));
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        open.result.close();
        resolve(next);
      };
    };
  });
}

/** Runs in the page: one card's review log entries. */
function logsInPage(cardId: string): Promise<{ grade: number; reviewedAt: number }[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('roadcards');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('logs', 'readonly').objectStore('logs').index('cardId').getAll(cardId);
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result as { grade: number; reviewedAt: number }[]);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

const isOldPage = () => (window as unknown as { oldPage?: boolean }).oldPage === true;

/** `page` shows the study screen of a fresh card; another page of `context` upgrades the schema; the card is graded. */
export async function schemaUpgradeMidCard(context: BrowserContext, siteUrl: string): Promise<SchemaUpgradeOutcome> {
  const page = context.pages()[0] ?? (await context.newPage());
  await visitControlled(page, `${siteUrl}/study/${DECK}`);
  const card = await page.locator('[data-card-id][data-side="front"]').getAttribute('data-card-id', { timeout: 30_000 });
  if (!card) throw new Error('no card on screen');
  await page.keyboard.press('Space');
  await page.locator(`[data-card-id="${card}"][data-side="back"]`).waitFor();
  await page.evaluate(() => ((window as unknown as { oldPage: boolean }).oldPage = true));

  const other = await context.newPage();
  await other.goto(`${siteUrl}/robots.txt`); // same origin, no app code: only the newer schema's open
  await other.evaluate(upgradeSchemaInPage);
  await other.close();

  const banner = page.locator('[data-role="update-banner"][data-stale="schema"]');
  const offered = await banner.waitFor({ timeout: 10_000 }).then(() => true, () => false);
  // The banner's own findings: the study screen under it is checked by the e2e tests.
  const findings = offered ? await seriousViolations(page, '[data-role="update-banner"]') : [];
  const violations = findings.map((v) => `${v.id}: ${v.targets.join(', ')}`);
  await page.waitForTimeout(3_500);
  const stillOld = await page.evaluate(isOldPage).catch(() => false);
  const cardKept = stillOld && (await page.locator(`[data-card-id="${card}"][data-side="back"]`).count()) === 1;

  const gradedAt = await page.evaluate(() => Date.now());
  if (stillOld) {
    await page.keyboard.press('3');
    await page.waitForFunction(() => (window as unknown as { oldPage?: boolean }).oldPage === undefined, undefined, { timeout: 30_000 });
  }
  await page.locator('[data-card-id], [data-screen="done"]').first().waitFor({ timeout: 30_000 });
  return {
    offered,
    reloadedMidCard: !stillOld,
    cardKept,
    logs: await page.evaluate(logsInPage, card),
    gradedAt,
    pendingLeft: await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('roadcards:pending-grade:')).length),
    alerts: await page.locator('[role="alert"]').count(),
    violations,
  };
}
