// Browse's search, filter and sort over a node's cards, in memory: one lower-cased text per card, prepared once.
import type { Phase } from '../review-contract.ts';
import type { FlagColour } from '../marks/marks.ts';

/** A card as Browse lists it; `text` is what a search looks in (front, back, section path), prepared by `searchText`. */
export interface BrowseRow {
  cardId: string;
  deckId: string;
  front: string;
  back: string;
  /** The card's section path below the roadmap title, joined for display. */
  section: string;
  reference: boolean;
  phase: Phase;
  /** Epoch ms; meaningless for a new card (phase 0). */
  due: number;
  lapses: number;
  /** Recall now, 0–1 (0 for a new card). */
  retrievability: number;
  /** Place in roadmap order across the listed roadmaps (Home's order, then each roadmap's own): the default sort. */
  order: number;
  updated: boolean;
  suspended: boolean;
  /** Buried until a later moment than when the rows were read. */
  buried: boolean;
  flag: FlagColour | null;
  leech: boolean;
  note: string | null;
  text: string;
}

export const BROWSE_FILTERS = ['all', 'new', 'learning', 'review', 'suspended', 'flagged', 'leech', 'updated'] as const;
export type BrowseFilter = (typeof BROWSE_FILTERS)[number];

export const BROWSE_SORTS = ['roadmap', 'due', 'retrievability', 'lapses'] as const;
export type BrowseSort = (typeof BROWSE_SORTS)[number];

/** Case folded and full-width letters made plain (ＡＢＣ → abc), so `Redis`, `redis` and `ｒｅｄｉｓ` find the same cards. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function searchText(front: string, back: string, section: string, note: string | null): string {
  return foldForSearch(`${front}\n${back}\n${section}${note ? `\n${note}` : ''}`);
}

const MATCHES: Record<BrowseFilter, (row: BrowseRow) => boolean> = {
  all: () => true,
  new: (row) => row.phase === 0,
  learning: (row) => row.phase === 1 || row.phase === 3,
  review: (row) => row.phase === 2,
  suspended: (row) => row.suspended,
  flagged: (row) => row.flag !== null,
  leech: (row) => row.leech,
  updated: (row) => row.updated,
};

/** New cards have no due date: they sort after every scheduled card, in roadmap order. */
function dueKey(row: BrowseRow): number {
  return row.phase === 0 ? Number.POSITIVE_INFINITY : row.due;
}

const COMPARE: Record<BrowseSort, (a: BrowseRow, b: BrowseRow) => number> = {
  roadmap: (a, b) => a.order - b.order,
  due: (a, b) => dueKey(a) - dueKey(b) || a.order - b.order,
  // Weakest first: what a learner looking for trouble wants at the top; unseen cards (0) after the seen ones.
  retrievability: (a, b) => (a.phase === 0 ? 2 : a.retrievability) - (b.phase === 0 ? 2 : b.retrievability) || a.order - b.order,
  lapses: (a, b) => b.lapses - a.lapses || a.order - b.order,
};

export interface BrowseQuery {
  text: string;
  filter: BrowseFilter;
  sort: BrowseSort;
}

/**
 * The rows that match: every whitespace-separated word of the query is a substring of the card's text (no pinyin,
 * no word splitting: Chinese has no spaces, and a substring finds 缓存 in 分布式缓存). Sorted copy; rows untouched.
 */
export function browseCards(rows: readonly BrowseRow[], query: BrowseQuery): BrowseRow[] {
  const words = foldForSearch(query.text).split(/\s+/).filter(Boolean);
  const matches = MATCHES[query.filter];
  const found = rows.filter((row) => matches(row) && words.every((word) => row.text.includes(word)));
  return found.sort(COMPARE[query.sort]);
}

/** Cards per filter over all rows: the counts the filter chips show. */
export function countByFilter(rows: readonly BrowseRow[]): Record<BrowseFilter, number> {
  const counts = Object.fromEntries(BROWSE_FILTERS.map((filter) => [filter, 0])) as Record<BrowseFilter, number>;
  for (const row of rows) for (const filter of BROWSE_FILTERS) if (MATCHES[filter](row)) counts[filter] += 1;
  return counts;
}
