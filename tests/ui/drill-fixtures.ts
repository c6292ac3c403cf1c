// Decks for the drill tests: the quiz core's hand-made roadmap (every card kind) and a one-card roadmap whose only question is typed.
import { DECK_FORMAT_VERSION, type Card, type Deck, type DeckIndex } from '../../src/core/deck/schema.ts';
import { buildDeckIndexEntry } from '../../src/core/deck/deck-index.ts';
import { handDeck } from '../quiz/hand-deck.ts';

/** One definition card and nothing to borrow distractors from: the drill can only ask it as a typed answer. */
export const SOLO_DECK: Deck = {
  formatVersion: DECK_FORMAT_VERSION,
  id: 'solo',
  slug: 'solo',
  title: '单卡路线图',
  file: 'solo.md',
  sections: [{ id: 'solo.s1', path: ['第一阶段'], title: '第一阶段', parentId: null, kind: 'stage', line: 1, cardCount: 1 }],
  cards: [
    {
      id: 'solo.k8s',
      kind: 'definition',
      section: ['第一阶段'],
      sectionId: 'solo.s1',
      front: 'Kubernetes',
      back: '开源的容器编排平台',
      term: 'Kubernetes',
      explanation: '开源的容器编排平台',
      source: { file: 'solo.md', line: 3 },
      contentHash: 'h-solo.k8s',
    },
  ],
};

const INDEX: DeckIndex = { formatVersion: DECK_FORMAT_VERSION, decks: [buildDeckIndexEntry(handDeck), buildDeckIndexEntry(SOLO_DECK)] };

export async function drillFetchJson(path: string): Promise<unknown> {
  if (path === 'decks/index.json') return structuredClone(INDEX);
  for (const deck of [handDeck, SOLO_DECK]) if (path === `decks/${deck.id}.json`) return structuredClone(deck);
  throw new Error(`404 ${path}`);
}

export function cardOf(id: string): Card {
  const found = [...handDeck.cards, ...SOLO_DECK.cards].find((card) => card.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

/** Every text a card itself holds: the right option of a question about it is one of these, a distractor never is. */
export function ownTexts(card: Card): string[] {
  return [card.term, card.explanation, ...(card.items ?? []), ...(card.cells ?? []).map((cell) => cell.value)]
    .filter((text): text is string => typeof text === 'string')
    .map((text) => text.trim());
}
