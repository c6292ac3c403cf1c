// The index entry the app reads to list decks and to skip merging a deck whose cards did not change.
// A card's role is part of the hash: a card that became reference must reach the app's queue indexes.
import type { Deck, DeckIndexEntry } from './schema.ts';
import { contentHashOf } from './ids.ts';

export function buildDeckIndexEntry(deck: Deck): DeckIndexEntry {
  const cardsHash = contentHashOf(deck.title, ...deck.sections.map((s) => `${s.id}:${s.title}`), ...deck.cards.map((c) => `${c.id}:${c.contentHash}:${c.role ?? ''}`));
  return {
    id: deck.id,
    slug: deck.slug,
    title: deck.title,
    file: deck.file,
    path: `${deck.slug}.json`,
    cardCount: deck.cards.length,
    sectionCount: deck.sections.length,
    contentHash: cardsHash,
  };
}
