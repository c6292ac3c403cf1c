// The study screen over real storage (fake-indexeddb): reveal → grade → next → undo, keys, progress, the done screen.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { findNode } from '../../src/ui/screens/study/lib.ts';
import { closeApp, gradesReady, renderApp, type Harness } from './harness.tsx';

let harness: Harness | null = null;
afterEach(async () => {
  await closeApp(harness);
  harness = null;
});

function cardOnScreen(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-card-id]');
  if (!element) throw new Error('no card on screen');
  return element;
}

async function waitForCard(id: string, side: 'front' | 'back' = 'front'): Promise<HTMLElement> {
  return waitFor(() => {
    const card = cardOnScreen();
    expect(card.dataset.cardId).toBe(id);
    expect(card.dataset.side).toBe(side);
    return card;
  });
}

function progress(): { now: string | null; max: string | null } {
  const bar = screen.getByRole('progressbar');
  return { now: bar.getAttribute('aria-valuenow'), max: bar.getAttribute('aria-valuemax') };
}

function button(selector: string): HTMLButtonElement {
  const found = document.querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

async function nodeCounts(id: string) {
  const roadcards = await harness!.data.ready;
  return findNode(await roadcards.deckTree(harness!.clock.now), id)?.counts;
}

describe('study session', () => {
  it('reveals, grades to the next card, and undo brings the card and the counts back', async () => {
    harness = renderApp('/study/mini');
    const first = await waitForCard('mini-c1');
    expect(first.textContent).toContain('goroutine 是什么？');
    // The roadmap's title joins the breadcrumb once the tree has loaded, after the first card is up.
    await waitFor(() => expect(first.textContent).toContain('迷你路线图'));
    expect(first.textContent).not.toContain('轻量线程');
    expect(progress()).toEqual({ now: '0', max: '4' });

    fireEvent.click(button('button[data-action="reveal"]'));
    const back = await waitForCard('mini-c1', 'back');
    expect(back.querySelector('code')?.textContent).toBe('go f()');
    // Intervals in the UI language's units (zh here), not "1m/10m/6d".
    expect(button('button[data-grade="1"]').textContent).toContain('1分钟');
    expect(button('button[data-grade="3"]').textContent).toContain('10分钟');
    expect(button('button[data-grade="4"]').textContent).toMatch(/\d+天/);

    await gradesReady();
    fireEvent.click(button('button[data-grade="3"]'));
    await waitForCard('mini-c2');
    // c1 (Good: 10m step) comes back in this session: not finished yet, and the total stays the session's 4 cards.
    expect(progress()).toEqual({ now: '0', max: '4' });
    await waitFor(async () => expect(await nodeCounts('mini')).toEqual({ new: 3, learning: 1, due: 0 }));

    fireEvent.click(button('button[data-action="undo"]'));
    await waitForCard('mini-c1');
    expect(progress()).toEqual({ now: '0', max: '4' });
    expect(await nodeCounts('mini')).toEqual({ new: 4, learning: 0, due: 0 });
    expect(button('button[data-action="undo"]').disabled).toBe(true);
  });

  it('works from the keyboard: Space reveals, 1–4 grade, U and Ctrl+Z undo', async () => {
    harness = renderApp('/study/mini');
    await waitForCard('mini-c1');
    fireEvent.keyDown(window, { key: '3' });
    expect(cardOnScreen().dataset.side).toBe('front'); // no grading an unseen answer
    fireEvent.keyDown(window, { key: ' ', code: 'Space' });
    await waitForCard('mini-c1', 'back');
    await gradesReady();
    fireEvent.keyDown(window, { key: '4' });
    await waitForCard('mini-c2');
    fireEvent.keyDown(window, { key: 'Enter' });
    await waitForCard('mini-c2', 'back');
    await gradesReady();
    fireEvent.keyDown(window, { key: '1' });
    await waitForCard('mini-c3');
    expect(progress()).toEqual({ now: '1', max: '4' }); // c1 graduated (Easy); c2 (Again) comes back

    fireEvent.keyDown(window, { key: 'u' });
    await waitForCard('mini-c2');
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitForCard('mini-c1');
    expect(await nodeCounts('mini')).toEqual({ new: 4, learning: 0, due: 0 });
  });

  it('ends on a done screen that says when the next card is due, and asks for persistent storage', async () => {
    harness = renderApp('/study/mini.s2');
    for (const id of ['mini-c3', 'mini-c4']) {
      await waitForCard(id);
      fireEvent.keyDown(window, { key: ' ' });
      await waitForCard(id, 'back');
      await gradesReady();
      fireEvent.keyDown(window, { key: '4' });
    }
    const done = await waitFor(() => {
      const element = document.querySelector<HTMLElement>('[data-screen="done"]');
      expect(element?.querySelector('[data-next-due]')).not.toBeNull();
      return element!;
    });
    expect(document.querySelector('[data-card-id]')).toBeNull();
    expect(progress()).toEqual({ now: '2', max: '2' });
    const nextDue = Number(done.querySelector<HTMLElement>('[data-next-due]')!.dataset.nextDue);
    expect(nextDue).toBeGreaterThan(harness.clock.now + 24 * 3_600_000);
    expect(done.textContent).toMatch(/下一张卡片 .*天后到期/);
    const settings = await (await harness.data.ready).getSettings();
    expect(settings.persisted).toBe(false); // asked once (jsdom has no navigator.storage): no longer null
  });

  it('paints each next card before its write has finished', async () => {
    harness = renderApp('/study/mini');
    await waitForCard('mini-c1');
    fireEvent.keyDown(window, { key: ' ' });
    await waitForCard('mini-c1', 'back');
    await gradesReady();
    fireEvent.keyDown(window, { key: '3' });
    // Synchronously after the key: the next card is already in the DOM, no IndexedDB round-trip in between.
    expect(cardOnScreen().dataset.cardId).toBe('mini-c2');
  });
});
