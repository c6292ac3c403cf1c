// The same concept written twice in one roadmap becomes one card: the first keeps its id, the later one's line is
// kept as a second source, and the compiler reports each merge. So do siblings of one list that share their value.
import type { CardDraft } from './drafts.ts';
import { identityKey } from './ids.ts';
import { containedShare } from './list-items.ts';

export interface MergedDuplicate {
  term: string;
  /** Line of the card that stays. */
  keptLine: number;
  /** Line of the definition folded into it. */
  line: number;
}

/** A term defined more often than this in one roadmap is a field name, not one concept. */
const MAX_USES = 4;
const norm = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}`]/gu, '');
/** `zip()` and `zip` name one thing. */
const termKey = (term: string) => identityKey(term).replace(/\(\)$/u, '');

/** Two explanations say the same when one's characters are nearly all in the other and half the other's in it. */
function sameMeaning(a: string, b: string): boolean {
  const [x, y] = [norm(a), norm(b)];
  if (x === y) return true;
  // `60万 - 100万` and `65万 - 110万` share their characters but not their figures.
  if ((x.match(/\d+/g) ?? []).join(',') !== (y.match(/\d+/g) ?? []).join(',')) return false;
  const [xy, yx] = [containedShare(x, y), containedShare(y, x)];
  return Math.max(xy, yx) >= 0.8 && Math.min(xy, yx) >= 0.5;
}

export function mergeDuplicateDefinitions(drafts: readonly CardDraft[]): { drafts: CardDraft[]; merged: MergedDuplicate[] } {
  const firstByTerm = new Map<string, CardDraft[]>();
  const merged: MergedDuplicate[] = [];
  const kept: CardDraft[] = [];
  // A field name every week or book repeats (实践项目, 学习内容) says a different thing each time: merged only word for word.
  const uses = new Map<string, number>();
  for (const d of drafts) if (d.kind === 'definition' && d.term) uses.set(termKey(d.term), (uses.get(termKey(d.term)) ?? 0) + 1);
  for (const d of [...drafts].sort((a, b) => a.line - b.line)) {
    if (d.kind !== 'definition' || d.arrow || !d.term || !d.explanation) {
      kept.push(d);
      continue;
    }
    const key = termKey(d.term);
    const earlier = firstByTerm.get(key) ?? [];
    const fieldName = (uses.get(key) ?? 0) > MAX_USES;
    const same = earlier.find(
      (e) =>
        e.section !== d.section &&
        (fieldName ? norm(e.explanation ?? '') === norm(d.explanation ?? '') : sameMeaning(e.explanation ?? '', d.explanation ?? '')),
    );
    if (same) {
      same.alsoLines = [...(same.alsoLines ?? []), d.line];
      merged.push({ term: d.term, keptLine: same.line, line: d.line });
      continue;
    }
    firstByTerm.set(key, [...earlier, d]);
    kept.push(d);
  }
  return { drafts: kept, merged };
}

/**
 * Items of one list that share their value (性能对比分析：创建开销 / 内存占用 / 切换成本 all `协程 < 线程 < 进程`) are one
 * fact said for several terms: they become one card asking for all of them, which keeps the first item's id (its
 * subject is unchanged) and the others' lines as more sources. Each folded item is reported as a merge.
 */
export function mergeSameValueSiblings(drafts: readonly CardDraft[]): { drafts: CardDraft[]; merged: MergedDuplicate[] } {
  const firstByValue = new Map<string, number>();
  const merged: MergedDuplicate[] = [];
  const kept: CardDraft[] = [];
  for (const d of drafts) {
    if (d.kind !== 'definition' || d.arrow || !d.term || !d.explanation) {
      kept.push(d);
      continue;
    }
    const key = `${d.section}\u0001${d.groupKey}\u0001${d.context}\u0001${norm(d.explanation)}`;
    const at = firstByValue.get(key);
    const first = at === undefined ? undefined : kept[at]!;
    if (!first || norm(first.term ?? '') === norm(d.term)) {
      if (!first) firstByValue.set(key, kept.length);
      kept.push(d);
      continue;
    }
    kept[at!] = { ...first, term: `${first.term}、${d.term}`, alsoLines: [...(first.alsoLines ?? []), d.line] };
    merged.push({ term: d.term, keptLine: first.line, line: d.line });
  }
  return { drafts: kept, merged };
}
