// Lists that test something: a label whose content is another card keeps its content or leaves the list; a numbered
// list is a sequence only when the roadmap shows an order; a definition that restates its question folds into its list.
import type { CardDraft } from './drafts.ts';
import { isNumberedCatalogue } from './order.ts';

/** A label's content this short stays beside it in the list (`适用场景：缓存、会话`); longer, the label stays bare. */
const SHORT_DETAIL = 30;
/** Items of its own a list needs to be asked without the items other cards ask. */
const MIN_OWN_ITEMS = 2;
const ORDER_WORDS = /→|->|步骤|第[一二三四五六七八九十]|首先|然后|最后/u;

const norm = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}`]/gu, '');

/** Share of `part`'s characters (as a multiset) that `whole` also has. */
export function containedShare(part: string, whole: string): number {
  if (part.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const ch of whole) pool.set(ch, (pool.get(ch) ?? 0) + 1);
  let found = 0;
  for (const ch of part) {
    const left = pool.get(ch) ?? 0;
    if (left > 0) {
      found++;
      pool.set(ch, left - 1);
    }
  }
  return found / [...part].length;
}

/** `上下文管理器` › `异常处理：上下文管理器中的异常处理`: the answer is the question's own words, short. */
export function restatesQuestion(context: string, term: string, explanation: string): boolean {
  const answer = norm(explanation);
  return [...answer].length <= 30 && containedShare(answer, norm(`「${context}」中的「${term}」`)) >= 0.85;
}

interface Held {
  /** Another card of the section holds this item's content. */
  own: boolean;
  /** The definition's explanation, when that card is a definition asked in this list's group. */
  detail?: string;
}

/** Which items of a list card are labels whose content became another card of its section. */
function heldItems(list: CardDraft, section: readonly CardDraft[]): Held[] {
  return (list.items ?? []).map((item) => {
    const definition = section.find((d) => d.kind === 'definition' && d.term === item && d.context === list.context && !d.arrow);
    if (definition) return { own: true, detail: definition.explanation };
    const sublist = section.some(
      (d) =>
        d !== list &&
        (d.kind === 'list' || d.kind === 'sequence') &&
        (d.groupKey === item || d.context === item || d.context.endsWith(` · ${item}`)),
    );
    return { own: sublist };
  });
}

/** Numbers that count up 1. 2. 3. on the items' own lines, or order words: the roadmap shows an order. */
function showsOrder(list: CardDraft, lines: readonly string[]): boolean {
  if ((list.items ?? []).some((item) => ORDER_WORDS.test(item))) return true;
  const numbers = (list.itemLines ?? []).map((line) => /^\s*(\d+)[.)]\s/u.exec(lines[line - 1] ?? '')?.[1]);
  return numbers.every((n, i) => n !== undefined && (i === 0 || Number(n) === Number(numbers[i - 1]) + 1));
}

/**
 * - A sequence whose items are numbered `1. 1. 1.` (markdown's way of writing any list) becomes a list.
 * - So does a numbered catalogue (order.ts: `1. **数据聚合服务**` … with no order in its wording); its id stays the one
 *   it had as a sequence, and when every item is a card of its own it stays as a reference card (the section's
 *   outline, out of daily review) rather than leaving the deck, so no learner's history is orphaned.
 * - When every item of a list has its own card (a definition, a list of its own), recalling the labels tests
 *   nothing more: the list is left out — unless it is a real sequence, whose order is what it asks.
 * - When two or more items are the list's own, the items whose content is another card leave it: that card asks
 *   them (`MySQL` keeps 高性能、高并发 and 生态成熟; 「MySQL」中的「适用场景」 asks the third).
 * - Otherwise a label whose content is another card shows that content (`适用场景：缓存、会话`) when it is short.
 * - A definition whose answer restates its question (`异常处理：上下文管理器中的异常处理`) is left out, its term kept
 *   as an item of its group's list.
 * `A → B → C` steps (no item lines) are sequences by their arrows and are left as they are.
 */
export function listsThatAsk(all: readonly CardDraft[], lines: readonly string[]): CardDraft[] {
  // A definition that only restates its question is no card; its term stays an item of its group's list.
  const drafts = all.filter(
    (d) => !(d.kind === 'definition' && !d.arrow && d.term && d.explanation && restatesQuestion(d.context, d.term, d.explanation)),
  );
  const bySection = new Map<number, CardDraft[]>();
  for (const d of drafts) bySection.set(d.section, [...(bySection.get(d.section) ?? []), d]);
  return drafts.flatMap((d) => {
    if ((d.kind !== 'list' && d.kind !== 'sequence') || !d.itemLines) return [d];
    let kind = d.kind === 'sequence' && !showsOrder(d, lines) ? 'list' : d.kind;
    const held = heldItems(d, bySection.get(d.section) ?? []);
    const catalogue = kind === 'sequence' && isNumberedCatalogue(d.context, d.items ?? [], d.itemLines.map((line) => lines[line - 1] ?? ''));
    if (kind === 'sequence' && !catalogue) return [d];
    const minted = catalogue ? ({ idKind: 'sequence' } as const) : {};
    kind = 'list';
    if (held.length > 0 && held.every((h) => h.own)) return catalogue ? [{ ...d, ...minted, kind, reference: true as const }] : [];
    // `MySQL`: 高性能、高并发 / 生态成熟 / 适用场景：读多写少 — the 適用场景 card asks the last item; the list asks the rest.
    const unheld = (d.items ?? []).filter((_, i) => !held[i]?.own);
    if (unheld.length >= MIN_OWN_ITEMS && unheld.length < held.length) return [{ ...d, ...minted, kind, items: unheld }];
    const items = (d.items ?? []).map((item, i) => {
      const detail = held[i]?.detail;
      return detail && detail.length <= SHORT_DETAIL ? `${item}：${detail}` : item;
    });
    return [{ ...d, ...minted, kind, items }];
  });
}
