// Shared helpers for the deck compiler tests: compile a fixture or an inline roadmap and look cards up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRoadmap, type Card, type CompileResult, type Deck } from '../../src/core/deck/index.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'deck');
export const DECKS = join(import.meta.dirname, '..', '..', 'decks');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Compile and insist the result is a deck (the test fails with the problems otherwise). */
export function deckOf(text: string, file = 'sample.md'): Deck {
  const result = compileRoadmap(text, file);
  if (!result.deck) throw new Error(`no deck: ${result.problems.map((p) => `${p.line}: ${p.message}`).join('\n')}`);
  return result.deck;
}

export function compile(text: string, file = 'sample.md'): CompileResult {
  return compileRoadmap(text, file);
}

export function cardWithFront(deck: Deck, pattern: string | RegExp): Card {
  const found = deck.cards.filter((c) => (typeof pattern === 'string' ? c.front.includes(pattern) : pattern.test(c.front)));
  if (found.length !== 1) {
    throw new Error(`expected one card with front ${String(pattern)}, found ${found.length}:\n${deck.cards.map((c) => c.front).join('\n')}`);
  }
  return found[0]!;
}

/** Markdown a learner should never see on a card. */
export const RESIDUE = /\*\*|├──|└──|\]\(|(^|\s)\|(\s|$)/u;
