// A roadmap added in the app, re-added with a stage heading renamed, in real Chromium: the screen says its cards moved
// with progress kept, the studied ones are not new again, no review is lost; the message fits a phone and passes axe.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, test } from 'vitest';
import { nodeCounts, openProfile, storeCount, visitUntilControlled, type Profile } from './app.ts';
import { seriousViolations } from './axe.ts';
import { logCount, storedCards, storedState } from './roadmap-idb.ts';
import { addFile, confirmAdd } from './roadmap-screen.ts';
import { cardOnScreen, studyCards } from './study.ts';

const WIDTH = 390;
const dir = mkdtempSync(join(tmpdir(), 'roadcards-roadmap-moved-'));
let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A roadmap no file in this repository holds: a random word in its name and terms. */
const word = Math.random().toString(36).slice(2, 8);
const FILE = `e2e-moved-${word}.md`;
const DECK_ID = `e2e-moved-${word}`;
const STAGE = `## 第一阶段：存储 ${word}`;
const RENAMED_STAGE = `## 第一阶段：数据存储 ${word}`;
const ROADMAP = `# 移动测试 ${word}

${STAGE}

- 键值存储${word}：按键读写的数据库
- 倒排索引${word}：从词到文档的映射
- 写前日志${word}：先写日志再改数据

## 第二阶段：网络 ${word}

- 三次握手${word}：建立 TCP 连接的过程
- 拥塞控制${word}：按网络状况调节发送速率
`;

function write(content: string): string {
  const path = join(dir, FILE);
  writeFileSync(path, content);
  return path;
}

test('a roadmap re-added with a heading renamed: the screen says its cards moved with progress kept, the studied ones are not new, no review lost; the message fits 390×844 and passes axe', async () => {
  profile = await openProfile({ width: WIDTH, height: 844, locale: 'zh-CN' });
  const { page } = profile;
  const origin = () => new URL(page.url()).origin;
  await visitUntilControlled(page, '/roadmaps');
  await addFile(page, write(ROADMAP));
  await confirmAdd(page);
  const before = await storedCards(page, DECK_ID);

  // Two cards of the first stage studied (new cards come in roadmap order: its first two definitions).
  await page.goto(`${origin()}/study/${DECK_ID}`);
  const studied = await studyCards(page, 'tap', 2);
  for (const id of studied) expect(before.find((card) => card.id === id)!.front).toContain(STAGE.slice(3));
  await expect.poll(() => storeCount(page, 'logs')).toBe(2);
  await page.goto(`${origin()}/`);
  const countsBefore = await nodeCounts(page, DECK_ID);
  expect(countsBefore.learning).toBe(2);

  // The same file with the stage heading renamed: each card under it gets a new id (the id hashes the section path).
  await page.goto(`${origin()}/roadmaps`);
  await addFile(page, write(ROADMAP.replace(STAGE, RENAMED_STAGE)));
  await page.locator('.roadmap-report__note').waitFor();
  await confirmAdd(page);
  const done = page.locator('[data-role="roadmap-done"]');
  // All three cards under the heading moved, none added or retired.
  expect(await done.textContent()).toMatch(/新增 0，修改 \d+，移到别的标题下 3（进度保留），退出 0，/);

  const after = await storedCards(page, DECK_ID);
  const moved = studied.map((id) => {
    const old = before.find((card) => card.id === id)!;
    expect(after.find((card) => card.id === id), id).toMatchObject({ retired: 1 });
    const now = after.find((card) => card.retired === 0 && card.back === old.back)!;
    expect(now.id).not.toBe(id);
    expect(now.front).toContain(RENAMED_STAGE.slice(3));
    return now.id;
  });
  expect(await storeCount(page, 'logs')).toBe(2);
  for (const id of moved) {
    expect(await storedState(page, id), id).toMatchObject({ reps: 1, retired: 0 });
    expect(await logCount(page, id), id).toBe(1);
  }

  // The message on a phone: within the screen's width, nothing clipped, no serious axe finding in light or dark.
  await done.scrollIntoViewIfNeeded();
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/roadmaps-moved-390x844.png' });
  const box = (await done.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  expect(await done.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page), scheme).toEqual([]);
  }

  // Home counts as before the edit (the two still learning, not new), and studying offers a card not yet seen.
  await page.goto(`${origin()}/`);
  expect(await nodeCounts(page, DECK_ID)).toEqual(countsBefore);
  await page.goto(`${origin()}/study/${DECK_ID}`);
  const offered = await cardOnScreen(page);
  expect([...studied, ...moved]).not.toContain(offered);
});
