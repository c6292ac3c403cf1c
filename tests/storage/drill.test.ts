// Drills in storage: what a drill of a node gets, and that its attempts leave the schedule alone unless they count.
import { afterEach, describe, expect, it } from 'vitest';
import { planDrill, prepareChoicePool, seededRng, drillAttemptToGrade } from '../../src/core/quiz/index.ts';
import type { DrillOutcome } from '../../src/core/quiz/index.ts';
import type { RecordedAttempt } from '../../src/storage/index.ts';
import type { RoadcardsDb } from '../../src/storage/schema.ts';
import { beijingTime, DAY, MINUTE } from '../fixtures/review/clock.ts';
import { openTest } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';

let toClose: { close(): void }[] = [];
afterEach(() => {
  for (const item of toClose) item.close();
  toClose = [];
});

const MORNING = beijingTime(10, 9);
const LATER = MORNING + 3 * DAY;

/** road: stage1 (s1a: a1–a3, s1b: b1–b3), stage2 (s2a: c1–c3); a1 and b1 learnt on day 10. */
async function setup() {
  const opened = await openTest();
  toClose.push(opened.rc, opened.raw);
  await opened.rc.syncDecks(deckServer([twoStageDeck('road', 3)]).fetchJson, MORNING);
  for (const id of ['road:a1', 'road:b1']) await opened.rc.grade(id, 4, MORNING);
  return opened;
}

async function rawTables(raw: RoadcardsDb) {
  return { states: await raw.states.toArray(), logs: await raw.logs.toArray(), cards: await raw.cards.toArray() };
}

async function attemptsFor(rc: Awaited<ReturnType<typeof setup>>['rc'], outcomes: Record<string, DrillOutcome>) {
  const drill = (await rc.drillDeck('road/stage1', LATER))!;
  return drill.cards
    .filter((card) => card.id in outcomes)
    .map<RecordedAttempt>((card) => ({ card, type: 'flashcard', outcome: outcomes[card.id]! }));
}

describe('drillDeck', () => {
  it('gives the node’s active cards in roadmap order with every state, and the whole roadmap for distractors', async () => {
    const { rc } = await setup();
    const drill = await rc.drillDeck('road/stage1', LATER);
    expect(drill).toMatchObject({ deckId: 'road', nodeId: 'road/stage1', path: ['Roadmap road', 'Stage 1'], interviewDate: null });
    expect(drill!.cards.map((card) => card.id)).toEqual(['road:a1', 'road:a2', 'road:a3', 'road:b1', 'road:b2', 'road:b3']);
    expect([...drill!.states.keys()].sort()).toEqual(drill!.cards.map((card) => card.id).sort());
    expect(drill!.states.get('road:a1')!.phase).toBe(2);
    expect(drill!.states.get('road:a2')!.phase).toBe(0);
    expect(drill!.roadmapCards).toHaveLength(9);
    expect(drill!.desiredRetention).toBe(0.9);
    expect(await rc.drillDeck('nowhere', LATER)).toBeNull();
  });

  it('feeds planDrill: learnt cards come last, the weakest first', async () => {
    const { rc } = await setup();
    const drill = (await rc.drillDeck('road/stage1', LATER))!;
    const plan = planDrill(drill.cards, drill.states, {
      count: 'all',
      interviewDate: LATER,
      rng: seededRng(7),
      pool: prepareChoicePool(drill.roadmapCards),
    });
    expect(plan.questions.map((q) => q.question.card.id).slice(-2).sort()).toEqual(['road:a1', 'road:b1']);
  });

  it('offers the nearest interview date still ahead, its own before an ancestor’s', async () => {
    const { rc } = await setup();
    await rc.setInterviewDate('road', LATER + 9 * DAY);
    expect((await rc.drillDeck('road/s1a', LATER))!.interviewDate).toBe(LATER + 9 * DAY);
    await rc.setInterviewDate('road/stage1', LATER + 2 * DAY);
    expect((await rc.drillDeck('road/s1a', LATER))!.interviewDate).toBe(LATER + 2 * DAY);
    await rc.setInterviewDate('road/s1a', LATER - DAY); // already past
    expect((await rc.drillDeck('road/s1a', LATER))!.interviewDate).toBe(LATER + 2 * DAY);
  });
});

describe('recordDrill', () => {
  it('keeps attempts but leaves card states, the review log, the queue and the tree untouched by default', async () => {
    const { rc, raw } = await setup();
    const before = await rawTables(raw);
    const queueBefore = await rc.studyItems('road', LATER);
    const treeBefore = await rc.deckTree(LATER);
    const attempts = await attemptsFor(rc, { 'road:a1': 'wrong', 'road:a2': 'correct', 'road:b1': 'near' });
    const result = await rc.recordDrill(attempts, { countAsReviews: false, now: LATER, nodeId: 'road/stage1' });
    expect(result).toMatchObject({ recorded: 3, graded: [] });
    expect(await rawTables(raw)).toEqual(before);
    expect(await rc.studyItems('road', LATER)).toEqual(queueBefore);
    expect(await rc.deckTree(LATER)).toEqual(treeBefore);
    const kept = await raw.drills.toArray();
    expect(kept.map((row) => [row.cardId, row.outcome, row.countedAsReview, row.nodeId])).toEqual([
      ['road:a1', 'wrong', 0, 'road/stage1'],
      ['road:a2', 'correct', 0, 'road/stage1'],
      ['road:b1', 'near', 0, 'road/stage1'],
    ]);
    expect(kept.every((row) => row.deckId === 'road' && row.answeredAt === LATER)).toBe(true);
  });

  it('records only the new attempts when called again for the same drill', async () => {
    const { rc, raw } = await setup();
    const attempts = await attemptsFor(rc, { 'road:a1': 'wrong', 'road:a2': 'correct', 'road:a3': 'wrong' });
    await rc.recordDrill(attempts.slice(0, 1), { countAsReviews: false, now: LATER, drillId: 'd1' });
    const again = await rc.recordDrill(attempts, { countAsReviews: false, now: LATER, drillId: 'd1' });
    expect(again.recorded).toBe(2);
    expect((await rc.recordDrill(attempts, { countAsReviews: false, now: LATER, drillId: 'd1' })).recorded).toBe(0);
    expect((await raw.drills.toArray()).map((row) => row.attemptId)).toEqual(['d1:0', 'd1:1', 'd1:2']);
  });

  it('grades each card through the normal path when drills count as reviews, once even if replayed', async () => {
    const { rc, raw } = await setup();
    const attempts = await attemptsFor(rc, { 'road:a1': 'wrong', 'road:a2': 'correct', 'road:b1': 'near' });
    const timed = attempts.map((attempt, i) => ({ ...attempt, answeredAt: LATER + i * MINUTE }));
    const result = await rc.recordDrill(timed, { countAsReviews: true, now: LATER + 5 * MINUTE, drillId: 'd2' });
    expect(result.graded.map((g) => [g.cardId, g.grade])).toEqual(
      timed.map((a) => [a.card.id, drillAttemptToGrade(a)]),
    );
    const logs = await raw.logs.where('reviewedAt').aboveOrEqual(LATER).toArray();
    expect(logs.map((log) => [log.cardId, log.grade, log.kind, log.reviewedAt])).toEqual([
      ['road:a1', 1, 'review', LATER],
      ['road:a2', 3, 'review', LATER + MINUTE],
      ['road:b1', 2, 'review', LATER + 2 * MINUTE],
    ]);
    expect((await raw.states.get('road:a1'))!.lapses).toBe(1);
    expect((await raw.states.get('road:a2'))!.phase).not.toBe(0);
    expect((await raw.drills.toArray()).map((row) => row.reviewLogId)).toEqual(logs.map((log) => log.id));
    // Counted reviews use up today's new-card allowance like any review.
    await rc.saveSettings({ newPerDay: 1 });
    expect((await rc.studyItems('road', LATER + 6 * MINUTE)).filter((i) => i.state.phase === 0)).toEqual([]);
    await rc.recordDrill(timed, { countAsReviews: true, now: LATER + 7 * MINUTE, drillId: 'd2' });
    expect(await raw.logs.where('reviewedAt').aboveOrEqual(LATER).count()).toBe(3);
  });

  it('lets the last counted attempt be undone like a review', async () => {
    const { rc, raw } = await setup();
    const before = await raw.states.get('road:b1');
    const attempts = await attemptsFor(rc, { 'road:b1': 'wrong' });
    const { graded } = await rc.recordDrill(attempts, { countAsReviews: true, now: LATER });
    await rc.undo(graded[0]!.undo);
    expect(await raw.states.get('road:b1')).toEqual(before);
    expect(await raw.drills.count()).toBe(1); // the attempt itself happened and stays
  });
});

describe('recordDrill with a damaged state', () => {
  it('keeps the attempt of a card FSRS cannot schedule ungraded, and grades the others', async () => {
    const { rc, raw } = await setup();
    const row = (await raw.states.get('road:a2'))!;
    await raw.states.put({ ...row, phase: 2, stability: -5, difficulty: 5, reps: 1, lastReview: MORNING - DAY, due: MORNING, newOrder: undefined, reviewDue: MORNING });
    const attempts = await attemptsFor(rc, { 'road:a2': 'correct', 'road:a3': 'wrong' });
    const result = await rc.recordDrill(attempts, { countAsReviews: true, now: LATER, drillId: 'd' });
    expect(result.recorded).toBe(2);
    expect(result.graded.map((g) => g.cardId)).toEqual(['road:a3']);
    expect((await raw.drills.toArray()).map((d) => [d.cardId, d.countedAsReview])).toEqual([['road:a2', 0], ['road:a3', 1]]);
  });
});
