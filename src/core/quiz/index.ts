// Public API of the quiz core: what the drill screen, the readiness display and the review queue call.
/*
 * A drill screen, end to end (all pure; pass Math.random or seededRng(seed) as rng, epoch ms as dates):
 *   const pool = prepareChoicePool(deck.cards);                       // once per deck
 *   const plan = planDrill(nodeCards, states, { count: 20, interviewDate, rng, pool });
 *   for (const { question } of plan.questions) {
 *     choice    → outcome = option.correct ? 'correct' : 'wrong'
 *     typed     → outcome = outcomeOfTypedVerdict(checkTypedAnswer(question.answer, typed).verdict)  (show .diff)
 *     cloze     → same as typed
 *     flashcard → the learner says 'correct' or 'wrong' (self-check items: "I can" / "not yet")
 *     attempts.push(drillAttempt(question, outcome));
 *   }
 *   summarizeDrill(attempts)  → score, bySection, missed (with source line), missedCardIds for "drill again"
 *   drillAttemptToGrade(a)    → the FSRS grade, only when drills count as reviews
 * Readiness: readinessAt(statesOfNodeCards, interviewDate); the queue: isDueForInterview(state, date, retention, now).
 */
export type { Rng } from './rng.ts';
export { seededRng, shuffled } from './rng.ts';
export { normalizeAnswer, charLength } from './normalize.ts';
export type { DiffSegment, TypedAnswerCheck, TypedVerdict } from './typed-answer.ts';
export { checkTypedAnswer, isTypeableTerm, nearMissAllowance, MAX_TYPED_TERM_LENGTH } from './typed-answer.ts';
export type { ChoicePool } from './choice-pool.ts';
export { prepareChoicePool } from './choice-pool.ts';
export { nearnessOf } from './distractors.ts';
export { buildChoiceQuestion, type ChoiceOptions } from './choice-question.ts';
export { buildCloze, buildTypedQuestion, buildFlashcard } from './recall-questions.ts';
export type {
  ChoiceOption,
  ChoiceQuestion,
  ChoiceVariant,
  ClozeQuestion,
  ClozeSlot,
  DrillQuestion,
  FlashcardQuestion,
  Nearness,
  QuestionType,
  TypedQuestion,
} from './types.ts';
export { planDrill, type DrillPlan, type DrillPlanOptions, type PlannedQuestion } from './drill-plan.ts';
export type { DrillAttempt, DrillOutcome, DrillSummary, MissedConcept, SectionAccuracy } from './drill-summary.ts';
export { conceptOf, drillAttempt, drillAttemptToGrade, outcomeOfTypedVerdict, summarizeDrill } from './drill-summary.ts';
export { readinessAt, isDueForInterview, type InterviewDueOptions } from './readiness.ts';
export { retrievabilityAt, type FsrsWeights } from '../scheduler/retrievability.ts';
