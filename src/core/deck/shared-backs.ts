// Two concept cards of a roadmap that answer with the same words under different terms (生成器表达式 and 生成器, both
// `内存效率优化`) read as one card twice: the later one asks the other way, or, when that would give it away, is reference.
import type { Card } from './schema.ts';
import { contentHashOf } from './ids.ts';
import { containedShare } from './list-items.ts';

const norm = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}`]/gu, '');

/**
 * The rule, over definition cards in daily review, in roadmap order: the first card with a given back keeps asking
 * term → back. A later one whose term is different asks back → term within its own context
 * (`「数据结构选择」中哪一项是「内存效率优化」？ → 生成器`): the term is what tells the two apart. It stays a definition with
 * its term and explanation (drills ask it either way), and its id, which comes from its term, does not change.
 * It becomes reference instead when the reversed question would show its answer (the term is inside the back:
 * 中间件 → 请求/响应处理中间件), when it has no context of its own to ask in, or when it asks `A → ？` (an arrow pair).
 *
 * `contextOf` gives the group a card's question names (「X」 in 「X」中的「term」是什么？); '' when it names none.
 */
export function askSharedBacksApart(cards: Card[], contextOf: (card: Card) => string): void {
  const firstByBack = new Map<string, Card>();
  for (const card of cards) {
    if (card.kind !== 'definition' || card.role === 'reference' || !card.term) continue;
    const back = norm(card.back);
    const first = firstByBack.get(back);
    if (!first) {
      firstByBack.set(back, card);
      continue;
    }
    const context = contextOf(card);
    const term = norm(card.term);
    const reversible = context.length > 0 && term !== norm(first.term ?? '') && containedShare(term, back) < 0.85 && !card.front.endsWith('→ ？');
    if (!reversible) {
      card.role = 'reference';
      continue;
    }
    card.front = `「${context}」中哪一项是「${card.back}」？`;
    card.back = card.term;
    card.contentHash = contentHashOf(card.front, card.back);
  }
}
