// Optimizing FSRS in real Chromium: import a generated learner, train in the Worker, see the figures, apply, the
// study screen's intervals change, the backup carries the parameters, and the optimizer works offline (after one use,
// or after one Settings visit).
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, openProfile, visitUntilControlled, type Profile } from './app.ts';
import { seriousViolations } from './axe.ts';
import { importBackup, isolated, learnerBackup, optimize, studyCards } from './optimizer-flow.ts';

let profile: Profile | null = null;
afterEach(async () => {
  await profile?.dispose();
  profile = null;
});

/** The card the all-due queue shows first and its four grade labels, without grading it. */
async function firstCardIntervals(page: Page): Promise<{ cardId: string; labels: string }> {
  await page.goto(`${baseUrl()}/study/all`);
  const card = page.locator('[data-card-id]');
  await card.waitFor();
  await page.locator('button[data-action="reveal"]').click();
  await page.locator('.answer-bar--grades[data-ready="true"]').waitFor();
  const labels = await page.locator('button[data-grade]').allTextContents();
  return { cardId: (await card.getAttribute('data-card-id'))!, labels: labels.join(' | ') };
}

describe('optimizer', () => {
  it('without history says what is missing; cancels; trains on an imported history, applies, changes intervals, exports the parameters; works offline', async () => {
    profile = await openProfile();
    const { page, context } = profile;
    await visitUntilControlled(page, '/settings');
    await page.locator('[data-screen="settings"]').waitFor();
    expect(await isolated(page)).toBe(true);
    await page.waitForFunction(() => indexedDB.databases().then((dbs) => dbs.some((db) => db.name === 'roadcards')));
    await expect.poll(() => studyCards(page, 1).then((c) => c.length), { timeout: 60_000 }).toBe(1);
    // No history yet: it says how many reviews are missing instead of training on nothing.
    await page.locator('button[data-action="optimize"]').click();
    await expect.poll(() => page.locator('[data-role="optimizer-note"]').textContent()).toMatch(/\b0\b.*1,000.*1,000/);
    await importBackup(page, learnerBackup(await studyCards(page, 1400)));

    const before = await firstCardIntervals(page);
    await page.goto(`${baseUrl()}/settings`);
    expect(await page.locator('[data-role="parameters-in-use"]').getAttribute('data-own')).toBe('false');
    expect(await page.locator('button[data-action="apply-parameters"]').isDisabled()).toBe(true);
    // Cancel stops the Worker mid-run and leaves everything as it was.
    await page.locator('button[data-action="optimize"]').click();
    await page.locator('[data-role="optimizer-progress"]').waitFor();
    await page.locator('button[data-action="cancel-optimize"]').click();
    await page.locator('[data-role="optimizer-note"]').waitFor();
    expect(await page.locator('[data-role="optimizer-progress"]').count()).toBe(0);
    expect(await page.locator('button[data-action="apply-parameters"]').isDisabled()).toBe(true);
    const figures = await optimize(page);
    expect(figures.trained).toBeLessThan(figures.current);
    // Isolated, so fsrs-browser's thread pool trained (the test machine has at least 2 cores); the section says on how many.
    expect(figures.threads).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-role="optimizer-threads"]').textContent()).toContain(String(figures.threads));
    // The bar moved with fsrs-rs's epochs, in both trainings, while the page stayed responsive enough to paint them.
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen.filter((text) => /epoch [1-5]\/5/.test(text)).length).toBeGreaterThanOrEqual(6);
    expect(await page.locator('[data-role="optimizer-verdict"]').getAttribute('data-better')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    // At 200% text the figures still fit the phone's width: no sideways scroll.
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.evaluate(() => (document.documentElement.style.fontSize = ''));

    await page.locator('button[data-action="apply-parameters"]').click();
    await expect.poll(() => page.locator('[data-role="parameters-in-use"]').getAttribute('data-own'), { timeout: 60_000 }).toBe('true');
    const after = await firstCardIntervals(page);
    expect(after.cardId).toBe(before.cardId);
    expect(after.labels).not.toBe(before.labels);

    await page.goto(`${baseUrl()}/settings`);
    const download = page.waitForEvent('download');
    await page.locator('button[data-action="export-backup"]').click();
    const file = JSON.parse(Buffer.concat(await (await (await download).createReadStream()).toArray()).toString('utf8'));
    expect(file.settings.parameters).toHaveLength(21);
    expect(file.settings.parameters.every((w: unknown) => typeof w === 'number' && Number.isFinite(w))).toBe(true);

    // The review log for other FSRS tools: their CSV header, one row per review, time zone and day start in the name.
    const csvDownload = page.waitForEvent('download');
    await page.locator('button[data-action="export-revlog-csv"]').click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toMatch(/^roadcards-revlog-\d{4}-\d\d-\d\d-UTC[+-]\d{4}-day-starts-04h\.csv$/);
    const lines = Buffer.concat(await (await csv.createReadStream()).toArray()).toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('card_id,review_time,review_rating,review_state,review_duration');
    expect(lines.length - 1).toBe(file.logs.length);

    // Offline after that one use: the Worker, fsrs-browser's glue and the wasm come from the service worker's cache.
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-screen="settings"]').waitFor();
    // The service worker's copy of the page carries the isolation headers too: still several threads offline.
    expect(await isolated(page)).toBe(true);
    const offline = await optimize(page);
    expect(Number.isFinite(offline.trained)).toBe(true);
    expect(offline.threads).toBeGreaterThanOrEqual(2);
    await context.setOffline(false);
  }, 300_000);

  it('works offline after one visit to Settings online, without having run there', async () => {
    profile = await openProfile();
    const { page, context } = profile;
    await visitUntilControlled(page, '/settings');
    await page.locator('[data-screen="settings"]').waitFor();
    await expect.poll(() => studyCards(page, 1).then((c) => c.length), { timeout: 60_000 }).toBe(1);
    // Settings fetched the optimizer's wasm in the background, and (the page being isolated) started the thread pool,
    // which fetched its helper Worker and the glue that Worker imports; the service worker keeps all three.
    const cachedFiles = () =>
      page.evaluate(async () => {
        const paths = (await (await caches.open('roadcards-optimizer')).keys()).map((request) => new URL(request.url).pathname);
        return ['fsrs_browser_bg-', 'workerHelpers-', 'fsrs_browser-'].filter((name) => paths.some((path) => path.includes(`/${name}`)));
      });
    await expect.poll(cachedFiles, { timeout: 60_000 }).toEqual(['fsrs_browser_bg-', 'workerHelpers-', 'fsrs_browser-']);
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-screen="settings"]').waitFor();
    await importBackup(page, learnerBackup(await studyCards(page, 1400)));
    expect(await isolated(page)).toBe(true);
    const offline = await optimize(page);
    expect(offline.trained).toBeLessThan(offline.current);
    // The Settings visit also fetched the pool's helper Worker: it trains on several threads offline.
    expect(offline.threads).toBeGreaterThanOrEqual(2);

    // Without the helper's file (offline before the pool ever started, say) the pool cannot start: one thread, same result.
    await page.evaluate(async () => {
      const cache = await caches.open('roadcards-optimizer');
      for (const request of await cache.keys()) if (request.url.includes('/workerHelpers-')) await cache.delete(request);
    });
    await page.reload();
    await page.locator('[data-screen="settings"]').waitFor();
    const fallback = await optimize(page);
    expect(fallback.threads).toBe(1);
    expect(fallback.trained).toBeLessThan(fallback.current);
    expect(await page.locator('[data-role="optimizer-threads"]').textContent()).toMatch(/单线程|One thread/);
    await context.setOffline(false);
  }, 300_000);
});
