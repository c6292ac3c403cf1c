// Multiple choice on a hand-made deck: the rules hold for every card and seed, small nodes borrow from their stage.
import { describe, expect, it } from 'vitest';
import { buildChoiceQuestion } from '../../src/core/quiz/choice-question.ts';
import { seededRng } from '../../src/core/quiz/rng.ts';
import { normalizeAnswer } from '../../src/core/quiz/normalize.ts';
import { choiceChecker } from './choice-properties.ts';
import { card, cardById, handDeck } from './hand-deck.ts';

const cards = handDeck.cards;

describe('buildChoiceQuestion on a hand-made deck', () => {
  it('keeps every rule for every askable card over many seeds', () => {
    const problems: string[] = [];
    const check = choiceChecker(cards);
    let asked = 0;
    for (const card of cards) {
      for (let seed = 0; seed < 40; seed++) {
        const question = buildChoiceQuestion(card, cards, seededRng(seed));
        if (!question) continue;
        asked++;
        problems.push(...check(question));
      }
    }
    expect(problems).toEqual([]);
    // Every definition, list and table-row card of this deck has enough look-alikes.
    const askable = cards.filter((c) => c.kind !== 'self-check' && c.kind !== 'qa').length;
    expect(asked).toBe(askable * 40);
  });

  it('asks a definition both ways and offers four options when the section has enough', () => {
    const variants = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      const question = buildChoiceQuestion(cardById('hand.d2'), cards, seededRng(seed));
      expect(question?.options).toHaveLength(4);
      variants.add(question!.variant);
      // channel's section has three other definitions: all distractors come from it.
      expect(question!.distractorSources).toEqual(['section', 'section', 'section']);
    }
    expect(variants).toEqual(new Set(['term-to-explanation', 'explanation-to-term']));
  });

  it('never offers the explanation of the same term defined elsewhere', () => {
    for (let seed = 0; seed < 50; seed++) {
      const question = buildChoiceQuestion(cardById('hand.d1'), cards, seededRng(seed), { variant: 'term-to-explanation' });
      expect(question?.options.map((o) => o.text)).not.toContain('用户态协程，初始栈 2KB');
      expect(question?.options.map((o) => normalizeAnswer(o.text))).not.toContain(normalizeAnswer('Goroutine'));
    }
  });

  it('borrows from the stage for a one-card section, then from the roadmap', () => {
    const question = buildChoiceQuestion(cardById('hand.d8'), cards, seededRng(7), { variant: 'explanation-to-term' });
    expect(question?.options).toHaveLength(4);
    expect(question?.distractorSources).toEqual(['stage', 'stage', 'stage']);
    // Stage two holds one other definition (same section): the rest must come from the roadmap.
    const borrowed = buildChoiceQuestion(cardById('hand.d9'), cards, seededRng(3), { variant: 'explanation-to-term' });
    expect(borrowed?.distractorSources).toEqual(['section', 'roadmap', 'roadmap']);
  });

  it('within a stage, prefers a sibling section of the same chapter over a cousin', () => {
    const plan = '分阶段计划';
    const def = (id: string, path: string[], term: string, explanation: string) =>
      card({ id, kind: 'definition', section: path, sectionId: path.join('/'), line: 1, term, explanation });
    const deck = [
      def('a', [plan, '第一阶段', 'A'], 'GMP', '调度器模型'),
      def('b1', [plan, '第一阶段', 'B'], 'defer', '延迟执行'),
      def('b2', [plan, '第一阶段', 'B'], 'panic', '运行时恐慌'),
      ...['分库分表', '读写分离', '主从复制', '连接池化'].map((t, i) => def(`c${i}`, [plan, '第二阶段', 'C'], t, `数据库技巧${i}`)),
    ];
    for (let seed = 0; seed < 20; seed++) {
      const question = buildChoiceQuestion(deck[0]!, deck, seededRng(seed))!;
      expect(question.distractorSources).toEqual(['stage', 'stage', 'stage']);
      const from = question.options.filter((o) => !o.correct).map((o) => o.cardId).sort();
      expect(from.slice(0, 2)).toEqual(['b1', 'b2']);
    }
  });

  it('asks list membership without items that overlap the list', () => {
    for (let seed = 0; seed < 50; seed++) {
      const question = buildChoiceQuestion(cardById('hand.l3'), cards, seededRng(seed));
      expect(question?.variant).toBe('list-member');
      expect(question?.prompt).toContain('NoSQL 数据库');
      expect(question?.options.map((o) => o.text)).not.toContain('Redis Stream');
      const right = question!.options[question!.answerIndex]!.text;
      expect(['Redis', 'MongoDB', 'Elasticsearch']).toContain(right);
    }
  });

  it('asks which cell goes with a table row, with the same column of other rows as distractors', () => {
    const question = buildChoiceQuestion(cardById('hand.t1'), cards, seededRng(1));
    expect(question?.variant).toBe('table-cell');
    expect(question?.subject).toBe('熟练 Django');
    expect(question?.options).toHaveLength(3);
    const right = question!.options[question!.answerIndex]!.text;
    expect(question!.header === '内容' ? '注册登录、JWT认证' : 'Django REST Framework').toBe(right);
  });

  it('has no multiple choice for self-check and Q&A cards, or when look-alikes are too few', () => {
    expect(buildChoiceQuestion(cardById('hand.c1'), cards, seededRng(1))).toBeNull();
    expect(buildChoiceQuestion(cardById('hand.q1'), cards, seededRng(1))).toBeNull();
    const tiny = [cardById('hand.d1'), cardById('hand.d2')];
    expect(buildChoiceQuestion(tiny[0]!, tiny, seededRng(1))).toBeNull();
  });

  it('is deterministic for a seed', () => {
    const a = buildChoiceQuestion(cardById('hand.d9'), cards, seededRng('exam'));
    const b = buildChoiceQuestion(cardById('hand.d9'), cards, seededRng('exam'));
    expect(a).toEqual(b);
  });
});
