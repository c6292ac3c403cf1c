// The index entry the app reads to list decks and to skip merging a deck whose cards did not change.
// A card's role is part of the hash: a card that became reference must reach the app's queue indexes.
import type { Deck, DeckIndexEntry } from './schema.ts';
import { contentHashOfList } from './ids.ts';

export function buildDeckIndexEntry(deck: Deck): DeckIndexEntry {
  // Gathered in one array and passed whole: spreading 100,000 sections and cards into one call overflowed the stack.
  const parts = [deck.title];
  for (const s of deck.sections) parts.push(`${s.id}:${s.title}`);
  for (const c of deck.cards) parts.push(`${c.id}:${c.contentHash}:${c.role ?? ''}`);
  return {
    id: deck.id,
    slug: deck.slug,
    title: deck.title,
    file: deck.file,
    path: `${deck.slug}.json`,
    cardCount: deck.cards.length,
    sectionCount: deck.sections.length,
    contentHash: contentHashOfList(parts),
  };
}
