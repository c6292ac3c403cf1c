// Full storage in real Chromium (CDP Storage.overrideQuotaForOrigin): no grade shown as done unless it is in the log.
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { baseUrl, openProfile, storeCount, visitUntilControlled, type Profile } from '../e2e/app.ts';
import { seriousViolations } from '../e2e/axe.ts';
import { cardOnScreen, reveal, reviewedSoFar } from '../e2e/study.ts';

const DECK = 'go-career-paths';

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

/**
 * Squeezes the origin's quota to half of what it uses (null: back to the default). Chromium re-reads the space left
 * only every ~30 s, so writes go on succeeding for a while: the tests keep writing until one fails.
 */
async function squeezeQuota(cdp: CDPSession, squeezed: boolean): Promise<void> {
  const origin = baseUrl();
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  await cdp.send('Storage.overrideQuotaForOrigin', squeezed ? { origin, quotaSize: Math.floor(usage / 2) } : { origin });
}

/** Writes a small row to a scratch database until the browser refuses one: from then on the origin is full. */
async function waitUntilFull(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<string>((resolve) => {
              const open = indexedDB.open('quota-probe', 1);
              open.onupgradeneeded = () => open.result.createObjectStore('rows', { autoIncrement: true });
              open.onerror = () => resolve(open.error?.name ?? 'error');
              open.onsuccess = () => {
                const tx = open.result.transaction('rows', 'readwrite');
                tx.objectStore('rows').add('x'.repeat(4096));
                tx.oncomplete = () => (open.result.close(), resolve('stored'));
                tx.onabort = () => (open.result.close(), resolve(tx.error?.name ?? 'aborted'));
              };
            }),
        ),
      { timeout: 90_000, interval: 1_000 },
    )
    .toBe('QuotaExceededError');
}

const failure = (page: Page) => page.locator('[data-role="write-failure"]');

/** Grades Again (the card comes back, so the session never runs out) until a write fails; returns grades shown as done. */
async function gradeUntilAWriteFails(page: Page, limit: number): Promise<number> {
  for (let i = 0; i < limit; i++) {
    await page.waitForTimeout(200);
    if (await failure(page).count()) break;
    await reveal(page, 'keyboard').catch(() => undefined);
    if (await failure(page).count()) break;
    await page.keyboard.press('1');
    await page.locator('[data-card-id][data-side="front"], [data-role="write-failure"]').first().waitFor();
  }
  await failure(page).waitFor({ timeout: 10_000 });
  return reviewedSoFar(page);
}

test('grading into a full quota: every grade shown as done is stored, the failed card stays with the reason', async () => {
  profile = await openProfile();
  const { page, context } = profile;
  const unhandled: string[] = [];
  page.on('pageerror', (error) => unhandled.push(error.message));
  await visitUntilControlled(page, `/study/${DECK}`);
  await cardOnScreen(page);
  const cdp = await context.newCDPSession(page);
  const logsBefore = await storeCount(page, 'logs');
  await squeezeQuota(cdp, true);

  const shownAsDone = await gradeUntilAWriteFails(page, 400);
  expect(shownAsDone).toBeGreaterThan(0);
  expect(await storeCount(page, 'logs')).toBe(logsBefore + shownAsDone);
  const alert = failure(page);
  expect(await alert.getAttribute('data-kind')).toBe('quota');
  const words = await alert.locator('p').allTextContents();
  // Chromium here speaks English (the Chinese words are checked in tests/ui/write-failure.test.tsx).
  expect(words.join(' ')).toContain('This device’s storage is full: this grade could not be saved.');
  expect(words.join(' ')).toContain('export a backup');
  expect(words.join(' ')).not.toMatch(/Quota|Abort|Error/);
  // The card whose grade failed is on screen, front up, with no grade buttons: nothing more can be lost.
  expect(await page.locator('[data-card-id]').getAttribute('data-side')).toBe('front');
  expect(await page.locator('button[data-grade]').count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);

  // Space freed: the same card is graded again and stored.
  await squeezeQuota(cdp, false);
  await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('quota-probe').onsuccess = resolve)));
  await page.getByRole('button', { name: 'Try again' }).click();
  await reveal(page, 'keyboard');
  await page.keyboard.press('3');
  await expect.poll(() => reviewedSoFar(page)).toBe(shownAsDone + 1);
  await expect.poll(() => storeCount(page, 'logs')).toBe(logsBefore + shownAsDone + 1);
  expect(unhandled).toEqual([]);
});

test('saving settings into a full quota says so; the form is not shown as saved, and a reload shows the stored value', async () => {
  profile = await openProfile();
  const { page, context } = profile;
  const unhandled: string[] = [];
  page.on('pageerror', (error) => unhandled.push(error.message));
  await visitUntilControlled(page, '/settings');
  const newPerDay = page.getByLabel('New cards per day');
  await newPerDay.waitFor();
  const cdp = await context.newCDPSession(page);
  await squeezeQuota(cdp, true);
  await waitUntilFull(page);
  await newPerDay.fill('42');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await failure(page).waitFor();
  expect(await failure(page).locator('p').first().textContent()).toBe('This device’s storage is full: your settings could not be saved.');
  expect((await page.locator('[data-role="save-status"]').textContent())?.trim()).toBe('');
  expect(await newPerDay.inputValue()).toBe('42');
  expect(await seriousViolations(page)).toEqual([]);
  await page.reload();
  await expect.poll(() => page.getByLabel('New cards per day').inputValue()).toBe('20');
  expect(unhandled).toEqual([]);
});

test('a first visit under a tiny quota says offline use will not work, not only that deck files failed', async () => {
  profile = await openProfile();
  const { page, context } = profile;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: baseUrl(), quotaSize: 64 * 1024 });
  await page.goto(baseUrl() + '/');
  const notice = page.locator('[data-role="offline-unavailable"]');
  await notice.waitFor({ timeout: 60_000 });
  expect(await notice.textContent()).toMatch(/offline use will not work/);
  expect(await notice.textContent()).toMatch(/Free some space/);
  // The notice itself passes axe; Home's folded deck-problem list (its <summary> colour) is Home's own, reported apart.
  const violations = await seriousViolations(page);
  expect(violations.filter((v) => !(v.id === 'color-contrast' && v.targets.every((target) => target === 'summary')))).toEqual([]);
});
