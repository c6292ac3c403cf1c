// Which cards a roadmap edit moved: a card gone from one heading and a new card asking the same elsewhere.
import { identityKey } from './ids.ts';

/** What pairing needs of a card: its id and kind, its text's hash, and the term or label it asks about. */
export interface MovableCard {
  id: string;
  kind: string;
  contentHash: string;
  back: string;
  term?: string;
  label?: string;
}

/** The same question: a term or label with the same answer (a front may name its heading), else the same front and back. */
function questionKey(card: MovableCard): string {
  const subject = card.term ?? card.label;
  return subject === undefined ? `${card.kind}\u0001=${card.contentHash}` : `${card.kind}\u0001${identityKey(subject)}\u0001${card.back}`;
}

/**
 * Pairs each new card with the gone card it is a move of, as `new id → old id`.
 *
 * A card id hashes the section path, so renaming a heading (python-roadmap's 「并发编程与异步处理」 → 「Python 并发编程」
 * gives 79 new ids) or moving a concept under another heading makes a new card. The same kind asking the same term
 * (or list label) with the same answer is the same question, even when its front names the new heading, so its
 * progress belongs to the new card. Only pairs that are unique on both sides count: two gone cards and one new card
 * with one question could be either, and a wrong guess would give a card another card's memory.
 */
export function pairMovedCards(gone: readonly MovableCard[], added: readonly MovableCard[]): Map<string, string> {
  const goneByKey = new Map<string, string[]>();
  for (const card of gone) goneByKey.set(questionKey(card), [...(goneByKey.get(questionKey(card)) ?? []), card.id]);
  const addedCount = new Map<string, number>();
  for (const card of added) addedCount.set(questionKey(card), (addedCount.get(questionKey(card)) ?? 0) + 1);
  const pairs = new Map<string, string>();
  for (const card of added) {
    const candidates = goneByKey.get(questionKey(card));
    if (candidates?.length === 1 && addedCount.get(questionKey(card)) === 1) pairs.set(card.id, candidates[0]!);
  }
  return pairs;
}
