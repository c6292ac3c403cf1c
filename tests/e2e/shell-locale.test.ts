// The UI language in real Chromium: a Chinese phone never downloads the English strings; an English one sees Home in English, offline too.
import { afterEach, expect, test } from 'vitest';
import { openProfile, visitUntilControlled, type Profile } from './app.ts';

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

const ENGLISH_CHUNK = /\/assets\/i18n-en-[^/]*\.js$/;

test('a zh-CN browser shows Home in Chinese and never requests the English strings', async () => {
  profile = await openProfile({ locale: 'zh-CN' });
  const { page } = profile;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await visitUntilControlled(page, '/');
  await expect.poll(() => page.locator('h1').textContent()).toBe('我的路线图');
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  expect(requested.filter((url) => ENGLISH_CHUNK.test(url))).toEqual([]);
});

test('an en-US browser shows Home in English, and again offline from the service worker', async () => {
  profile = await openProfile({ locale: 'en-US' });
  const { page, context } = profile;
  await visitUntilControlled(page, '/');
  await expect.poll(() => page.locator('h1').textContent()).toBe('My roadmaps');
  expect(await page.locator('html').getAttribute('lang')).toBe('en');

  await context.setOffline(true);
  await page.reload();
  await expect.poll(() => page.locator('h1').textContent()).toBe('My roadmaps');
  // The header's settings link is from the same dictionary: the whole shell speaks English, not only the title.
  expect(await page.locator('.app-header__link').getAttribute('aria-label')).toBe('Settings');
});
