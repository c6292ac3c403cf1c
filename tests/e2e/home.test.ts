// Home on a phone in real Chromium: axe-core light and dark, 200% text size, Study due across roadmaps; screenshots as artifacts.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { baseUrl, openProfile, visitUntilControlled, type Profile } from './app.ts';
import { seriousViolations } from './axe.ts';
import { cardOnScreen, studyCard } from './study.ts';

const WIDTH = 390;
const HEIGHT = 844;
const CONTROLS = 'button, a[href], [role="button"]';

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

async function openHome(): Promise<Page> {
  profile = await openProfile({ width: WIDTH, height: HEIGHT });
  await mkdir('test-results', { recursive: true });
  await visitUntilControlled(profile.page, '/');
  await profile.page.locator('[data-action="study-due"]').waitFor();
  return profile.page;
}

/** Opens the first roadmap's row, so axe and the screenshots see a row's panel and its children too. */
async function openFirstRoadmap(page: Page): Promise<void> {
  const toggle = page.locator('.deck-tree > li > .node-row > button[aria-expanded]').first();
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
}

/** Controls whose content does not fit their box (a clipped label), or that stick out of the viewport. */
async function clippedControls(page: Page): Promise<string[]> {
  return page.locator(`[data-screen="home"] :is(${CONTROLS}), .app-header :is(${CONTROLS})`).evaluateAll(
    (elements, width) =>
      elements.flatMap((element) => {
        const box = element.getBoundingClientRect();
        const clipped = element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
        const outside = box.left < 0 || box.right > width;
        return clipped || outside ? [`${element.outerHTML.slice(0, 100)} ${element.scrollWidth}/${element.clientWidth}`] : [];
      }),
    WIDTH,
  );
}

test('Home at 390×844 has one h1, every roadmap on one collapsed row with a Study link, and no serious axe finding in light or dark', async () => {
  const page = await openHome();
  await page.emulateMedia({ colorScheme: 'light' });
  const roadmaps = await page.locator('.deck-tree > li[data-node-id]').count();
  expect(roadmaps).toBeGreaterThan(1);
  // Collapsed: one row per roadmap is all that renders, each with its Study link.
  expect(await page.locator('[data-node-id]').count()).toBe(roadmaps);
  expect(await page.locator('.deck-tree > li > .node-row a[href^="/study/"]').count()).toBe(roadmaps);
  expect(await page.locator('h1').count()).toBe(1);
  console.log(`Home elements, collapsed: ${await page.evaluate(() => document.querySelectorAll('*').length)}`);
  await page.screenshot({ path: 'test-results/home-light.png' });
  expect(await seriousViolations(page)).toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/home-dark.png' });
  expect(await seriousViolations(page)).toEqual([]);

  await openFirstRoadmap(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/home-open-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/home-open-light.png' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
});

test('Home at 200% text size keeps every control whole and on screen', async () => {
  const page = await openHome();
  // The browser's own default font size doubled (what Chrome's text-size setting changes): every rem and em follows.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await cdp.detach();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
  await openFirstRoadmap(page);
  await page.screenshot({ path: 'test-results/home-200pct.png' });
  await page.screenshot({ path: 'test-results/home-200pct-full.png', fullPage: true });
  expect(await clippedControls(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  expect(await seriousViolations(page)).toEqual([]);
});

test('Study due studies cards from more than one roadmap and counts as many cards as Home says', async () => {
  const page = await openHome();
  // A first visit shows the deck index's roadmaps at once, then the counts read once the decks are merged.
  await page.locator('.home-summary[data-final="true"]').waitFor();
  const action = page.locator('[data-action="study-due"]');
  const promised = Number((await action.textContent())!.match(/\d+/)![0]);
  const summed = await page.locator('.home-summary [data-count]').evaluateAll((counts) => counts.reduce((sum, c) => sum + Number(c.textContent), 0));
  expect(promised).toBe(summed);

  await action.tap();
  await page.waitForURL('**/study/all');
  await cardOnScreen(page);
  expect(await page.locator('[role="progressbar"]').getAttribute('aria-valuemax')).toBe(String(promised));
  const roadmaps = new Set<string>();
  for (let i = 0; i < 3; i++) roadmaps.add((await studyCard(page, 'tap', 3)).split('.')[0]!);
  expect(roadmaps.size).toBeGreaterThan(1);
  // The grades landed in the roadmaps' own counts.
  await page.locator('[data-screen="study"] a[href="/"]').first().click();
  await page.locator('[data-action="study-due"]').waitFor();
  const learning = await page.locator('.home-summary [data-count="learning"]').textContent();
  expect(Number(learning)).toBe(3);
});

test('the one-time “ready offline” note covers nothing: the settings button and the title stay tappable', async () => {
  profile = await openProfile({ width: WIDTH, height: HEIGHT });
  const { page } = profile;
  await page.goto(baseUrl() + '/');
  const note = page.locator('[data-role="offline-ready"]');
  await note.waitFor();
  await page.screenshot({ path: 'test-results/home-offline-note.png' });
  for (const selector of ['.app-header__link', '.app-header__title', '[data-action="study-due"]']) {
    const target = page.locator(selector);
    const box = (await target.boundingBox())!;
    const hit = await page.evaluate(
      ([x, y, sel]) => document.elementFromPoint(x as number, y as number)?.closest(sel as string) !== null,
      [box.x + box.width / 2, box.y + box.height / 2, selector] as const,
    );
    expect(hit, selector).toBe(true);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  expect(await seriousViolations(page)).toEqual([]);
});
