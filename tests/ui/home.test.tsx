// Home for one thumb: the Study-due action, one-line rows that open on demand, counts in words, names a screen reader can use.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MINI_DECK } from './fixtures.ts';
import { closeApp, findElement, renderApp, type Harness } from './harness.tsx';

let harness: Harness | null = null;
afterEach(async () => {
  await closeApp(harness);
  harness = null;
  localStorage.clear();
});

function toggleOf(nodeId: string): HTMLButtonElement {
  const toggle = document.querySelector<HTMLButtonElement>(`[data-node-id="${nodeId}"] > .node-row > button[aria-expanded]`);
  if (!toggle) throw new Error(`no toggle for ${nodeId}`);
  return toggle;
}

describe('Home', () => {
  it('offers one Study-due action with the day’s total, and it opens a session', async () => {
    harness = renderApp('/');
    const action = await findElement<HTMLAnchorElement>('[data-action="study-due"]');
    expect(action.textContent).toBe('开始复习 · 4 张');
    expect(action.getAttribute('href')).toBe('/study/all');
    fireEvent.click(action);
    await waitFor(() => expect(document.querySelector('[data-card-id]')?.getAttribute('data-card-id')).toBe('mini-c1'));
  });

  it('has no Study-due action when nothing is due, and says when the next card is', async () => {
    harness = renderApp('/', async (roadcards, now) => {
      for (const card of MINI_DECK.cards) await roadcards.grade(card.id, 4, now);
    });
    await findElement('[data-role="next-due"]');
    expect(document.querySelector('[data-action="study-due"]')).toBeNull();
  });

  it('starts with each roadmap on one line and renders a row’s children only once it is opened', async () => {
    harness = renderApp('/');
    await findElement('[data-node-id="mini"]');
    expect(document.querySelector('[data-node-id="mini.s1"]')).toBeNull();
    expect(document.querySelector('a[href="/study/mini"]')).not.toBeNull();
    expect(document.querySelector('a[href^="/drill/"]')).toBeNull(); // Drill lives in the opened row, not on every line

    fireEvent.click(toggleOf('mini'));
    await findElement('[data-node-id="mini.s1"]');
    expect(toggleOf('mini').getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelector('[data-node-id="mini"] a[href="/drill/mini"]')).not.toBeNull();

    fireEvent.click(toggleOf('mini'));
    await waitFor(() => expect(document.querySelector('[data-node-id="mini.s1"]')).toBeNull());
  });

  it('remembers which rows are open on the next visit', async () => {
    harness = renderApp('/');
    await findElement('[data-node-id="mini"]');
    fireEvent.click(toggleOf('mini'));
    await findElement('[data-node-id="mini.s2"]');
    await closeApp(harness);
    harness = renderApp('/');
    await findElement('[data-node-id="mini.s2"]');
  });

  it('names rows by their title with the state in aria-expanded, and speaks the counts', async () => {
    harness = renderApp('/');
    await findElement('[data-node-id="mini"]');
    const toggle = screen.getByRole('button', { name: '迷你路线图' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const description = document.getElementById(toggle.getAttribute('aria-describedby')!);
    expect(description?.textContent).toBe('4 张新卡，0 张学习中，0 张待复习');
    expect(screen.getByRole('link', { name: '学习：迷你路线图' }).getAttribute('href')).toBe('/study/mini');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    // Nothing interactive inside another interactive element (axe: nested-interactive).
    expect(document.querySelectorAll('button a, a button, a a, button button, summary a')).toHaveLength(0);
  });

  it('sends the Drill shortcut (/drill) to the node with the soonest interview, or to Home without one', async () => {
    harness = renderApp('/drill', async (roadcards, now) => {
      await roadcards.setInterviewDate('mini.s2', now + 3 * 86_400_000);
    });
    await findElement('[data-screen="drill-setup"]');
    expect(window.location.pathname).toBe('/drill/mini.s2');
    await closeApp(harness);

    harness = renderApp('/drill');
    await findElement('[data-screen="home"]');
    expect(window.location.pathname).toBe('/');
  });
});
