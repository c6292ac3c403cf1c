// A static host that sends no COOP/COEP: the first visit is not cross-origin isolated and the optimizer trains on one
// thread, saying so; once the service worker serves the app it adds the two headers, and the optimizer uses its pool.
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { openProfile, type Profile } from '../e2e/app.ts';
import { importBackup, isolated, learnerBackup, optimize, studyCards } from '../e2e/optimizer-flow.ts';
import { serveSwappable, type SwappableSite } from './update-site.ts';

let profile: Profile | undefined;
let site: SwappableSite | undefined;
afterEach(async () => {
  await profile?.dispose();
  await site?.close();
  profile = site = undefined;
});

test('without isolation headers the optimizer trains on one thread and says so; under the service worker on several', async () => {
  site = await serveSwappable(fileURLToPath(new URL('../../dist', import.meta.url)));
  profile = await openProfile();
  const { page } = profile;
  await page.goto(`${site.url}/settings`);
  await page.locator('[data-screen="settings"]').waitFor();
  expect(await isolated(page)).toBe(false);
  await page.locator('[data-role="optimizer-one-thread"]').waitFor();
  await expect.poll(() => studyCards(page, 1).then((cards) => cards.length), { timeout: 60_000 }).toBe(1);
  await importBackup(page, learnerBackup(await studyCards(page, 1400)));
  const single = await optimize(page);
  expect(single.threads).toBe(1);
  expect(single.trained).toBeLessThan(single.current);
  expect(await page.locator('[data-role="optimizer-threads"]').textContent()).toMatch(/单线程（此主机未启用跨源隔离|One thread \(this host does not isolate/);

  // The next visit is answered by the service worker, which adds COOP/COEP: isolated on the same header-less host.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.locator('[data-screen="settings"]').waitFor();
  expect(await isolated(page)).toBe(true);
  expect(await page.locator('[data-role="optimizer-one-thread"]').count()).toBe(0);
  const pooled = await optimize(page);
  expect(pooled.threads).toBeGreaterThanOrEqual(2);
  expect(pooled.trained).toBeLessThan(pooled.current);
});
