// Browse and the card actions in real Chromium at 390×844 by touch: suspend from Study, a leech caught at its lapse (notice →
// card info with its source line), search and filters in /browse, axe clean in light and dark, a screenshot.
import { mkdir } from 'node:fs/promises';
import { afterEach, expect, test } from 'vitest';
import { baseUrl, openProfile, storeCount, visitUntilControlled, type Profile } from './app.ts';
import { seriousViolations } from './axe.ts';
import { cardOnScreen, reveal, reviewedSoFar } from './study.ts';

const DECK = 'go-career-paths';
const DAY = 86_400_000;

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

/** The learner's marks stored for a card, read with plain IndexedDB. */
function marksOf(page: Profile['page'], cardId: string): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('roadcards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('marks').objectStore('marks').get(id);
          get.onsuccess = () => (open.result.close(), resolve((get.result as Record<string, unknown> | undefined) ?? null));
          get.onerror = () => reject(get.error);
        };
      }),
    cardId,
  );
}

async function saveSetting(page: Profile['page'], name: string, value: string, submit: boolean): Promise<void> {
  await page.goto(`${baseUrl()}/settings`);
  const input = page.locator(`input[name="${name}"]`);
  await input.fill(value);
  if (submit) {
    await page.locator('form.settings-form button[type="submit"]').tap();
    await page.locator('[data-role="save-status"]').filter({ hasText: /\S/ }).waitFor();
  } else {
    await input.blur();
  }
}

test('suspend from Study, a leech told once with its source, then Browse finds, filters and passes axe at 390×844', async () => {
  profile = await openProfile({ width: 390, height: 844 });
  const { page } = profile;
  await mkdir('test-results', { recursive: true });
  const start = Date.now();
  await page.clock.setFixedTime(start);
  await visitUntilControlled(page, '/');
  await saveSetting(page, 'leechLapses', '1', false);
  // Saved as it changes: the section says so once it is stored (leaving before that could lose the change).
  await page.locator('[data-role="leech-save-status"]').filter({ hasText: /\S/ }).waitFor();

  // Suspend the first card from the study screen's actions sheet, after the reveal.
  await page.goto(`${baseUrl()}/study/${DECK}`);
  const suspended = await cardOnScreen(page);
  await reveal(page, 'tap');
  await page.locator('button[data-action="card-actions"]').tap();
  await page.locator('[data-role="mark-sheet"] button[data-action="suspend"]').tap();
  await expect.poll(() => cardOnScreen(page)).not.toBe(suspended);
  expect(await reviewedSoFar(page)).toBe(0);
  expect(await page.locator('[data-role="marks-toast"]').textContent()).toContain('1');
  await expect.poll(() => marksOf(page, suspended)).toMatchObject({ suspended: 1 });

  // The next card learnt with Easy (straight to review); two months on, forgotten: with the threshold at 1, a leech.
  const leech = await cardOnScreen(page);
  await reveal(page, 'tap');
  await page.locator('button[data-grade="4"]').tap();
  await expect.poll(() => reviewedSoFar(page)).toBe(1);
  // Stored before the page is left (the screen paints a grade before its write ends).
  await expect.poll(() => storeCount(page, 'logs')).toBe(1);
  await saveSetting(page, 'newPerDay', '0', true);
  await page.clock.setFixedTime(start + 60 * DAY);
  await page.goto(`${baseUrl()}/study/${DECK}`);
  expect(await cardOnScreen(page)).toBe(leech);
  await reveal(page, 'tap');
  await page.locator('button[data-grade="1"]').tap();
  const notice = page.locator('[data-role="leech-notice"]');
  await notice.waitFor();
  expect(await notice.textContent()).toContain('suspended');
  await expect.poll(() => marksOf(page, leech)).toMatchObject({ leech: 1, suspended: 1 });
  await notice.locator('a[data-action="leech-card-info"]').tap();
  await page.locator(`[data-screen="card-info"][data-card-id="${leech}"] [data-field="source"]`).waitFor();
  expect(await page.locator('[data-field="source"]').textContent()).toMatch(/\.md:\d+$/);

  // Browse the roadmap: both cards are found by the suspended and leech filters, and by typing part of the front.
  await page.goto(`${baseUrl()}/browse/${DECK}`);
  await page.locator('[data-screen="browse"] .browse-row').first().waitFor();
  await page.locator('[data-filter="suspended"]').tap();
  await expect.poll(async () => (await page.locator('.browse-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-card-id')))).sort()).toEqual([suspended, leech].sort());
  await page.locator('[data-filter="leech"]').tap();
  await expect.poll(() => page.locator('.browse-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-card-id')))).toEqual([leech]);
  await page.locator('[data-filter="all"]').tap();
  const front = (await page.locator(`[data-card-id="${leech}"] .browse-row__front`).textContent()) ?? '';
  await page.locator('[data-role="browse-search"]').fill(front.slice(0, 6));
  await expect.poll(() => page.locator(`.browse-row[data-card-id="${leech}"]`).count()).toBe(1);
  await page.locator('[data-role="browse-search"]').fill('');

  // One thumb at 390 wide: nothing wider than the screen; axe clean in light and dark.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: 'test-results/browse-390x844.png' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/browse-390x844-dark.png' });
  expect(await seriousViolations(page)).toEqual([]);
  // At 200% text (the browser's own font size doubled) rows grow with the text: none overlaps the next, nothing is wider than the screen.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
  const layout = () =>
    page.evaluate(() => {
      const rows = [...document.querySelectorAll<HTMLElement>('.browse-row')];
      return {
        clipped: rows.filter((row) => row.querySelector<HTMLElement>('.browse-row__text')!.offsetHeight > row.offsetHeight).map((row) => row.dataset.cardId),
        overlapping: rows.slice(1).filter((row, i) => row.offsetTop < rows[i]!.offsetTop + rows[i]!.offsetHeight).map((row) => row.dataset.cardId),
        scrollWidth: document.documentElement.scrollWidth,
        wider: [...document.querySelectorAll<HTMLElement>('.screen--browse *')].filter((el) => el.getBoundingClientRect().right > 391 && !el.closest('.browse-chips')).map((el) => el.className || el.tagName).slice(0, 5),
      };
    });
  await expect.poll(layout).toEqual({ clipped: [], overlapping: [], scrollWidth: 390, wider: [] });
  await page.screenshot({ path: 'test-results/browse-390x844-200pct.png' });
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
  await cdp.detach();
  // The select mode and the actions sheet too.
  await page.locator('[data-action="select"]').tap();
  await page.locator(`.browse-row[data-card-id="${suspended}"] input`).tap();
  await page.locator('[data-action="mark-selected"]').tap();
  await page.locator('[data-role="mark-sheet"]').waitFor();
  await page.screenshot({ path: 'test-results/browse-sheet-390x844-dark.png' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.locator('[data-role="mark-sheet"] button[data-action="unsuspend"]').tap();
  await expect.poll(() => marksOf(page, suspended)).toBeNull();
});
