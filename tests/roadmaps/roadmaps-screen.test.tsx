// The Roadmaps screen as a learner uses it (jsdom): choose a file, read the report, add it; paste a bad one; remove one.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RoadcardsDb } from '../../src/storage/schema.ts';
import { closeApp, findElement, renderApp, type Harness } from '../ui/harness.tsx';
import { summaryLines } from '../../src/ui/screens/settings/backup-lib.ts';
import { MY_ROADMAP } from './fixtures.ts';

let harness: Harness | null = null;
let raw: RoadcardsDb | null = null;
afterEach(async () => {
  raw?.close();
  raw = null;
  await closeApp(harness);
  harness = null;
});

async function openRoadmaps(): Promise<RoadcardsDb> {
  harness = renderApp('/roadmaps');
  await screen.findByText('还没有在应用里添加路线图。');
  raw = new RoadcardsDb(harness.dbName);
  await raw.open();
  return raw;
}

function chooseFile(text: string, name: string): void {
  const input = document.querySelector<HTMLInputElement>('[data-action="add-roadmap"]')!;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/markdown' })] } });
}

describe('the Roadmaps screen', () => {
  it('shows the report of a chosen file, adds it on confirm, lists it, and removes it after a second tap with its history kept', async () => {
    const db = await openRoadmaps();
    chooseFile(MY_ROADMAP, 'my-cache.md');
    const report = await findElement('[data-role="roadmap-report"]');
    expect(report.textContent).toContain('编译报告：我的缓存笔记');
    expect(report.querySelector('[data-figure="sections"]')!.textContent).toMatch(/\d+ 个章节/);
    const cards = Number(/(\d+) 张卡片/.exec(report.querySelector('[data-figure="cards"]')!.textContent!)![1]);
    expect(cards).toBeGreaterThanOrEqual(5);
    fireEvent.click(screen.getByRole('button', { name: `添加 ${cards} 张卡片` }));
    await screen.findByText(`已添加「我的缓存笔记」：新卡片 ${cards} 张。`, { exact: false });
    expect(await db.cards.where('deckId').equals('my-cache').count()).toBe(cards);
    await findElement('[data-roadmap-id="my-cache"]');

    const [first] = await db.cards.where('deckId').equals('my-cache').toArray();
    await (await harness!.data.ready).grade(first!.id, 3, harness!.clock.now);
    fireEvent.click(screen.getByRole('button', { name: '移除' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认移除「我的缓存笔记」' }));
    await screen.findByText(`已移除「我的缓存笔记」，${cards} 张卡片退出复习，复习记录保留。`);
    await waitFor(() => expect(document.querySelector('[data-roadmap-id="my-cache"]')).toBeNull());
    expect(await db.logs.where('cardId').equals(first!.id).count()).toBe(1);
    expect(await db.states.get(first!.id)).toMatchObject({ retired: 1, reps: 1 });
  });

  it('pasted text with an error shows `line: message`, offers no add button and writes nothing', async () => {
    const db = await openRoadmaps();
    const before = await db.cards.count();
    fireEvent.input(screen.getByLabelText('路线图文本'), { target: { value: `# 标题\n\n${'> '.repeat(150)}太深\n` } });
    fireEvent.click(screen.getByRole('button', { name: '编译' }));
    const problem = await findElement('[data-role="roadmap-problems"] [data-severity="error"] code');
    expect(problem.textContent).toMatch(/^3: /);
    await screen.findByText('文件有错误，未添加任何内容。修改后请重新选择文件。');
    expect(document.querySelector('[data-action="confirm-add-roadmap"]')).toBeNull();
    expect(await db.cards.count()).toBe(before);
    expect(await db.roadmaps.count()).toBe(0);
  });

  it('refuses a file named like a built-in roadmap before offering to add it', async () => {
    await openRoadmaps();
    const builtIn = (await (await harness!.data.ready).roadmaps(harness!.clock.now))[0]!;
    chooseFile(MY_ROADMAP, `${builtIn.id}.md`);
    await screen.findByText(`内置路线图「${builtIn.title}」已使用这个文件名，请换一个文件名。`);
    expect(document.querySelector('[data-action="confirm-add-roadmap"]')).toBeNull();
  });

  it('refuses a file over the size limit without reading it, with `1: message`, and names a file that is not .md or .txt', async () => {
    await openRoadmaps();
    chooseFile('#'.repeat(4 * 1024 * 1024 + 1), 'huge.md');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^1: file is 4\.0 MB; a roadmap may be at most 4\.0 MB/);
    chooseFile(MY_ROADMAP, 'notes.json');
    await screen.findByText('「notes.json」不是 .md 或 .txt 文件：路线图需要是 Markdown 或文本文件。');
  });

  it('the backup summary says how many added roadmaps an import restored, and nothing when none', async () => {
    await openRoadmaps();
    const summary = { reviewsAdded: 3, cardsUpdated: 2, drillsAdded: 0, interviewsAdded: 0, settingsRestored: false };
    expect(summaryLines({ ...summary, roadmapsRestored: 2 }).at(-1)).toBe('恢复了 2 个在应用里添加的路线图。');
    expect(summaryLines(summary)).toHaveLength(1);
  });
});
