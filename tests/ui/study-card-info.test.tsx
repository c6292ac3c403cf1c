// Card info from the study screen: opened after the reveal over the card, keys held while it is open, the session intact after.
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { closeApp, findElement, gradesReady, renderApp, type Harness } from './harness.tsx';

let harness: Harness | null = null;
afterEach(async () => {
  await closeApp(harness);
  harness = null;
});

function card(): { id?: string; side?: string } {
  const element = document.querySelector<HTMLElement>('[data-card-id]');
  return { id: element?.dataset.cardId, side: element?.dataset.side };
}

async function revealFirstCard(): Promise<HTMLButtonElement> {
  await findElement('[data-card-id="mini-c1"]');
  expect(document.querySelector('[data-action="card-info"]')).toBeNull(); // nothing to peek at before the reveal
  fireEvent.click(document.querySelector('button[data-action="reveal"]')!);
  await gradesReady();
  return document.querySelector<HTMLButtonElement>('button[data-action="card-info"]')!;
}

describe('card info in study', () => {
  it('shows source, state and history in a dialog; grade keys do nothing until Escape closes it and focus is back on the control', async () => {
    harness = renderApp('/study/mini');
    const control = await revealFirstCard();
    expect(control.textContent).toBe('卡片信息');
    fireEvent.click(control);

    const dialog = await findElement('[role="dialog"][data-role="card-info"]');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    await waitFor(() => expect(dialog.querySelector('[data-field="source"]')?.textContent).toBe('mini.md:4'));
    expect(dialog.querySelector('[data-field="state"]')?.textContent).toBe('新卡');
    expect(dialog.textContent).toContain('还没有复习过。');

    fireEvent.keyDown(window, { key: '3' });
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.keyDown(window, { key: 'u' });
    expect(card()).toEqual({ id: 'mini-c1', side: 'back' });
    expect(document.querySelector('[data-screen="study"]')!.getAttribute('data-reviews')).toBe('0');

    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
    expect(document.activeElement).toBe(document.querySelector('button[data-action="card-info"]'));

    fireEvent.keyDown(window, { key: '3' });
    await waitFor(() => expect(card().id).toBe('mini-c2'));
    expect(document.querySelector<HTMLButtonElement>('button[data-action="undo"]')!.disabled).toBe(false);
  });

  it('closes with its button, and the review history of a card graded before shows up', async () => {
    harness = renderApp('/study/mini');
    let control = await revealFirstCard();
    fireEvent.click(control);
    fireEvent.click(await findElement('button[data-action="close-card-info"]'));
    await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
    expect(document.activeElement).toBe(control);

    // Again keeps mini-c1 in the session: when it comes back, its info lists that grade.
    fireEvent.click(document.querySelector('button[data-grade="1"]')!);
    for (let graded = 0; graded < 8; graded++) {
      await waitFor(() => expect(card().side).toBe('front'));
      if (card().id === 'mini-c1') break;
      harness.clock.now += 60_000;
      fireEvent.keyDown(window, { key: ' ' });
      await gradesReady();
      fireEvent.keyDown(window, { key: '3' });
    }
    expect(card()).toEqual({ id: 'mini-c1', side: 'front' });
    fireEvent.keyDown(window, { key: ' ' });
    await gradesReady();
    control = document.querySelector<HTMLButtonElement>('button[data-action="card-info"]')!;
    fireEvent.click(control);
    const dialog = await findElement('[role="dialog"][data-role="card-info"]');
    await waitFor(() => expect(dialog.querySelectorAll('[data-role="history"] tbody tr')).toHaveLength(1));
    expect(dialog.querySelector('[data-role="history"] tbody tr')?.getAttribute('data-grade')).toBe('1');
  });
});
