// The statistics screen over a known history: headline figures with their data-stat values, heatmap days, table view, card info.
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { closeApp, findElement, renderApp, START, type Harness } from './harness.tsx';

const DAY = 86_400_000;
let harness: Harness | null = null;
afterEach(async () => {
  await closeApp(harness);
  harness = null;
});

/** Three days in a row (UTC, day start 04:00): c1 learnt on the 3rd, reviewed on the 4th; c2 learnt today in 30 s. */
function withHistory(url: string): Harness {
  return renderApp(url, async (roadcards, now) => {
    await roadcards.grade('mini-c1', 4, START - 2 * DAY);
    await roadcards.grade('mini-c1', 3, START - DAY);
    await roadcards.grade('mini-c2', 3, now, { durationMs: 30_000 });
  });
}

const stat = (name: string) => document.querySelector(`[data-stat="${name}"]`)?.getAttribute('data-value');

describe('Statistics screen', () => {
  it('shows the day\'s and the month\'s figures, streaks, true retention and card counts with machine values', async () => {
    harness = withHistory('/stats');
    await findElement('[data-screen="stats"][data-complete="true"]');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(stat('reviews-today')).toBe('1');
    expect(stat('reviews-30d')).toBe('3');
    expect(stat('streak-current')).toBe('3');
    expect(stat('streak-longest')).toBe('3');
    // One review of a card in review state (c1 on the 4th), passed; c2's first review is not counted.
    expect(stat('true-retention-30d')).toBe('1');
    expect(stat('cards-new')).toBe('2');
    expect(stat('cards-learning')).toBe('1');
    expect(Number(stat('cards-young')) + Number(stat('cards-mature'))).toBe(1);
    expect(document.querySelector('[data-day="2026-01-04"]')?.getAttribute('data-count')).toBe('1');
    expect(document.querySelector('[data-day="2026-01-05"]')?.getAttribute('data-count')).toBe('1');
    expect(document.querySelector('[data-day="2026-01-02"]')?.getAttribute('data-count')).toBe('0');
    expect(document.querySelectorAll('[data-day]')).toHaveLength(365);
    // Verdicts are words: 100% is at or above the 90% target.
    expect(document.querySelector('[data-stat="true-retention-30d"]')?.textContent).toContain('达到目标');
  });

  it('shows a chart as a table on tap, and back', async () => {
    harness = withHistory('/stats');
    await findElement('[data-screen="stats"][data-complete="true"]');
    const toggle = document.querySelector<HTMLButtonElement>('[data-chart="heatmap"] [data-action="toggle-table"]')!;
    fireEvent.click(toggle);
    const rows = [...document.querySelectorAll('[data-chart="heatmap"] tbody tr')].map((row) => row.textContent);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('1月5日');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    expect(document.querySelector('[data-chart="heatmap"] [data-day]')).not.toBeNull();
  });

  it('gives each stage a bar in words and a link to its own statistics', async () => {
    harness = withHistory('/stats/mini');
    await findElement('[data-screen="stats"][data-complete="true"]');
    const rows = [...document.querySelectorAll('.mastery-row')];
    expect(rows.map((row) => row.getAttribute('data-node-id'))).toEqual(['mini.s1', 'mini.s2']);
    expect(rows[1]!.textContent).toContain('2 新');
    fireEvent.click(rows[1]!.querySelector('a')!);
    await findElement('[data-screen="stats"][data-node-id="mini.s2"][data-complete="true"]');
    expect(stat('cards-new')).toBe('2');
    expect(stat('reviews-30d')).toBe('0');
    expect(document.querySelector('.stats-path')?.textContent).toBe('迷你路线图 › 第二阶段');
  });

  it('opens card info from the list of weak cards: source line, state and the review history', async () => {
    harness = withHistory('/stats');
    const link = await findElement<HTMLAnchorElement>('.weak-cards a[data-card-id="mini-c1"]');
    fireEvent.click(link);
    const screen = await findElement('[data-screen="card-info"]');
    await waitFor(() => expect(screen.querySelector('[data-field="source"]')?.textContent).toBe('mini.md:4'));
    expect(screen.querySelectorAll('[data-role="history"] tbody tr')).toHaveLength(2);
    expect(screen.querySelector('[data-role="history"] tbody tr')?.textContent).toContain('良好');
  });

  it('says a node that does not exist is not found', async () => {
    harness = renderApp('/stats/nope');
    await waitFor(() => expect(document.body.textContent).toContain('找不到这个节点：nope'));
  });
});
