// Adding a roadmap in the app, in real Chromium: a file the test writes compiles in the Worker to the CLI's cards, shows on
// Home, is studied, updated offline (progress kept), removed (history kept); a file with errors adds nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { Deck } from '../../src/core/deck/schema.ts';
import { node, openProfile, storeCount, visitUntilControlled, type Profile } from './app.ts';
import { seriousViolations } from './axe.ts';
import { logCount, storedCards, storedState } from './roadmap-idb.ts';
import { addFile, confirmAdd } from './roadmap-screen.ts';
import { studyCard } from './study.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'roadcards-roadmap-e2e-'));
let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

/** A roadmap no file in this repository holds: a random word in its name and terms. */
const word = Math.random().toString(36).slice(2, 8);
const FILE = `e2e-${word}.md`;
const DECK_ID = `e2e-${word}`;
const ROADMAP = `# 测试路线 ${word}

## 第一阶段：存储 ${word}

- 键值存储${word}：按键读写的数据库
- 倒排索引${word}：从词到文档的映射
- 写前日志${word}：先写日志再改数据

## 第二阶段：网络 ${word}

| 协议 | 层 | 用途 |
| --- | --- | --- |
| TCP${word} | 传输层 | 可靠字节流 |
| UDP${word} | 传输层 | 无连接数据报 |
`;

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** `npm run decks` on one file, the CLI itself: the deck it writes. */
function compileWithCli(name: string, content: string): Deck {
  const src = mkdtempSync(join(tmpdir(), 'roadcards-roadmap-src-'));
  const out = mkdtempSync(join(tmpdir(), 'roadcards-roadmap-out-'));
  try {
    writeFileSync(join(src, name), content);
    const run = spawnSync('npx', ['tsx', 'scripts/compile-decks.ts', '--src', src, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(readFileSync(join(out, `${DECK_ID}.json`), 'utf8')) as Deck;
  } finally {
    rmSync(src, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

test('a roadmap file added in the app: same cards as the CLI, on Home, studied, updated offline with progress kept, removed with history kept', async () => {
  profile = await openProfile({ width: 390, height: 844 });
  const { page, context } = profile;
  await visitUntilControlled(page, '/roadmaps');
  await addFile(page, write(FILE, ROADMAP));
  const report = page.locator('[data-role="roadmap-report"]');
  expect(await report.getAttribute('data-blocked')).toBe('false');
  const cli = compileWithCli(FILE, ROADMAP);
  expect(await report.locator('[data-figure="cards"]').textContent()).toContain(String(cli.cards.length));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page), scheme).toEqual([]);
  }
  await confirmAdd(page);
  const stored = await storedCards(page, DECK_ID);
  expect(stored.map(({ id, front, back }) => ({ id, front, back }))).toEqual(cli.cards.map(({ id, front, back }) => ({ id, front, back })));
  await expect.poll(() => page.locator(`[data-roadmap-id="${DECK_ID}"]`).count()).toBe(1);

  await page.locator('a[href="/"]').first().tap();
  await node(page, DECK_ID).waitFor();
  await page.goto(`${new URL(page.url()).origin}/study/${DECK_ID}`);
  const studied = await studyCard(page, 'tap', 3);
  expect(await storedState(page, studied)).toMatchObject({ reps: 1 });

  // Offline: the compiler Worker comes from the precache, and the edited file updates the roadmap in place.
  await context.setOffline(true);
  await page.goto(`${new URL(page.url()).origin}/roadmaps`);
  // New cards come in roadmap order: the first studied is the first definition. The edit rewrites its explanation
  // and drops another line.
  expect(stored.find((card) => card.id === studied)!.front).toContain(`键值存储${word}`);
  const gone = stored.find((card) => card.front.includes(`写前日志${word}`))!;
  const edited = ROADMAP.replace('按键读写的数据库', '按键读写的数据库，支持范围查询').replace(`- 写前日志${word}：先写日志再改数据\n`, '');
  await addFile(page, write(FILE, edited));
  await page.locator('.roadmap-report__note').waitFor();
  await confirmAdd(page);
  const after = await storedCards(page, DECK_ID);
  expect(after.filter((card) => card.retired === 0).map(({ id, front, back }) => ({ id, front, back }))).toEqual(
    compileWithCli(FILE, edited).cards.map(({ id, front, back }) => ({ id, front, back })),
  );
  expect(after.find((card) => card.id === studied)).toMatchObject({ retired: 0, updated: 1 });
  expect(await storedState(page, studied)).toMatchObject({ reps: 1, retired: 0 });
  expect(after.find((card) => card.id === gone.id)).toMatchObject({ retired: 1 });

  // Removed: off Home, its review history still stored.
  const logsBefore = await storeCount(page, 'logs');
  await page.locator('[data-action="remove-roadmap"]').tap();
  await page.locator('[data-action="confirm-remove-roadmap"]').tap();
  await page.locator('[data-role="roadmap-done"]').waitFor();
  await expect.poll(() => page.locator(`[data-roadmap-id="${DECK_ID}"]`).count()).toBe(0);
  expect(await storeCount(page, 'logs')).toBe(logsBefore);
  expect(await logCount(page, studied)).toBe(1);
  expect(await storedState(page, studied)).toMatchObject({ reps: 1, retired: 1 });
  await page.goto(`${new URL(page.url()).origin}/`);
  await page.locator('[data-action="study-due"]').waitFor();
  expect(await node(page, DECK_ID).count()).toBe(0);
});

test('a file with errors shows each as `line: message` and adds nothing; the screen passes axe at 390×844 in light and dark and fits at 200% text', async () => {
  profile = await openProfile({ width: 390, height: 844 });
  const { page } = profile;
  await visitUntilControlled(page, '/roadmaps');
  const before = { decks: await storeCount(page, 'decks'), cards: await storeCount(page, 'cards'), states: await storeCount(page, 'states') };
  // Line 4 holds a byte that is not UTF-8: the compiler refuses the file with that line.
  const bytes = new Uint8Array([...new TextEncoder().encode(`# 坏文件\n\n## 一\n- 词：解释`), 0xff, 0x0a]);
  await addFile(page, write(`bad-${word}.md`, bytes));
  expect(await page.locator('[data-role="roadmap-report"]').getAttribute('data-blocked')).toBe('true');
  expect(await page.locator('[data-role="roadmap-problems"] [data-severity="error"] code').first().textContent()).toMatch(/^4: not UTF-8 text/);
  await page.locator('[data-role="roadmap-blocked"]').waitFor();
  expect(await page.locator('[data-action="confirm-add-roadmap"]').count()).toBe(0);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page), scheme).toEqual([]);
  }
  expect({ decks: await storeCount(page, 'decks'), cards: await storeCount(page, 'cards'), states: await storeCount(page, 'states') }).toEqual(before);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // At 200% text the report, its problems and every control still fit the phone's width, none clipped.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await cdp.detach();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const clipped = await page.locator('[data-screen="roadmaps"] :is(button, a[href], label.button, summary)').evaluateAll((elements) =>
    elements.flatMap((element) => {
      const box = element.getBoundingClientRect();
      const cut = element.scrollWidth > element.clientWidth + 1 || box.left < 0 || box.right > 390;
      return cut ? [element.outerHTML.slice(0, 80)] : [];
    }),
  );
  expect(clipped).toEqual([]);
});

test('a roadmap file shared to the installed app (Web Share Target POST) opens /roadmaps with its report, ready to add', async () => {
  profile = await openProfile({ width: 390, height: 844 });
  const { page } = profile;
  await visitUntilControlled(page, '/roadmaps');
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
    return (await (await fetch(href)).json()) as { share_target?: { action: string; method: string; params: { files: { name: string }[] } } };
  });
  expect(manifest.share_target).toMatchObject({ action: '/roadmaps/share', method: 'POST', params: { files: [{ name: 'roadmap' }] } });
  // What the share sheet does: a multipart POST to the action, answered by the service worker with a redirect.
  const landed = await page.evaluate(async (text) => {
    const form = new FormData();
    form.append('roadmap', new File([text], 'shared-notes.md', { type: 'text/markdown' }));
    const response = await fetch('/roadmaps/share', { method: 'POST', body: form });
    return new URL(response.url).pathname + new URL(response.url).search;
  }, ROADMAP);
  expect(landed).toBe('/roadmaps?shared=1');
  await page.goto(`${new URL(page.url()).origin}${landed}`);
  const report = page.locator('[data-role="roadmap-report"]');
  await report.waitFor();
  expect(await report.locator('[data-figure="cards"]').textContent()).toContain(String(compileWithCli(FILE, ROADMAP).cards.length));
  expect(await report.textContent()).toContain('shared-notes.md');
  await page.locator('[data-action="confirm-add-roadmap"]').waitFor();
  // Read once: opening the landing page again shows no report.
  await page.reload();
  await page.locator('[data-role="added-roadmaps"]').waitFor();
  expect(await report.count()).toBe(0);
});
