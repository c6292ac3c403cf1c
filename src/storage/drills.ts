// Drills in storage: what a drill of a node needs, and its attempts kept apart from the review log.
import { roleOf } from '../core/deck/schema.ts';
import { outlineDeck } from '../core/queue/outline.ts';
import { drillAttemptToGrade } from '../core/quiz/drill-summary.ts';
import type { CardState } from '../core/review-contract.ts';
import { unschedulableField } from '../core/scheduler/state-bounds.ts';
import { gradeCard } from './grading.ts';
import { syncTables } from './sync/outbox.ts';
import type { DrillDeck, DrillRecordResult, RecordDrillOptions, RecordedAttempt } from './index.ts';
import { readInterviewDates } from './interviews.ts';
import { activeStates, sectionStates } from './ranges.ts';
import { activeDecks, nodeOf } from './reading.ts';
import { toCardState } from './rows.ts';
import type { DrillRow, RoadcardsDb } from './schema.ts';
import { readSettings } from './settings-store.ts';

export async function readDrillDeck(db: RoadcardsDb, nodeId: string, now: number): Promise<DrillDeck | null> {
  const deck = (await activeDecks(db)).find((row) => row.id === nodeId || row.sections.some((s) => s.id === nodeId));
  if (!deck) return null;
  const outline = outlineDeck(deck);
  const nodes = outline.subtree(nodeId);
  const [cardRows, settings, interviews] = await Promise.all([
    db.cards.where('deckId').equals(deck.id).toArray(),
    readSettings(db),
    readInterviewDates(db),
  ]);
  const active = cardRows.filter((row) => row.retired === 0).sort((a, b) => a.order - b.order);
  // A drill asks concepts: reference cards (plans, catalogues, figures) neither count nor serve as distractors.
  const concepts = active.filter((row) => roleOf(row.card) === 'concept');
  const inNode = concepts.filter((row) => nodes.has(nodeOf(outline, row.sectionId)));
  const referenceInNode = active.filter((row) => roleOf(row.card) === 'reference' && nodes.has(nodeOf(outline, row.sectionId)));
  // Index ranges, not one get per card: at 10k cards single gets took seconds.
  const section = outline.sections.get(nodeId);
  const stateRows = section ? await sectionStates(db, deck.id, nodes) : await activeStates(db, deck.id);
  const states = new Map<string, CardState>();
  for (const row of stateRows) states.set(row.cardId, toCardState(row));
  // A state row missing from the indexes (never written that way, but cheap to be sure of) is read directly.
  // Reference cards are in no queue index: their states are always read this way.
  const missing = [...inNode, ...referenceInNode].filter((row) => !states.has(row.id)).map((row) => row.id);
  // Suspended and buried cards (parked: in no index either) stay out of drills, as out of daily review.
  const parked = new Set<string>();
  if (missing.length) for (const row of await db.states.bulkGet(missing)) if (row) row.parked === 1 ? parked.add(row.cardId) : states.set(row.cardId, toCardState(row));
  // The nearest date still ahead: a past interview says nothing about the next one.
  const interviewDate =
    [...outline.ancestry(nodeId)]
      .reverse()
      .map((id) => interviews[id])
      .find((date): date is number => date !== undefined && date >= now) ?? null;
  return {
    deckId: deck.id,
    nodeId: section ? nodeId : deck.id,
    path: [deck.title, ...(section ? section.path : [])],
    cards: inNode.filter((row) => !parked.has(row.id)).map((row) => row.card),
    referenceCards: referenceInNode.filter((row) => !parked.has(row.id)).map((row) => row.card),
    states,
    roadmapCards: concepts.map((row) => row.card),
    interviewDate,
    desiredRetention: settings.desiredRetention,
    ...(settings.parameters ? { weights: settings.parameters } : {}),
  };
}

/**
 * Stores the attempts not stored yet and, only with countAsReviews, grades each through gradeCard (same transaction,
 * review id = attempt id, so a replay never grades twice). A card gone from the roadmap, or whose state cannot be
 * scheduled, keeps its attempt ungraded.
 */
export async function recordDrill(
  db: RoadcardsDb,
  attempts: readonly RecordedAttempt[],
  options: RecordDrillOptions,
): Promise<DrillRecordResult> {
  const drillId = options.drillId ?? newDrillId(options.now);
  const result: DrillRecordResult = { drillId, recorded: 0, graded: [] };
  // gradeCard's own scope (sync's stores: a leech tag is recorded for other devices) when answers count as reviews.
  const tables = options.countAsReviews ? [db.drills, db.states, db.logs, db.cards, db.settings, db.marks, db.activitySlots, ...syncTables(db)] : [db.drills, db.cards];
  await db.transaction('rw', tables, async () => {
    const attemptIds = attempts.map((_, i) => `${drillId}:${i}`);
    const stored = new Set((await db.drills.where('attemptId').anyOf(attemptIds).toArray()).map((row) => row.attemptId));
    const fresh = attempts.flatMap((attempt, i) => (stored.has(attemptIds[i]!) ? [] : [{ attempt, attemptId: attemptIds[i]! }]));
    const cardRows = await db.cards.bulkGet(fresh.map(({ attempt }) => attempt.card.id));
    const rows: DrillRow[] = [];
    for (const [i, { attempt, attemptId }] of fresh.entries()) {
      const cardRow = cardRows[i];
      const answeredAt = attempt.answeredAt ?? options.now;
      const row: DrillRow = {
        attemptId,
        drillId,
        cardId: attempt.card.id,
        deckId: cardRow?.deckId ?? '',
        sectionId: attempt.card.sectionId,
        type: attempt.type,
        outcome: attempt.outcome,
        answeredAt,
        countedAsReview: 0,
      };
      if (options.nodeId !== undefined) row.nodeId = options.nodeId;
      if (attempt.durationMs !== undefined) row.durationMs = attempt.durationMs;
      if (options.countAsReviews && cardRow && cardRow.retired === 0 && (await canGrade(db, attempt.card.id))) {
        const grade = drillAttemptToGrade(attempt);
        const gradeOptions = attempt.durationMs === undefined ? { reviewId: attemptId } : { reviewId: attemptId, durationMs: attempt.durationMs };
        const { state, undo } = await gradeCard(db, attempt.card.id, grade, answeredAt, gradeOptions);
        row.countedAsReview = 1;
        row.reviewLogId = undo.logId;
        result.graded.push({ cardId: attempt.card.id, grade, state, undo });
      }
      rows.push(row);
    }
    await db.drills.bulkAdd(rows);
    result.recorded = rows.length;
  });
  return result;
}

/** A card whose stored state FSRS cannot schedule (a damaged import) keeps its attempt ungraded, like a retired one. */
async function canGrade(db: RoadcardsDb, cardId: string): Promise<boolean> {
  const row = await db.states.get(cardId);
  return row !== undefined && unschedulableField(toCardState(row)) === null;
}

function newDrillId(now: number): string {
  const random = globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
  return `drill-${now}-${random}`;
}

