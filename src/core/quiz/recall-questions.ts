// Questions answered from memory rather than picked: typed term, list cloze, and the flashcard-style fallback.
import type { Card } from '../deck/schema.ts';
import { isDistinctiveItem, isDistinctiveTerm, type ChoicePool } from './choice-pool.ts';
import { normalizeAnswer } from './normalize.ts';
import { pickOne, type Rng } from './rng.ts';
import { isTypeableTerm } from './typed-answer.ts';
import type { ClozeQuestion, ClozeSlot, FlashcardQuestion, TypedQuestion } from './types.ts';

/**
 * Explanation shown, type the term: only for definition cards whose term is short (≤ 24 characters) and whose
 * explanation does not already spell the term out. Given the deck's pool, also not for a heading-like term that
 * recurs with other contents (实战建议 under every stage). Null otherwise.
 */
export function buildTypedQuestion(card: Card, pool?: ChoicePool): TypedQuestion | null {
  if (card.kind !== 'definition' || !card.term || !card.explanation) return null;
  if (!isTypeableTerm(card.term)) return null;
  const term = normalizeAnswer(card.term);
  if (normalizeAnswer(card.explanation).includes(term)) return null;
  if (pool && !isDistinctiveTerm(pool, term)) return null;
  return {
    type: 'typed',
    card,
    prompt: '写出这段解释对应的术语',
    subject: card.explanation.trim(),
    answer: card.term.trim(),
  };
}

/**
 * A list or sequence card with one item blanked and the others shown; the blanked item is the answer.
 * Only items short enough to type, and not repeated within the card (the blank must have one answer), are
 * blanked; given the deck's pool, only items no other list repeats (方向, 实践 under every stage are structure,
 * not content). Null when the card has fewer than two items or none fits.
 */
export function buildCloze(card: Card, rng: Rng, pool?: ChoicePool): ClozeQuestion | null {
  if ((card.kind !== 'list' && card.kind !== 'sequence') || !card.items) return null;
  const items = card.items.map((item) => item.trim()).filter((item) => normalizeAnswer(item) !== '');
  if (items.length < 2) return null;
  const counts = new Map<string, number>();
  for (const item of items) counts.set(normalizeAnswer(item), (counts.get(normalizeAnswer(item)) ?? 0) + 1);
  const blankable = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => isTypeableTerm(item) && counts.get(normalizeAnswer(item)) === 1)
    .filter(({ item }) => !pool || isDistinctiveItem(pool, normalizeAnswer(item)));
  const chosen = pickOne(blankable, rng);
  if (!chosen) return null;
  const slots = items.map<ClozeSlot>((text, index) =>
    index === chosen.index ? { text: '', blank: true } : { text, blank: false },
  );
  const label = (card.label ?? card.front).trim();
  const prompt = card.kind === 'sequence' ? `「${label}」缺了哪一步？` : `「${label}」还缺哪一项？`;
  return { type: 'cloze', card, prompt, subject: label, slots, blankIndex: chosen.index, answer: chosen.item };
}

/** Front shown, back revealed, self-graded: self-check and Q&A cards, and any card nothing else fits. */
export function buildFlashcard(card: Card): FlashcardQuestion {
  return { type: 'flashcard', card, prompt: card.front, back: card.back, selfCheck: card.kind === 'self-check' };
}
