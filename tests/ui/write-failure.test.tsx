// Writes that fail (full storage) on the study, settings and drill screens: said in the learner's words, nothing shown as saved.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Roadcards } from '../../src/storage/index.ts';
import { drillFetchJson } from './drill-fixtures.ts';
import { closeApp, findElement, gradesReady, renderApp, type Harness } from './harness.tsx';

let harness: Harness | null = null;
afterEach(async () => {
  await closeApp(harness);
  harness = null;
});

/** What Dexie rejects with when Chromium aborts a transaction over the quota. */
function quotaError(): Error {
  const inner = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  return Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner });
}

/** The text a learner reads: folded technical details left out. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const details of copy.querySelectorAll('details')) details.remove();
  return copy.textContent ?? '';
}

function failWrites<K extends 'grade' | 'saveSettings' | 'setInterviewDate' | 'importBackup'>(roadcards: Roadcards, method: K, succeedFirst = 0): { full: boolean } {
  const device = { full: true };
  const real = (roadcards[method] as (...args: unknown[]) => Promise<unknown>).bind(roadcards);
  let left = succeedFirst;
  (roadcards as unknown as Record<K, unknown>)[method] = (...args: unknown[]) => (left-- > 0 || !device.full ? real(...args) : Promise.reject(quotaError()));
  return device;
}

describe('a write that fails', () => {
  it('in study: the card comes back ungraded with the reason and what to do; retry stores it', async () => {
    let device = { full: true };
    harness = renderApp('/study/mini', async (roadcards) => void (device = failWrites(roadcards, 'grade', 1)));
    for (let i = 0; i < 2; i++) {
      await waitFor(() => expect(document.querySelector('[data-card-id]')?.getAttribute('data-side')).toBe('front'));
      fireEvent.keyDown(window, { key: ' ' });
      await gradesReady();
      fireEvent.keyDown(window, { key: '4' });
    }
    const alert = await findElement('[data-role="write-failure"]');
    expect(alert.dataset.kind).toBe('quota');
    expect(visibleText(alert)).toContain('设备存储空间已满，这次评分没有保存。');
    expect(visibleText(alert)).toContain('导出备份');
    expect(visibleText(alert)).not.toMatch(/Quota|Abort|Error/);
    expect(document.querySelector('[data-card-id]')?.getAttribute('data-card-id')).toBe('mini-c2');
    expect(document.querySelector('button[data-grade]')).toBeNull();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
    const rc = await harness.data.ready;
    expect((await rc.exportBackup(harness.clock.now)).logs.map((log) => log.cardId)).toEqual(['mini-c1']);

    device.full = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    await waitFor(() => expect(document.querySelector('[data-role="write-failure"]')).toBeNull());
    fireEvent.keyDown(window, { key: ' ' });
    await gradesReady();
    fireEvent.keyDown(window, { key: '4' });
    await waitFor(async () => expect((await rc.exportBackup(harness!.clock.now)).logs.map((log) => log.cardId)).toEqual(['mini-c1', 'mini-c2']));
  });

  it('in settings: says the settings were not saved, keeps what was typed, shows nothing as saved', async () => {
    harness = renderApp('/settings', async (roadcards) => void failWrites(roadcards, 'saveSettings'));
    const newPerDay = await screen.findByLabelText<HTMLInputElement>('每日新卡上限');
    fireEvent.input(newPerDay, { target: { value: '42' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const alert = await findElement('[data-role="write-failure"]');
    expect(visibleText(alert)).toContain('设备存储空间已满，设置没有保存。');
    expect(visibleText(alert)).not.toMatch(/Quota|Abort|Error/);
    expect(alert.querySelector('details')?.textContent).toContain('QuotaExceededError');
    expect(screen.queryByText('已保存')).toBeNull();
    expect(newPerDay.value).toBe('42');
    expect((await (await harness.data.ready).getSettings()).newPerDay).toBe(20);
  });

  it('in the leech rule (saved as it changes): says it was saved, or that it was not, with a retry that saves it', async () => {
    let device = { full: true };
    harness = renderApp('/settings', async (roadcards) => void (device = failWrites(roadcards, 'saveSettings')));
    const lapses = await findElement<HTMLInputElement>('input[name="leechLapses"]');
    fireEvent.input(lapses, { target: { value: '3' } });
    fireEvent.change(lapses);
    const alert = await findElement('[data-role="leech-settings"] [data-role="write-failure"]');
    expect(visibleText(alert)).toContain('设置没有保存');
    expect(document.querySelector('[data-role="leech-save-status"]')?.textContent).toBe('');
    expect((await (await harness.data.ready).getSettings()).leechLapses).toBe(8);

    device.full = false;
    fireEvent.click(alert.querySelector('button[data-action="retry"]') ?? screen.getAllByRole('button', { name: '重试' })[0]!);
    await waitFor(() => expect(document.querySelector('[data-role="leech-save-status"]')?.textContent).toMatch(/已保存/));
    expect(document.querySelector('[data-role="leech-settings"] [data-role="write-failure"]')).toBeNull();
    expect((await (await harness!.data.ready).getSettings()).leechLapses).toBe(3);
    // A stored save leaves Dexie work behind it for a moment (it failed with DatabaseClosedError after closeApp).
    await new Promise((resolve) => setTimeout(resolve, 500));
  });

  it('on the drill screen: a failed interview date says the date, not the drill, was not saved', async () => {
    harness = renderApp('/drill/hand.s-1', async (roadcards) => void failWrites(roadcards, 'setInterviewDate'), drillFetchJson);
    const date = await findElement<HTMLInputElement>('input[name="interview-date"]');
    fireEvent.input(date, { target: { value: '2026-01-12' } });
    fireEvent.click(await findElement('button[data-action="save-interview"]'));
    const alert = await findElement('[data-role="write-failure"]');
    expect(visibleText(alert)).toContain('面试日期没有保存');
    expect(visibleText(alert)).not.toContain('测验');
    expect(await (await harness.data.ready).interviewDates()).toEqual({});
  });

  it('importing a backup into full storage: says the backup’s progress was not saved (the file is fine)', async () => {
    harness = renderApp('/settings', async (roadcards) => void failWrites(roadcards, 'importBackup'));
    const input = await screen.findByLabelText<HTMLInputElement>('导入备份');
    fireEvent.change(input, { target: { files: [new File(['{}'], 'backup.json', { type: 'application/json' })] } });
    const failed = await findElement('[data-role="backup-failed"]');
    expect(visibleText(failed)).toContain('设备存储空间已满，备份中的进度没有保存。');
    expect(visibleText(failed)).not.toMatch(/Quota|Abort|Error/);
  });
});

describe('an undo storage refuses', () => {
  it('says in words that the card was reviewed again since, with the raw reason folded away', async () => {
    harness = renderApp('/study/mini');
    await waitFor(() => expect(document.querySelector('[data-card-id]')?.getAttribute('data-card-id')).toBe('mini-c1'));
    fireEvent.keyDown(window, { key: ' ' });
    await gradesReady();
    fireEvent.keyDown(window, { key: '4' });
    const rc = await harness.data.ready;
    await waitFor(async () => expect((await rc.exportBackup(harness!.clock.now)).logs).toHaveLength(1));
    await rc.grade('mini-c1', 3, harness.clock.now + 60_000); // another tab reviews the same card
    fireEvent.keyDown(window, { key: 'u' });
    const toast = await findElement('[data-role="study-error"]');
    expect(visibleText(toast)).toContain('无法撤销：这张卡片在那之后又被复习过');
    expect(visibleText(toast)).not.toMatch(/[A-Za-z]{4,}/);
    expect(toast.querySelector('details')?.textContent).toContain('the card has been reviewed since');
  });
});
