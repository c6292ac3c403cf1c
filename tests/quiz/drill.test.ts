// Drills: typed and cloze questions, weakest-first planning with mixed types, and the closing summary.
import { describe, expect, it } from 'vitest';
import type { CardState } from '../../src/core/review-contract.ts';
import { planDrill } from '../../src/core/quiz/drill-plan.ts';
import { drillAttempt, drillAttemptToGrade, outcomeOfTypedVerdict, summarizeDrill } from '../../src/core/quiz/drill-summary.ts';
import { buildCloze, buildTypedQuestion } from '../../src/core/quiz/recall-questions.ts';
import { seededRng } from '../../src/core/quiz/rng.ts';
import { prepareChoicePool } from '../../src/core/quiz/choice-pool.ts';
import { checkTypedAnswer } from '../../src/core/quiz/typed-answer.ts';
import { cardById, handDeck } from './hand-deck.ts';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2025, 2, 1);
const cards = handDeck.cards;

function reviewState(cardId: string, stability: number, lastReviewDaysAgo: number): CardState {
  const lastReview = T0 - lastReviewDaysAgo * DAY;
  return {
    cardId, deckId: 'hand', phase: 2, due: lastReview + stability * DAY, stability, difficulty: 5,
    elapsedDays: 0, scheduledDays: Math.round(stability), learningSteps: 0, reps: 3, lapses: 0, lastReview,
  };
}

describe('typed and cloze questions', () => {
  it('asks a short term from its explanation, and checks it with the shared normaliser', () => {
    const question = buildTypedQuestion(cardById('hand.d4'));
    expect(question).toMatchObject({ subject: '互斥锁，保护共享数据', answer: 'sync.Mutex' });
    expect(checkTypedAnswer(question!.answer, 'ＳＹＮＣ．ｍｕｔｅｘ').verdict).toBe('exact');
    expect(buildTypedQuestion(cardById('hand.l1'))).toBeNull();
  });

  it('blanks one item of a list and shows the others in order', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const cloze = buildCloze(cardById('hand.l1'), seededRng(seed))!;
      seen.add(cloze.answer);
      expect(cloze.slots.map((s) => (s.blank ? cloze.answer : s.text))).toEqual(['goroutine', 'channel', 'select', 'sync 包']);
      expect(cloze.slots.filter((s) => s.blank)).toHaveLength(1);
      expect(cloze.slots[cloze.blankIndex]?.blank).toBe(true);
    }
    expect(seen.size).toBe(4);
    expect(buildCloze(cardById('hand.d1'), seededRng(1))).toBeNull();
  });

  it('given the deck, asks neither a term defined twice with different contents nor an item other lists repeat', () => {
    const pool = prepareChoicePool(cards);
    // goroutine is defined in two sections with two explanations: typing it from one of them is a coin toss.
    expect(buildTypedQuestion(cardById('hand.d1'))).not.toBeNull();
    expect(buildTypedQuestion(cardById('hand.d1'), pool)).toBeNull();
    expect(buildTypedQuestion(cardById('hand.d4'), pool)?.answer).toBe('sync.Mutex');
    // channel is also an item of 消息中间件: the blank would have two plausible answers.
    const blanked = new Set<string>();
    for (let seed = 0; seed < 30; seed++) blanked.add(buildCloze(cardById('hand.l1'), seededRng(seed), pool)!.answer);
    expect(blanked).toEqual(new Set(['goroutine', 'select', 'sync 包']));
  });
});

describe('planDrill', () => {
  const interviewDate = T0 + 14 * DAY;
  // d1 well known, d2 fading, d3 forgotten long ago; every other card unseen.
  const states = [reviewState('hand.d1', 400, 1), reviewState('hand.d2', 20, 5), reviewState('hand.d3', 3, 30)];

  it('puts unseen cards first, then the lowest predicted recall at the interview date', () => {
    const plan = planDrill(cards, states, { count: 'all', interviewDate, rng: seededRng(1) });
    const order = plan.questions.map((q) => q.question.card.id);
    expect(order).toHaveLength(cards.length);
    expect(order.slice(-3)).toEqual(['hand.d3', 'hand.d2', 'hand.d1']);
    const recalls = plan.questions.map((q) => q.recallAtInterview);
    expect(recalls.slice(0, -3).every((r) => r === 0)).toBe(true);
    expect(recalls.slice(-3)).toEqual([...recalls.slice(-3)].sort((a, b) => a - b));
  });

  it('takes the requested number of the weakest cards', () => {
    const plan = planDrill(cards, states, { count: 5, interviewDate, rng: seededRng(2) });
    expect(plan.questions).toHaveLength(5);
    expect(plan.questions.map((q) => q.question.card.id)).not.toContain('hand.d1');
  });

  it('mixes question types: never three of a kind in a row when the cards allow otherwise', () => {
    for (let seed = 0; seed < 30; seed++) {
      const types = planDrill(cards, [], { count: 'all', interviewDate, rng: seededRng(seed) }).questions.map((q) => q.question.type);
      const runs = types.filter((t, i) => i >= 2 && t === types[i - 1] && t === types[i - 2]);
      expect(runs).toEqual([]);
      expect(new Set(types).size).toBeGreaterThanOrEqual(3);
    }
  });

  it('asks self-check cards flashcard-style by default, or skips them and says so', () => {
    const asked = planDrill(cards, [], { count: 'all', interviewDate, rng: seededRng(3) });
    const selfCheck = asked.questions.find((q) => q.question.card.id === 'hand.c1')?.question;
    expect(selfCheck).toMatchObject({ type: 'flashcard', selfCheck: true });
    const skipping = planDrill(cards, [], { count: 'all', interviewDate, rng: seededRng(3), selfCheck: 'skip' });
    expect(skipping.questions.map((q) => q.question.card.id)).not.toContain('hand.c1');
    expect(skipping.skipped).toEqual([{ cardId: 'hand.c1', reason: 'self-check' }]);
  });

  it('leaves reference cards (plans, catalogues) out unless asked to include them', () => {
    const withReference = cards.map((c) => (c.id === 'hand.d2' ? { ...c, role: 'reference' as const } : c));
    const plan = planDrill(withReference, [], { count: 'all', interviewDate, rng: seededRng(5) });
    expect(plan.questions.map((q) => q.question.card.id)).not.toContain('hand.d2');
    expect(plan.skipped).toContainEqual({ cardId: 'hand.d2', reason: 'reference' });
    const included = planDrill(withReference, [], { count: 'all', interviewDate, rng: seededRng(5), reference: 'include' });
    expect(included.questions.map((q) => q.question.card.id)).toContain('hand.d2');
  });

  it('drills a section with distractors from the whole deck when given as the pool', () => {
    const section = cards.filter((c) => c.sectionId === 'hand.s-err');
    const alone = planDrill(section, [], { count: 'all', interviewDate, rng: seededRng(4) });
    expect(alone.questions.map((q) => q.question.type)).not.toContain('choice');
    const pooled = planDrill(section, [], { count: 'all', interviewDate, rng: seededRng(4), pool: cards });
    const kinds = new Set<string>();
    for (let seed = 0; seed < 10; seed++) {
      planDrill(section, [], { count: 'all', interviewDate, rng: seededRng(seed), pool: cards }).questions.forEach((q) => kinds.add(q.question.type));
    }
    expect(pooled.questions).toHaveLength(1);
    expect(kinds).toContain('choice');
  });
});

describe('summarizeDrill', () => {
  it('scores the drill, per section, and lists the missed concepts with their source', () => {
    const plan = planDrill(cards.slice(0, 6), [], { count: 'all', interviewDate: T0, rng: seededRng(5) });
    const byId = new Map(plan.questions.map((q) => [q.question.card.id, q.question]));
    const attempts = [
      drillAttempt(byId.get('hand.d1')!, 'correct'),
      drillAttempt(byId.get('hand.d2')!, 'wrong'),
      drillAttempt(byId.get('hand.d3')!, outcomeOfTypedVerdict(checkTypedAnswer('select', 'selcet').verdict)),
      drillAttempt(byId.get('hand.d6')!, 'wrong'),
      drillAttempt(byId.get('hand.d5')!, 'wrong'),
      drillAttempt(byId.get('hand.d5')!, 'correct'), // asked again and got right: no longer missed
    ];
    const summary = summarizeDrill(attempts);
    expect(summary).toMatchObject({ total: 6, correct: 2, near: 1, wrong: 3, score: 0.5 });
    expect(summary.bySection).toEqual([
      { sectionId: 'hand.s-conc', section: ['第一阶段', '并发编程'], asked: 3, right: 2, accuracy: 2 / 3 },
      { sectionId: 'hand.s-mem', section: ['第一阶段', '内存管理'], asked: 3, right: 1, accuracy: 1 / 3 },
    ]);
    expect(summary.missed).toEqual([
      { cardId: 'hand.d2', concept: 'channel', section: ['第一阶段', '并发编程'], source: { file: 'hand.md', line: 4 } },
      { cardId: 'hand.d6', concept: 'GC', section: ['第一阶段', '内存管理'], source: { file: 'hand.md', line: 10 } },
    ]);
    expect(summary.missedCardIds).toEqual(['hand.d2', 'hand.d6']);
    expect(summarizeDrill([]).score).toBe(0);
  });

  it('maps outcomes to grades for drills that count as reviews', () => {
    expect(['correct', 'near', 'wrong'].map((o) => drillAttemptToGrade(o as 'correct'))).toEqual([3, 2, 1]);
    expect(drillAttemptToGrade({ outcome: 'near' })).toBe(2);
  });
});
