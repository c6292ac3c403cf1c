// Study without accidental grades or confusing figures: the reveal guard, a fixed session total, a truthful done count, undo feedback.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { closeApp, findElement, gradesReady, renderApp, type Harness } from './harness.tsx';

let harness: Harness | null = null;
afterEach(async () => {
  await closeApp(harness);
  harness = null;
  delete document.documentElement.dataset.keyboard;
});

function side(): string | undefined {
  return document.querySelector<HTMLElement>('[data-card-id]')?.dataset.side;
}

function cardId(): string | undefined {
  return document.querySelector<HTMLElement>('[data-card-id]')?.dataset.cardId;
}

async function logCount(): Promise<number> {
  const roadcards = await harness!.data.ready;
  const [root] = await roadcards.deckTree(harness!.clock.now);
  const counts = root!.counts;
  return 4 - counts.new; // every graded card left "new"
}

function progress(): string {
  const bar = screen.getByRole('progressbar');
  return `${bar.getAttribute('aria-valuenow')}/${bar.getAttribute('aria-valuemax')}`;
}

describe('study frictions', () => {
  it('ignores a grade tapped or keyed right after the reveal (a double tap) and takes one once the grades are ready', async () => {
    harness = renderApp('/study/mini');
    await findElement('[data-card-id="mini-c1"]');
    fireEvent.click(document.querySelector('button[data-action="reveal"]')!);
    await waitFor(() => expect(side()).toBe('back'));
    const bar = document.querySelector<HTMLElement>('.answer-bar--grades')!;
    expect(bar.dataset.ready).toBe('false');
    expect(document.querySelector('button[data-grade="3"]')!.getAttribute('aria-disabled')).toBe('true');
    // The reveal button's spot now holds the prompt, not a grade button.
    expect(document.querySelector('button[data-action="reveal"]')).toBeNull();
    expect(bar.querySelector('#grade-prompt')?.textContent).toContain('记得怎么样');

    fireEvent.click(document.querySelector('button[data-grade="3"]')!);
    fireEvent.keyDown(window, { key: '4' });
    expect(cardId()).toBe('mini-c1');
    expect(side()).toBe('back');

    await gradesReady();
    expect(document.querySelector('button[data-grade="3"]')!.hasAttribute('aria-disabled')).toBe(false);
    fireEvent.click(document.querySelector('button[data-grade="3"]')!);
    expect(cardId()).toBe('mini-c2');
    await waitFor(async () => expect(await logCount()).toBe(1));
  });

  it('keeps the session total fixed while cards come back, and the done screen counts cards and answers truthfully', async () => {
    harness = renderApp('/study/mini');
    await findElement('[data-card-id]');
    const totals = new Set<string>();
    let answers = 0;
    while (document.querySelector('[data-card-id]') && answers < 20) {
      totals.add(screen.getByRole('progressbar').getAttribute('aria-valuemax')!);
      fireEvent.keyDown(window, { key: ' ' });
      await waitFor(() => expect(side()).toBe('back'));
      await gradesReady();
      fireEvent.keyDown(window, { key: '3' });
      answers += 1;
      await waitFor(() => expect(document.querySelector('[data-card-id][data-side="front"], [data-screen="done"]')).not.toBeNull());
    }
    expect(totals).toEqual(new Set(['4'])); // never 0/4 → 1/5
    expect(answers).toBe(8); // each new card: Good to the 10-minute step, Good again to graduate
    const done = await findElement('[data-role="done-count"]');
    expect(done.textContent).toBe('本轮复习了 4 张卡片，共作答 8 次。');
    expect(progress()).toBe('4/4');
  });

  it('says 已撤销 in a live region after an undo, with the undo button at the bottom beside the reveal button', async () => {
    harness = renderApp('/study/mini');
    await findElement('[data-card-id="mini-c1"]');
    const undo = document.querySelector<HTMLButtonElement>('.answer-bar button[data-action="undo"]');
    expect(undo?.disabled).toBe(true);
    fireEvent.keyDown(window, { key: ' ' });
    await gradesReady();
    fireEvent.keyDown(window, { key: '1' });
    await findElement('[data-card-id="mini-c2"]');
    const status = document.querySelector('.undo-notice[role="status"]')!;
    expect(status.textContent).toBe('');
    fireEvent.click(document.querySelector('.answer-bar button[data-action="undo"]')!);
    await findElement('[data-card-id="mini-c1"]');
    await waitFor(() => expect(status.textContent).toBe('已撤销'));
  });

  it('shows keyboard hints only once a key is pressed outside a text field', async () => {
    harness = renderApp('/study/mini');
    await findElement('[data-card-id="mini-c1"]');
    expect(document.querySelector('button[data-action="reveal"] .keys-only')?.textContent).toBe('空格或回车');
    expect(document.documentElement.dataset.keyboard).toBeUndefined();
    const field = document.body.appendChild(document.createElement('input'));
    fireEvent.keyDown(field, { key: 'a' });
    expect(document.documentElement.dataset.keyboard).toBeUndefined();
    field.remove();
    fireEvent.keyDown(window, { key: ' ' });
    expect(document.documentElement.dataset.keyboard).toBe('true');
  });
});
