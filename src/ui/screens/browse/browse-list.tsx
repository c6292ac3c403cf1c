// Browse's result list, windowed: only the rows near the viewport are in the DOM, so 10,000 results scroll like 20.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { BrowseRow } from '../../../core/browse/search.ts';
import { rowFactsText, visibleRange } from './lib.ts';

/**
 * A row's height in rem: rows are placed in rem, so a bigger text size (200%) makes every row taller by itself, and the
 * window's arithmetic reads the root font size each time it measures.
 */
const ROW_REM = 5.25;

interface ListProps {
  rows: readonly BrowseRow[];
  now: number;
  selecting: boolean;
  selected: ReadonlySet<string>;
  onToggle: (cardId: string) => void;
}

function rowPixels(): number {
  return (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16) * ROW_REM;
}

/**
 * The window's scroll drives the list (the page scrolls as one, as on every other screen): re-read on scroll and
 * resize, and when the list's own size changes (a text size change resizes it, being in rem).
 */
function useWindowedRange(list: { current: HTMLElement | null }, count: number) {
  const [range, setRange] = useState(() => visibleRange(0, typeof window === 'undefined' ? 800 : window.innerHeight, 16 * ROW_REM, count));
  useLayoutEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const top = list.current?.getBoundingClientRect().top ?? 0;
      const next = visibleRange(top, window.innerHeight, rowPixels(), count);
      setRange((old) => (old.start === next.start && old.end === next.end ? old : next));
    };
    const onChange = () => (frame ||= requestAnimationFrame(measure));
    measure();
    window.addEventListener('scroll', onChange, { passive: true });
    window.addEventListener('resize', onChange);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onChange);
    if (list.current) observer?.observe(list.current);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      window.removeEventListener('scroll', onChange);
      window.removeEventListener('resize', onChange);
    };
  }, [count]);
  return range;
}

function RowBody({ row, now }: { row: BrowseRow; now: number }) {
  return (
    <>
      <span class="browse-row__front">{row.front}</span>
      <span class="browse-row__facts">
        {row.flag !== null && <span class={`flag-dot flag-${row.flag}`} aria-hidden="true" />}
        {rowFactsText(row, now)}
      </span>
      <span class="browse-row__section">{row.section}</span>
    </>
  );
}

export function BrowseList({ rows, now, selecting, selected, onToggle }: ListProps) {
  const list = useRef<HTMLUListElement>(null);
  const { start, end } = useWindowedRange(list, rows.length);
  return (
    <ul class="browse-list" role="list" ref={list} style={{ height: `${rows.length * ROW_REM}rem` }} data-count={rows.length}>
      {rows.slice(start, end).map((row, i) => (
        <li
          key={row.cardId}
          class="browse-row"
          style={{ top: `${(start + i) * ROW_REM}rem`, height: `${ROW_REM}rem` }}
          data-card-id={row.cardId}
          aria-setsize={rows.length}
          aria-posinset={start + i + 1}
        >
          {selecting ? (
            <label class="browse-row__hit">
              <input type="checkbox" class="browse-row__check" checked={selected.has(row.cardId)} onChange={() => onToggle(row.cardId)} />
              <span class="browse-row__text"><RowBody row={row} now={now} /></span>
            </label>
          ) : (
            <a class="browse-row__hit" href={`/card/${encodeURIComponent(row.cardId)}`}>
              <span class="browse-row__text"><RowBody row={row} now={now} /></span>
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
