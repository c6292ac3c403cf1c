// Browse's result list, windowed: only the rows near the viewport are in the DOM, so 10,000 results scroll like 20.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { BrowseRow } from '../../../core/browse/search.ts';
import { rowFactsText, visibleRange } from './lib.ts';

/** A row's height before one is measured (jsdom measures nothing): two lines of text and the padding. */
const FALLBACK_ROW_HEIGHT = 76;

interface ListProps {
  rows: readonly BrowseRow[];
  now: number;
  selecting: boolean;
  selected: ReadonlySet<string>;
  onToggle: (cardId: string) => void;
}

/** The window's scroll drives the list (the page scrolls as one, as on every other screen), re-read on scroll and resize. */
function useWindowedRange(list: { current: HTMLElement | null }, rowHeight: number, count: number) {
  const [range, setRange] = useState(() => visibleRange(0, typeof window === 'undefined' ? 800 : window.innerHeight, rowHeight, count));
  useLayoutEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const top = list.current?.getBoundingClientRect().top ?? 0;
      const next = visibleRange(top, window.innerHeight, rowHeight, count);
      setRange((old) => (old.start === next.start && old.end === next.end ? old : next));
    };
    const onScroll = () => (frame ||= requestAnimationFrame(measure));
    measure();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [rowHeight, count]);
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
  const [rowHeight, setRowHeight] = useState(FALLBACK_ROW_HEIGHT);
  const { start, end } = useWindowedRange(list, rowHeight, rows.length);
  // Row height follows the text size (200% text makes taller rows): measured from a drawn row.
  useLayoutEffect(() => {
    const drawn = list.current?.querySelector<HTMLElement>('.browse-row')?.offsetHeight ?? 0;
    if (drawn > 0 && Math.abs(drawn - rowHeight) > 1) setRowHeight(drawn);
  });
  return (
    <ul class="browse-list" role="list" ref={list} style={{ height: `${rows.length * rowHeight}px` }} data-count={rows.length}>
      {rows.slice(start, end).map((row, i) => (
        <li key={row.cardId} class="browse-row" style={{ top: `${(start + i) * rowHeight}px` }} data-card-id={row.cardId} aria-setsize={rows.length} aria-posinset={start + i + 1}>
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
