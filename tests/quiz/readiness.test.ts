// Readiness and interview-driven due: checked against ts-fsrs's own retrievability on a fixed clock.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEmptyCard, default_w, fsrs, Rating, type Card as FsrsCard, type Grade as FsrsGrade } from 'ts-fsrs';
import type { CardState } from '../../src/core/review-contract.ts';
import { isDueForInterview, readinessAt } from '../../src/core/quiz/readiness.ts';
import { retrievabilityAt } from '../../src/core/scheduler/retrievability.ts';
import { stateOfTsFsrsCard } from '../fixtures/review/ts-fsrs-cards.ts';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const scheduler = fsrs({ enable_fuzz: false });

/** A card reviewed at the given days after T0 with the given grades, as ts-fsrs sees it. */
function reviewed(days: number[], grades: FsrsGrade[]): FsrsCard {
  let card = createEmptyCard(new Date(T0));
  days.forEach((day, i) => {
    card = scheduler.next(card, new Date(T0 + day * DAY), grades[i] ?? Rating.Good).card;
  });
  return card;
}

const toState = (cardId: string, card: FsrsCard): CardState => stateOfTsFsrsCard(cardId, card);

// Two Goods ten minutes apart: graduated to review, due two days later, stability ≈ 2.3 days.
const weak = reviewed([0, 10 / (24 * 60)], [Rating.Good, Rating.Good]);
const middling = reviewed([0, 1, 4], [Rating.Good, Rating.Hard, Rating.Good]);
const strong = reviewed([0, 3, 12, 40, 120], [Rating.Easy, Rating.Easy, Rating.Easy, Rating.Easy, Rating.Easy]);
const fresh = createEmptyCard(new Date(T0));

describe('retrievabilityAt', () => {
  it('is ts-fsrs retrievability for reviewed cards and 0 for new ones', () => {
    const at = T0 + 30 * DAY;
    for (const card of [weak, middling]) {
      expect(retrievabilityAt(toState('x', card), at)).toBe(scheduler.get_retrievability(card, new Date(at), false));
    }
    expect(retrievabilityAt(toState('x', fresh), at)).toBe(0);
    expect(retrievabilityAt(undefined, at)).toBe(0);
  });

  it('equals ts-fsrs get_retrievability exactly for any reviewed card and moment (its steps on plain numbers)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy), { minLength: 1, maxLength: 6 }),
        fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 6, maxLength: 6 }),
        fc.double({ min: -5, max: 800, noNaN: true }),
        (grades, gaps, after) => {
          let day = 0;
          const days = grades.map((_, i) => (day += gaps[i]!));
          const card = reviewed(days, grades as FsrsGrade[]);
          const at = card.last_review!.getTime() + after * DAY;
          const expected = scheduler.get_retrievability(card, new Date(at), false);
          expect(retrievabilityAt(toState('x', card), at)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('uses the weights it is given (an optimizer’s own)', () => {
    const steeper = [...default_w];
    steeper[20] = 0.5; // a faster-decaying curve
    const at = T0 + 60 * DAY;
    const expected = fsrs({ w: steeper }).get_retrievability(middling, new Date(at), false);
    expect(retrievabilityAt(toState('x', middling), at, steeper)).toBe(expected);
    expect(expected).not.toBe(scheduler.get_retrievability(middling, new Date(at), false));
  });
});

describe('readinessAt', () => {
  it('is the mean ts-fsrs retrievability on the date, unseen cards counting 0', () => {
    const date = T0 + 45 * DAY;
    const states = [toState('a', weak), toState('b', middling), toState('c', strong), toState('d', fresh), undefined];
    const r = (card: FsrsCard) => scheduler.get_retrievability(card, new Date(date), false);
    const expected = (r(weak) + r(middling) + r(strong) + 0 + 0) / 5;
    expect(readinessAt(states, date)).toBeCloseTo(expected, 12);
    expect(expected).toBeGreaterThan(0.2);
    expect(expected).toBeLessThan(0.6);
  });

  it('drops as the date moves further away, and is 0 for a node nobody studied', () => {
    const states = [toState('a', weak), toState('b', middling), toState('c', strong)];
    expect(readinessAt(states, T0 + 150 * DAY)).toBeGreaterThan(readinessAt(states, T0 + 400 * DAY));
    expect(readinessAt([undefined, toState('d', fresh)], T0 + DAY)).toBe(0);
    expect(readinessAt([], T0)).toBe(0);
  });
});

describe('isDueForInterview', () => {
  const interview = T0 + 30 * DAY;

  it('makes a card due now when its recall on the date would be below the target', () => {
    const now = T0 + 1.5 * DAY;
    expect(scheduler.get_retrievability(weak, new Date(interview), false)).toBeLessThan(0.9);
    expect(weak.due.getTime()).toBeGreaterThan(now); // not due by the normal schedule…
    expect(isDueForInterview(toState('a', weak), interview, 0.9, now)).toBe(true); // …but due for the interview
  });

  it('leaves alone a card that will still be remembered on the date', () => {
    const now = T0 + 130 * DAY;
    const date = T0 + 140 * DAY;
    expect(scheduler.get_retrievability(strong, new Date(date), false)).toBeGreaterThan(0.9);
    expect(isDueForInterview(toState('c', strong), date, 0.9, now)).toBe(false);
  });

  it('hands back to normal scheduling once the date has come', () => {
    expect(isDueForInterview(toState('a', weak), interview, 0.9, interview)).toBe(false);
    expect(isDueForInterview(toState('a', weak), interview, 0.9, interview + 5 * DAY)).toBe(false);
  });

  it('does not bring back a card reviewed less than a day ago, nor introduce new cards', () => {
    expect(isDueForInterview(toState('a', weak), interview, 0.9, T0 + 3 * 60 * 60 * 1000)).toBe(false);
    expect(isDueForInterview(toState('a', weak), interview, 0.9, T0 + 3 * 60 * 60 * 1000, { minGapMs: 0 })).toBe(true);
    expect(isDueForInterview(toState('d', fresh), interview, 0.9, T0 + DAY)).toBe(false);
  });

  it('depends on the desired retention', () => {
    const now = T0 + 20 * DAY;
    const onDate = scheduler.get_retrievability(middling, new Date(interview), false);
    expect(isDueForInterview(toState('b', middling), interview, onDate + 0.01, now)).toBe(true);
    expect(isDueForInterview(toState('b', middling), interview, onDate - 0.01, now)).toBe(false);
  });
});
