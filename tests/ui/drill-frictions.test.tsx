// Drill wording and order: verdicts name a grade only when answers count as reviews; results put the next actions first.
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { drillFetchJson } from './drill-fixtures.ts';
import { closeApp, findElement, renderApp, type Harness } from './harness.tsx';

let harness: Harness | null = null;
afterEach(async () => {
  await closeApp(harness);
  harness = null;
});

async function answerTyped(text: string): Promise<HTMLElement> {
  fireEvent.click(await findElement('button[data-action="start-drill"]'));
  const card = await findElement<HTMLElement>('[data-question-type="typed"]');
  const input = card.querySelector<HTMLInputElement>('input[name="answer"]')!;
  fireEvent.input(input, { target: { value: text } });
  fireEvent.submit(input.form!);
  await waitFor(() => expect(card.dataset.outcome).toBeTruthy());
  return card;
}

describe('drill frictions', () => {
  it('says 不对 without 记为「重来」 while answers do not count as reviews, and the results lead with what to do next', async () => {
    harness = renderApp('/drill/solo', undefined, drillFetchJson);
    const card = await answerTyped('完全不对的答案');
    const verdict = card.querySelector('[data-role="verdict"]')!.textContent!;
    expect(verdict).toContain('不对');
    expect(verdict).not.toContain('记为');
    expect(verdict).toContain('不影响复习安排');

    fireEvent.keyDown(window, { key: 'Enter' });
    const results = await findElement('[data-screen="drill-results"]');
    expect(results.querySelector('h1')?.textContent).toBe('测验结果');
    const again = results.querySelector('button[data-action="drill-missed"]')!;
    expect(again.textContent).toBe('再练答错的 1 题');
    const bySection = results.querySelector('[data-role="by-section"]')!;
    const missed = results.querySelector('[data-role="missed"]')!;
    // Before the details in the page's order: the first thing below the score.
    expect(again.compareDocumentPosition(bySection) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(again.compareDocumentPosition(missed) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('names the grade a verdict is recorded as when answers count as reviews', async () => {
    harness = renderApp('/drill/solo', undefined, drillFetchJson);
    fireEvent.click(await findElement<HTMLInputElement>('input[data-role="count-as-reviews"]'));
    const card = await answerTyped('完全不对的答案');
    expect(card.querySelector('[data-role="verdict"]')!.textContent).toContain('不对 · 记为「重来」');
  });
});
