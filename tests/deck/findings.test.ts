// What a learner studying the five real roadmaps card by card would want to skip stays under issue 7's targets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleOf } from '../../src/core/deck/index.ts';
import { deckFindings, isGiveAway } from '../../src/core/deck/findings.ts';
import { DECKS, deckOf } from './helpers.ts';

const norm = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}`]/gu, '');
const roadmaps = readdirSync(DECKS)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((file) => {
    const text = readFileSync(join(DECKS, file), 'utf8');
    const deck = deckOf(text, file);
    // Counted once here: the pairwise duplicate count over python-roadmap's thousand cards takes seconds on a loaded machine.
    return { file, deck, found: deckFindings(deck, text) };
  });

describe('the five roadmaps in daily review', () => {
  it('have at most 1% of cards with a bare-label list, a give-away front or a back another card shares', () => {
    let skip = 0;
    let inReview = 0;
    for (const { found } of roadmaps) {
      skip += found.skipWorthy;
      inReview += found.inReview;
    }
    expect(inReview).toBeGreaterThan(1000);
    expect(skip / inReview).toBeLessThanOrEqual(0.01);
  });

  it('file no closing blockquote under the sub-heading before it (golang-web-backend: a role’s 核心/技能 after 薪资水平)', () => {
    for (const { file, found } of roadmaps) expect(found.wrongHeading, file).toBe(0);
  });

  it('never show one answer on two cards of a roadmap (python-roadmap: 协程 < 线程 < 进程 for three costs)', () => {
    for (const { file, deck } of roadmaps) {
      const seen = new Map<string, string>();
      for (const card of deck.cards) {
        if (roleOf(card) !== 'concept' || card.kind === 'self-check') continue;
        expect(seen.get(norm(card.back)), `${file}: ${card.front} → ${card.back}`).toBeUndefined();
        seen.set(norm(card.back), card.front);
      }
    }
  });
});

describe('a give-away front', () => {
  it('is judged by the back the learner sees: a card asked the other way answers with its term', () => {
    const deck = deckOf(['# P', '', '## 模型', '', '```', '模型层：', '• 模型关系：一对一、一对多、多对多', '```', '', '## ORM', '', '```', 'SQLAlchemy ORM：', '• 关系映射：一对一、一对多、多对多', '```', ''].join('\n'));
    const reversed = deck.cards.find((c) => c.term === '关系映射')!;
    expect(reversed.front).toContain('「一对一、一对多、多对多」');
    expect(isGiveAway(reversed)).toBe(false);
  });
});
