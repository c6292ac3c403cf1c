// Multiple choice over a fixture of real roadmap excerpts that used to trip it: every question stays right.
import { describe, expect, it } from 'vitest';
import { compileRoadmap } from '../../src/core/deck/index.ts';
import { choiceAuditor, isTranslationOnly } from '../../src/core/quiz/choice-audit.ts';
import { prepareChoicePool } from '../../src/core/quiz/choice-pool.ts';
import { buildChoiceQuestion } from '../../src/core/quiz/choice-question.ts';
import { seededRng } from '../../src/core/quiz/rng.ts';
import type { ChoiceQuestion } from '../../src/core/quiz/types.ts';
import { fixture } from '../deck/helpers.ts';
import { choiceChecker } from './choice-properties.ts';

const deck = compileRoadmap(fixture('choice-traps.md'), 'choice-traps.md').deck!;
const pool = prepareChoicePool(deck.cards);
const SEEDS = 40;
const questions: ChoiceQuestion[] = deck.cards.flatMap((card) =>
  Array.from({ length: SEEDS }, (_, seed) => buildChoiceQuestion(card, pool, seededRng(`${card.id}/${seed}`))).filter(
    (q): q is ChoiceQuestion => q !== null,
  ),
);
const byFront = (text: string) => questions.filter((q) => q.card.front.includes(text));

describe('multiple choice on the trap excerpts', () => {
  it('keeps every rule, and nothing a learner would object to, over many seeds', () => {
    expect(questions.length).toBeGreaterThan(deck.cards.length);
    expect(questions.flatMap(choiceChecker(deck.cards)).slice(0, 10)).toEqual([]);
    const audit = choiceAuditor(deck.cards);
    const objections = questions
      .map((q) => ({ q: q.prompt, found: audit(q) }))
      .filter(({ found }) => found.misKeyed || found.contextDropped || found.alsoRight.length > 0 || found.lengthOutlier);
    expect(objections.slice(0, 5)).toEqual([]);
  });

  it("asks 「适用场景」 in the card's own database, not in the first list of its section that names the term", () => {
    const mongo = byFront('「MongoDB」中的「适用场景」').filter((q) => q.variant === 'term-to-explanation');
    expect(mongo.length).toBeGreaterThan(0);
    for (const q of mongo) {
      expect(q.prompt).toBe('「MongoDB」中的「适用场景」是什么？');
      expect(q.options.find((o) => o.correct)?.text).toBe('NFT 元数据、配置数据、日志数据');
    }
  });

  it("never offers a week's notes as a wrong answer to what belongs to that week", () => {
    const week = byFront('「Week 1-2：《Go 语言学习笔记》- 雨痕」包括哪些').concat(byFront('「必读书籍（按顺序）」依次是什么'));
    const notes = deck.cards.find((c) => c.label?.startsWith('Week 1-2') && c.label.endsWith('笔记重点'))!;
    for (const q of week) for (const o of q.options.filter((x) => !x.correct)) expect(notes.items).not.toContain(o.text);
  });

  it('does not ask a certification whose explanation only translates its name', () => {
    const certificate = deck.cards.find((c) => c.term === 'Go Programming Language (Coursera + Google)')!;
    expect(isTranslationOnly(certificate)).toBe(true);
    expect(byFront('Go Programming Language (Coursera + Google)')).toEqual([]);
  });
});
