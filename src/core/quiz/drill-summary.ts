// Drill results: the score, accuracy per section, the concepts missed (to drill again), and outcome → FSRS grade.
import type { Card } from '../deck/schema.ts';
import type { Grade } from '../review-contract.ts';
import type { TypedVerdict } from './typed-answer.ts';
import type { DrillQuestion, QuestionType } from './types.ts';

/** correct: right (exact typed answer, right option, "I knew it"); near: a near miss kept as right-but-hard. */
export type DrillOutcome = 'correct' | 'near' | 'wrong';

export interface DrillAttempt {
  card: Card;
  type: QuestionType;
  outcome: DrillOutcome;
}

export function drillAttempt(question: DrillQuestion, outcome: DrillOutcome): DrillAttempt {
  return { card: question.card, type: question.type, outcome };
}

/** The outcome a typed/cloze check implies, before any override by the learner. */
export function outcomeOfTypedVerdict(verdict: TypedVerdict): DrillOutcome {
  return verdict === 'exact' ? 'correct' : verdict === 'near' ? 'near' : 'wrong';
}

/**
 * For the "count drills as reviews" switch: correct → 3 Good, near → 2 Hard, wrong → 1 Again.
 * By default drills never move the schedule (storage keeps their attempts apart from the review log).
 */
export function drillAttemptToGrade(result: DrillOutcome | Pick<DrillAttempt, 'outcome'>): Grade {
  const outcome = typeof result === 'string' ? result : result.outcome;
  return outcome === 'correct' ? 3 : outcome === 'near' ? 2 : 1;
}

export interface SectionAccuracy {
  sectionId: string;
  section: string[];
  asked: number;
  /** Correct or near. */
  right: number;
  accuracy: number;
}

export interface MissedConcept {
  cardId: string;
  /** What the learner would call it: the term, the list label, the row's first cell, or the front. */
  concept: string;
  section: string[];
  source: { file: string; line: number };
}

export interface DrillSummary {
  total: number;
  correct: number;
  near: number;
  wrong: number;
  /** (correct + near) / total; 0 for an empty drill. */
  score: number;
  /** In the order sections were first met in the drill. */
  bySection: SectionAccuracy[];
  /** Cards whose last attempt was wrong, once each, in drill order. */
  missed: MissedConcept[];
  /** "Drill the missed ones again": pass these cards to planDrill. */
  missedCardIds: string[];
}

export function conceptOf(card: Card): string {
  return (card.term ?? card.label ?? card.cells?.[0]?.value ?? card.front).trim();
}

export function summarizeDrill(attempts: readonly DrillAttempt[]): DrillSummary {
  const counts = { correct: 0, near: 0, wrong: 0 };
  const sections = new Map<string, SectionAccuracy>();
  const lastOutcome = new Map<string, { card: Card; outcome: DrillOutcome }>();
  for (const { card, outcome } of attempts) {
    counts[outcome]++;
    const section = sections.get(card.sectionId) ?? { sectionId: card.sectionId, section: card.section, asked: 0, right: 0, accuracy: 0 };
    section.asked++;
    if (outcome !== 'wrong') section.right++;
    section.accuracy = section.right / section.asked;
    sections.set(card.sectionId, section);
    // Re-insert so the missed list follows the order of each card's last attempt.
    lastOutcome.delete(card.id);
    lastOutcome.set(card.id, { card, outcome });
  }
  const missed = [...lastOutcome.values()]
    .filter(({ outcome }) => outcome === 'wrong')
    .map<MissedConcept>(({ card }) => ({ cardId: card.id, concept: conceptOf(card), section: card.section, source: card.source }));
  const total = attempts.length;
  return {
    total,
    ...counts,
    score: total === 0 ? 0 : (counts.correct + counts.near) / total,
    bySection: [...sections.values()],
    missed,
    missedCardIds: missed.map((m) => m.cardId),
  };
}
