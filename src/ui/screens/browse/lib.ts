// Browse's logic without the DOM: which rows of a long list are on screen, what a row says in words, what the actions sheet acts on.
import type { BrowseRow } from '../../../core/browse/search.ts';
import { formatRelative, percent } from '../../format.ts';
import { browseT, type BrowseKey } from './browse-strings.ts';
import type { SheetTarget } from './mark-sheet.tsx';

/** Rows drawn beyond the viewport on each side, so a quick flick shows rows, not blank space. */
const OVERSCAN = 6;

/**
 * The rows to render for a list whose top is `listTop` px from the viewport's top (negative once scrolled past),
 * in a viewport `viewportHeight` px tall, each row `rowHeight` px: [start, end) clamped to the list.
 */
export function visibleRange(listTop: number, viewportHeight: number, rowHeight: number, count: number): { start: number; end: number } {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, -listTop) / rowHeight);
  const last = Math.ceil(Math.max(0, viewportHeight - listTop) / rowHeight);
  return { start: Math.max(0, first - OVERSCAN), end: Math.min(count, Math.max(first, last) + OVERSCAN) };
}

/** Facts per row object: a search re-renders the same rows, and Intl's relative-time formatter is slow to build. */
const factsCache = new WeakMap<BrowseRow, { now: number; text: string }>();

/** `rowFacts` joined, remembered per row and moment (rows are fresh objects after each read, so marks are never stale). */
export function rowFactsText(row: BrowseRow, now: number): string {
  const cached = factsCache.get(row);
  if (cached?.now === now) return cached.text;
  const text = rowFacts(row, now).join(' · ');
  factsCache.set(row, { now, text });
  return text;
}

/** A row's state in words (never colour alone): phase and due, recall, lapses, and each mark the card carries. */
export function rowFacts(row: BrowseRow, now: number): string[] {
  // The learner's marks first: a long line is cut at its end, and "suspended" must not be what is cut.
  const facts: string[] = [];
  const marks: [boolean, BrowseKey][] = [
    [row.suspended, 'suspended'],
    [row.buried, 'buried'],
    [row.leech, 'leech'],
    [row.note !== null, 'noted'],
    [row.updated, 'updated'],
    [row.reference, 'reference'],
  ];
  for (const [on, key] of marks) if (on) facts.push(browseT(key));
  if (row.flag !== null) facts.push(browseT(`flag${row.flag}` as BrowseKey));
  if (row.phase === 0) facts.push(browseT('stateNew'));
  else if (row.phase === 2) facts.push(browseT('stateReview', { when: formatRelative(row.due, now) }));
  else facts.push(browseT('stateLearning'));
  if (row.phase !== 0) facts.push(browseT('recall', { percent: percent(row.retrievability) }));
  if (row.lapses > 0) facts.push(browseT('lapses', { n: row.lapses }));
  return facts;
}

/** What the actions sheet shows for these cards: Unsuspend only when all are suspended; one card's own flag and note. */
export function sheetTarget(rows: readonly BrowseRow[]): SheetTarget {
  const one = rows.length === 1 ? rows[0]! : null;
  return {
    count: rows.length,
    allSuspended: rows.length > 0 && rows.every((row) => row.suspended),
    anyLeech: rows.some((row) => row.leech),
    flag: one?.flag ?? null,
    note: one?.note ?? null,
  };
}
