// Browse over the mini roadmap: search as you type (front, back, section, any case), filters, sort, and a bulk suspend with undo.
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { closeApp, findElement, renderApp, type Harness } from './harness.tsx';

let harness: Harness | null = null;
afterEach(async () => {
  await closeApp(harness);
  harness = null;
});

const shown = () => [...document.querySelectorAll('.browse-row')].map((row) => row.getAttribute('data-card-id'));

function search(text: string): void {
  const input = document.querySelector<HTMLInputElement>('[data-role="browse-search"]')!;
  input.value = text;
  fireEvent.input(input);
}

describe('Browse', () => {
  it('lists every card of the roadmap and narrows as the learner types, in front, back and section, any case', async () => {
    harness = renderApp('/browse/mini');
    await findElement('[data-screen="browse"]');
    expect(shown()).toEqual(['mini-c1', 'mini-c2', 'mini-c3', 'mini-c4']);
    search('goroutine');
    // c1 by its front; c2 and c4 by their backs.
    expect(shown()).toEqual(['mini-c1', 'mini-c2', 'mini-c4']);
    search('第二阶段');
    expect(shown()).toEqual(['mini-c3', 'mini-c4']);
    search('WAITGROUP');
    expect(shown()).toEqual(['mini-c4']);
    expect(document.querySelector('.browse-found')?.textContent).toBe('找到 1 张卡片');
    search('没有这个词');
    expect(shown()).toEqual([]);
    expect(document.querySelector('.empty')?.textContent).toBe('没有符合的卡片。');
  });

  it('opens a section\'s cards only, and a card\'s info on tap', async () => {
    harness = renderApp('/browse/mini.s1');
    await findElement('[data-screen="browse"]');
    expect(shown()).toEqual(['mini-c1', 'mini-c2']);
    expect(document.querySelector('h1')?.textContent).toBe('浏览：迷你路线图 › 第一阶段');
    expect(document.querySelector('[data-card-id="mini-c2"] a')?.getAttribute('href')).toBe('/card/mini-c2');
  });

  it('filters by state and sorts by due date', async () => {
    harness = renderApp('/browse', async (roadcards, now) => {
      await roadcards.grade('mini-c3', 3, now - 3 * 86_400_000);
      await roadcards.grade('mini-c3', 1, now - 3 * 86_400_000 + 60_000);
    });
    await findElement('[data-screen="browse"]');
    fireEvent.click(document.querySelector('[data-filter="learning"]')!);
    expect(shown()).toEqual(['mini-c3']);
    fireEvent.click(document.querySelector('[data-filter="new"]')!);
    expect(shown()).toEqual(['mini-c1', 'mini-c2', 'mini-c4']);
    fireEvent.click(document.querySelector('[data-filter="all"]')!);
    const sort = document.querySelector<HTMLSelectElement>('[data-role="browse-sort"]')!;
    sort.value = 'due';
    fireEvent.change(sort);
    expect(shown()[0]).toBe('mini-c3');
  });

  it('suspends the selected cards at once: they leave the study queue; undo brings them back', async () => {
    harness = renderApp('/browse/mini');
    await findElement('[data-screen="browse"]');
    fireEvent.click(document.querySelector('[data-action="select"]')!);
    for (const id of ['mini-c1', 'mini-c3']) fireEvent.click(document.querySelector(`[data-card-id="${id}"] input`)!);
    fireEvent.click(document.querySelector('[data-action="mark-selected"]')!);
    expect((await findElement('[data-role="mark-sheet"] h2')).textContent).toBe('对 2 张卡片');
    fireEvent.click(document.querySelector('[data-role="mark-sheet"] [data-action="suspend"]')!);
    expect((await findElement('[data-role="marks-toast"]')).textContent).toContain('已暂停 2 张卡片');
    const roadcards = await harness.data.ready;
    const queued = async () => (await roadcards.studyItems('mini', harness!.clock.now)).map((item) => item.card.id);
    expect(await queued()).toEqual(['mini-c2', 'mini-c4']);
    await waitFor(() => expect(document.querySelector('[data-filter="suspended"]')?.textContent).toContain('2'));
    fireEvent.click(document.querySelector('[data-filter="suspended"]')!);
    expect(shown()).toEqual(['mini-c1', 'mini-c3']);
    expect(document.querySelector('[data-card-id="mini-c1"]')?.textContent).toContain('已暂停');
    fireEvent.click(document.querySelector('[data-action="undo-marks"]')!);
    await waitFor(() => expect(document.querySelector('[data-role="marks-toast"]')?.textContent).toBe('已撤销'));
    expect(await queued()).toEqual(['mini-c1', 'mini-c2', 'mini-c3', 'mini-c4']);
    await waitFor(() => expect(shown()).toEqual([]));
  });

  it('flags and notes one card; the note is searchable and the flag is said in words', async () => {
    harness = renderApp('/browse/mini');
    await findElement('[data-screen="browse"]');
    fireEvent.click(document.querySelector('[data-action="select"]')!);
    fireEvent.click(document.querySelector('[data-card-id="mini-c4"] input')!);
    fireEvent.click(document.querySelector('[data-action="mark-selected"]')!);
    fireEvent.click((await findElement('[data-role="mark-sheet"] [data-flag="1"]')));
    await waitFor(() => expect(document.querySelector('[data-card-id="mini-c4"]')?.textContent).toContain('红旗'));
    fireEvent.click(document.querySelector('[data-action="mark-selected"]')!);
    const note = await findElement<HTMLTextAreaElement>('[data-role="mark-sheet"] textarea');
    note.value = '和 errgroup 对比';
    fireEvent.input(note);
    fireEvent.click(document.querySelector('[data-action="save-note"]')!);
    await waitFor(() => expect(document.querySelector('[data-card-id="mini-c4"]')?.textContent).toContain('有笔记'));
    search('errgroup');
    expect(shown()).toEqual(['mini-c4']);
  });

  it('card info shows the marks in words and the note', async () => {
    harness = renderApp('/card/mini-c3', async (roadcards, now) => void (await roadcards.markCards(['mini-c3'], { suspended: true, flag: 4, note: '和 errgroup 对比' }, now)));
    const marks = await findElement('[data-screen="card-info"] [data-role="card-marks"]');
    expect(marks.textContent).toContain('已暂停 · 蓝旗');
    expect(marks.textContent).toContain('和 errgroup 对比');
  });
});
