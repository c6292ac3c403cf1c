// Card actions in Study (after the reveal, in a sheet): suspend leaves the session and undo brings the card back; the leech notice after the grade.
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { closeApp, findElement, gradesReady, renderApp, type Harness } from './harness.tsx';

let harness: Harness | null = null;
afterEach(async () => {
  await closeApp(harness);
  harness = null;
});

const DAY = 86_400_000;

async function cardShown(id: string, side: 'front' | 'back' = 'front'): Promise<void> {
  await waitFor(() => {
    const card = document.querySelector<HTMLElement>('.screen--study [data-card-id][data-side]');
    expect(card?.dataset.cardId).toBe(id);
    expect(card?.dataset.side).toBe(side);
  });
}

const click = (selector: string) => fireEvent.click(document.querySelector(selector)!);

describe('card actions in Study', () => {
  it('are offered only after the reveal, in a sheet; suspending shows the next card and undo brings it back', async () => {
    harness = renderApp('/study/mini');
    await cardShown('mini-c1');
    expect(document.querySelector('[data-action="card-actions"]')).toBeNull();
    click('[data-action="reveal"]');
    await cardShown('mini-c1', 'back');
    click('[data-action="card-actions"]');
    await findElement('[data-role="mark-sheet"]');
    // The sheet has the keys: a 1 typed while it is open grades nothing.
    fireEvent.keyDown(window, { key: '1' });
    click('[data-role="mark-sheet"] [data-action="suspend"]');
    await cardShown('mini-c2');
    expect((await findElement('[data-role="marks-toast"]')).textContent).toContain('已暂停 1 张卡片');
    const roadcards = await harness.data.ready;
    expect((await roadcards.studyItems('mini', harness.clock.now)).map((item) => item.card.id)).not.toContain('mini-c1');
    expect(document.querySelector('.screen--study')?.getAttribute('data-reviews')).toBe('0');
    click('[data-action="undo-marks"]');
    await cardShown('mini-c1');
    expect((await roadcards.studyItems('mini', harness.clock.now)).map((item) => item.card.id)).toContain('mini-c1');
  });

  it('keeps the note written before when the sheet opens again', async () => {
    harness = renderApp('/study/mini', async (roadcards, now) => void (await roadcards.markCards(['mini-c1'], { note: '先看 GMP 模型' }, now)));
    await cardShown('mini-c1');
    click('[data-action="reveal"]');
    await cardShown('mini-c1', 'back');
    click('[data-action="card-actions"]');
    expect((await findElement<HTMLTextAreaElement>('[data-role="mark-sheet"] textarea')).value).toBe('先看 GMP 模型');
  });

  it('tells the learner once when a lapse makes a leech, with a link to the card and its source', async () => {
    harness = renderApp('/study/mini', async (roadcards, now) => {
      await roadcards.saveSettings({ leechLapses: 1, newPerDay: 1 });
      await roadcards.grade('mini-c1', 3, now - 10 * DAY);
      await roadcards.grade('mini-c1', 3, now - 10 * DAY + 15 * 60_000);
    });
    await cardShown('mini-c1');
    click('[data-action="reveal"]');
    await gradesReady();
    click('[data-grade="1"]');
    const notice = await findElement('[data-role="leech-notice"]');
    expect(notice.textContent).toContain('已遗忘 1 次');
    expect(notice.textContent).toContain('暂停');
    expect(notice.querySelector('a')?.getAttribute('href')).toBe('/card/mini-c1');
    // Suspended: the relearning step does not bring it back in this session.
    await waitFor(() => expect(document.querySelector('[data-screen="study"] [data-card-id="mini-c1"][data-side]')).toBeNull());
  });
});
