// Multiple choice over EVERY card of the five real roadmaps: the rules hold, and small nodes borrow from their stage.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRoadmap } from '../../src/core/deck/index.ts';
import type { Card, Deck } from '../../src/core/deck/schema.ts';
import { prepareChoicePool } from '../../src/core/quiz/choice-pool.ts';
import { buildChoiceQuestion } from '../../src/core/quiz/choice-question.ts';
import { planDrill } from '../../src/core/quiz/drill-plan.ts';
import { normalizeAnswer } from '../../src/core/quiz/normalize.ts';
import { buildCloze } from '../../src/core/quiz/recall-questions.ts';
import { seededRng } from '../../src/core/quiz/rng.ts';
import type { ChoiceQuestion } from '../../src/core/quiz/types.ts';
import { choiceChecker } from './choice-properties.ts';
import { isTranslationOnly } from '../../src/core/quiz/choice-audit.ts';

const decksDir = join(import.meta.dirname, '../../decks');
const files = readdirSync(decksDir).filter((f) => f.endsWith('.md')).sort();
const SEEDS = 3;
const family = (card: Card) => (card.kind === 'sequence' ? 'list' : card.kind);

function compiled(file: string): Deck {
  const { deck, problems } = compileRoadmap(readFileSync(join(decksDir, file), 'utf8'), file);
  if (!deck) throw new Error(`${file} did not compile: ${problems.map((p) => p.message).join('; ')}`);
  return deck;
}

/** Normalised texts a card could offer as an option of its own family: the pool a question may draw on. */
function optionTexts(card: Card): string[] {
  if (card.kind === 'definition') return [card.term ?? '', card.explanation ?? ''];
  if (card.kind === 'list' || card.kind === 'sequence') return card.items ?? [];
  if (card.kind === 'table-row') return (card.cells ?? []).slice(1).map((c) => c.value);
  return [];
}

it('finds the five roadmaps', () => {
  expect(files).toHaveLength(5);
});

describe.each(files)('%s', (file) => {
  const deck = compiled(file);
  const pool = prepareChoicePool(deck.cards);
  const questions: ChoiceQuestion[] = [];
  const unaskable: Card[] = [];
  for (const card of deck.cards) {
    for (let seed = 0; seed < SEEDS; seed++) {
      const question = buildChoiceQuestion(card, pool, seededRng(`${card.id}/${seed}`));
      if (question) questions.push(question);
      else if (seed === 0 && card.kind !== 'self-check' && card.kind !== 'qa') unaskable.push(card);
    }
  }

  it('keeps every multiple-choice rule on every card it can ask', () => {
    const check = choiceChecker(deck.cards);
    const problems = questions.flatMap(check);
    expect(problems.slice(0, 10)).toEqual([]);
    expect(questions.length).toBeGreaterThan(0);
  });

  it('asks a card as multiple choice whenever its roadmap holds enough look-alikes', () => {
    // A card left out must be one whose family offers fewer than four distinct texts outside its own card;
    // the only such cards in these roadmaps share a term with every other definition around them (实战建议 ×5).
    // Also left out on purpose: a translation-only card, and a definition whose explanation is 1.5× longer than every
    // explanation that could stand beside it (it would be picked by its length).
    const explanationLengths = deck.cards.filter((c) => c.kind === 'definition').map((c) => [...(c.explanation ?? '')].length);
    const tooLong = (card: Card) => {
      const own = [...(card.explanation ?? '')].length;
      return card.kind === 'definition' && explanationLengths.filter((l) => l * 1.5 > own).length <= 4;
    };
    const reasons = unaskable.filter((card) => !isTranslationOnly(card) && !tooLong(card)).map((card) => {
      const others = new Set(
        deck.cards
          .filter((c) => c.id !== card.id && family(c) === family(card) && normalizeAnswer(c.term ?? c.label ?? '') !== normalizeAnswer(card.term ?? card.label ?? ''))
          .flatMap(optionTexts)
          .map(normalizeAnswer),
      );
      return { card: `${card.id} ${card.front}`, distinctOthers: others.size };
    });
    expect(reasons.filter((r) => r.distinctOthers >= 12)).toEqual([]);
  });

  it('offers four options when the roadmap allows, and borrows from the stage for a small section', () => {
    const fourOrMore = questions.filter((q) => q.options.length === 4).length;
    expect(fourOrMore / questions.length).toBeGreaterThan(0.9);
    // A section whose only card of a family is the asked one cannot supply a same-section distractor.
    const alone = questions.filter((q) => {
      const siblings = deck.cards.filter((c) => c.sectionId === q.card.sectionId && family(c) === family(q.card) && c.id !== q.card.id);
      return siblings.length === 0;
    });
    for (const q of alone) expect(q.distractorSources).not.toContain('section');
    const fromStage = alone.filter((q) => q.distractorSources.includes('stage'));
    if (alone.length > 0) expect(fromStage.length).toBeGreaterThan(0);
  });

  it('blanks a typeable item for cloze and plans an all-cards drill with every concept once, reference cards on request', () => {
    for (const card of deck.cards.filter((c) => c.kind === 'list')) {
      const cloze = buildCloze(card, seededRng(card.id), pool);
      if (cloze) expect(card.items?.map((i) => i.trim())).toContain(cloze.answer);
    }
    const plan = planDrill(deck.cards, [], { count: 'all', interviewDate: Date.UTC(2025, 5, 1), rng: seededRng(file) });
    const concepts = deck.cards.filter((c) => c.role === 'concept');
    expect(new Set(plan.questions.map((q) => q.question.card.id))).toEqual(new Set(concepts.map((c) => c.id)));
    const everything = planDrill(deck.cards, [], { count: 'all', interviewDate: Date.UTC(2025, 5, 1), rng: seededRng(file), reference: 'include' });
    expect(new Set(everything.questions.map((q) => q.question.card.id)).size).toBe(deck.cards.length);
  });
});
