// Home's deck tree with counts and Study links, the settings screen, and the update banner's "never mid-card" rule.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { simulateWaitingUpdate } from '../../src/ui/update/update-state.ts';
import { MINI_DECK, MINI_INDEX, fakeFetchJson } from './fixtures.ts';
import { closeApp, findElement, gradesReady, renderApp, type Harness } from './harness.tsx';

let harness: Harness | null = null;
afterEach(async () => {
  await closeApp(harness);
  harness = null;
  localStorage.clear(); // which rows are open is remembered across visits
});

/** Opens a row of Home's tree (rows start collapsed) and waits for its children. */
async function openRow(nodeId: string): Promise<void> {
  const toggle = await findElement<HTMLButtonElement>(`[data-node-id="${nodeId}"] > .node-row > button[aria-expanded]`);
  fireEvent.click(toggle);
  await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
}

function countsOf(nodeId: string): Record<string, string | null> {
  const node = document.querySelector(`[data-node-id="${nodeId}"]`);
  if (!node) throw new Error(`no node ${nodeId}`);
  const read = (kind: string) => node.querySelector(`[data-count="${kind}"]`)?.textContent ?? null;
  return { new: read('new'), learning: read('learning'), due: read('due') };
}

describe('Home', () => {
  it('shows the deck tree with counts and a Study link on every node', async () => {
    harness = renderApp('/');
    // The roadmap row comes first (from the deck index while the cards merge), its sections once merged.
    await waitFor(() => expect(countsOf('mini')).toEqual({ new: '4', learning: '0', due: '0' }));
    await openRow('mini');
    await waitFor(() => expect(document.querySelector('[data-node-id="mini.s1"]')).not.toBeNull());
    expect(countsOf('mini.s1')).toEqual({ new: '2', learning: '0', due: '0' });
    expect(countsOf('mini.s2')).toEqual({ new: '2', learning: '0', due: '0' });
    for (const id of ['mini', 'mini.s1', 'mini.s2']) {
      expect(document.querySelector(`[data-node-id="${id}"] a[href="/study/${id}"]`)).not.toBeNull();
    }
    expect(screen.getByText('第一阶段')).toBeTruthy();
  });

  it('says when the next card is due when nothing is', async () => {
    harness = renderApp('/', async (roadcards, now) => {
      for (const card of MINI_DECK.cards) await roadcards.grade(card.id, 4, now);
    });
    const next = await waitFor(() => {
      const element = document.querySelector('[data-role="next-due"]');
      expect(element).not.toBeNull();
      return element!;
    });
    expect(countsOf('mini')).toEqual({ new: '0', learning: '0', due: '0' });
    expect(next.textContent).toMatch(/下一张卡片 .*天后到期/);
  });

  it('says which deck file could not be loaded and still shows the others', async () => {
    const broken = async (path: string) => {
      if (path === 'decks/index.json') {
        const index = structuredClone(MINI_INDEX);
        index.decks.push({ ...index.decks[0]!, id: 'bad', slug: 'bad', path: 'bad.json', contentHash: 'bad-v1' });
        return index;
      }
      if (path === 'decks/bad.json') return { formatVersion: 1, id: 'bad' };
      return fakeFetchJson(path);
    };
    harness = renderApp('/', undefined, broken);
    const note = await findElement('[data-role="sync-problems"]');
    expect(note.textContent).toContain('1 个卡组文件未能载入');
    expect(note.textContent).toContain('decks/bad.json');
    expect(countsOf('mini')).toEqual({ new: '4', learning: '0', due: '0' });
  });

  it('opens a study session from a node\'s Study link', async () => {
    harness = renderApp('/');
    await openRow('mini');
    const link = await waitFor(() => {
      const element = document.querySelector<HTMLAnchorElement>('a[href="/study/mini.s2"]');
      expect(element).not.toBeNull();
      return element!;
    });
    fireEvent.click(link);
    await waitFor(() => expect(document.querySelector('[data-card-id]')?.getAttribute('data-card-id')).toBe('mini-c3'));
  });
});

describe('Settings', () => {
  it('saves valid scheduler settings and refuses invalid ones', async () => {
    harness = renderApp('/settings');
    const newPerDay = await screen.findByLabelText<HTMLInputElement>('每日新卡上限');
    expect(newPerDay.value).toBe('20');
    expect(document.querySelector('[data-role="persistence"]')?.getAttribute('data-persisted')).toBe('false');

    fireEvent.input(newPerDay, { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const status = await findElement('[data-role="save-status"]');
    await waitFor(() => expect(status.textContent).toMatch(/✓ 已保存（.+）/));
    expect((await (await harness.data.ready).getSettings()).newPerDay).toBe(5);
    // The confirmation stays until the next edit (the save's own re-render used to clear it at once).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(status.textContent).toContain('已保存');

    const retention = screen.getByLabelText<HTMLInputElement>('目标记忆保持率');
    fireEvent.input(retention, { target: { value: '1.5' } });
    expect(status.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toContain('目标记忆保持率');
    // The wrong field takes the focus, with its own error read out as its description.
    await waitFor(() => expect(document.activeElement).toBe(retention));
    const error = document.getElementById(retention.getAttribute('aria-describedby')!);
    expect(error?.textContent).toBe('请输入 0.7 到 0.99 之间的数，例如 0.9');
    expect((await (await harness.data.ready).getSettings()).desiredRetention).toBe(0.9);
  });
});

describe('update banner', () => {
  it('applies at once on Home', async () => {
    harness = renderApp('/');
    await waitFor(() => expect(document.querySelector('[data-node-id="mini"]')).not.toBeNull());
    const activate = vi.fn();
    simulateWaitingUpdate(activate);
    const banner = await findElement('[data-role="update-banner"]');
    expect(banner.textContent).toContain('更新可用');
    fireEvent.click(banner.querySelector('button[data-action="apply-update"]')!);
    await waitFor(() => expect(activate).toHaveBeenCalledTimes(1)); // once pending writes (none here) settle
  });

  it('waits for the card on screen to be graded and stored, and shows no next card', async () => {
    harness = renderApp('/study/mini');
    await waitFor(() => expect(document.querySelector('[data-card-id="mini-c1"]')).not.toBeNull());
    const activate = vi.fn();
    simulateWaitingUpdate(activate);
    fireEvent.click(await findElement('button[data-action="apply-update"]'));
    expect(activate).not.toHaveBeenCalled();
    expect(document.querySelector('[data-role="update-banner"]')?.textContent).toContain('答完这张卡片后更新');

    fireEvent.keyDown(window, { key: ' ' });
    await waitFor(() => expect(document.querySelector('[data-side="back"]')).not.toBeNull());
    await gradesReady();
    fireEvent.keyDown(window, { key: '3' });
    await waitFor(() => expect(activate).toHaveBeenCalledTimes(1));
    expect(document.querySelector('[data-card-id]')).toBeNull();
    const roadcards = await harness.data.ready;
    const [root] = await roadcards.deckTree(harness.clock.now);
    expect(root?.counts).toEqual({ new: 3, learning: 1, due: 0 }); // the grade was stored before the update went ahead
  });
});
