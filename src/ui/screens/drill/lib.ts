// The drill flow without the DOM: a run of planned questions, answers and overrides, the attempts to record, and what a key means.
import {
  checkTypedAnswer,
  drillAttempt,
  outcomeOfTypedVerdict,
  type DrillOutcome,
  type DrillQuestion,
  type TypedAnswerCheck,
} from '../../../core/quiz/index.ts';
import type { RecordedAttempt } from '../../../storage/index.ts';

export type DrillCount = 20 | 50 | 'all';
export const DRILL_COUNTS: readonly DrillCount[] = [20, 50, 'all'];

/** The current question's answer, once given; typed and cloze answers keep their check for the diff. */
export interface Answer {
  outcome: DrillOutcome;
  /** Choice: the option picked (0-based). */
  picked?: number;
  /** Typed and cloze: what was typed and how it compared. */
  typed?: string;
  check?: TypedAnswerCheck;
  /** The learner overrode the checker's verdict. */
  overridden?: boolean;
}

export interface DrillRun {
  questions: readonly DrillQuestion[];
  index: number;
  answer: Answer | null;
  /** Flashcard: the back is shown. */
  revealed: boolean;
  /** One per question answered and gone past, in order: what storage records. */
  attempts: RecordedAttempt[];
  /** When the current question was first shown, for the attempt's duration. */
  shownAt: number;
}

export function startRun(questions: readonly DrillQuestion[], now: number): DrillRun {
  return { questions, index: 0, answer: null, revealed: false, attempts: [], shownAt: now };
}

export function currentQuestion(run: DrillRun): DrillQuestion | null {
  return run.questions[run.index] ?? null;
}

export function isFinished(run: DrillRun): boolean {
  return run.index >= run.questions.length;
}

/** Multiple choice: the first pick counts; a second press changes nothing. */
export function pick(run: DrillRun, option: number): DrillRun {
  const question = currentQuestion(run);
  if (question?.type !== 'choice' || run.answer) return run;
  const chosen = question.options[option];
  if (!chosen) return run;
  return { ...run, answer: { outcome: chosen.correct ? 'correct' : 'wrong', picked: option } };
}

/** Typed answer and cloze: exact → correct (Good), a near miss → near (Hard), otherwise wrong (Again). */
export function submitTyped(run: DrillRun, typed: string): DrillRun {
  const question = currentQuestion(run);
  if ((question?.type !== 'typed' && question?.type !== 'cloze') || run.answer) return run;
  const check = checkTypedAnswer(question.answer, typed);
  return { ...run, answer: { outcome: outcomeOfTypedVerdict(check.verdict), typed, check } };
}

/** "I was right" / "count as wrong" after a typed check; the checker's own verdict again clears the override. */
export function override(run: DrillRun, outcome: 'correct' | 'wrong'): DrillRun {
  const answer = run.answer;
  if (!answer?.check || answer.outcome === outcome) return run;
  const own = outcomeOfTypedVerdict(answer.check.verdict);
  return { ...run, answer: { ...answer, outcome, overridden: outcome !== own } };
}

export function reveal(run: DrillRun): DrillRun {
  return currentQuestion(run)?.type === 'flashcard' && !run.revealed ? { ...run, revealed: true } : run;
}

/** Flashcard: "I knew it" / "not yet" is the whole answer, so it goes straight on to the next question. */
export function judge(run: DrillRun, knew: boolean, now: number): DrillRun {
  if (currentQuestion(run)?.type !== 'flashcard' || !run.revealed) return run;
  return next({ ...run, answer: { outcome: knew ? 'correct' : 'wrong' } }, now);
}

/** Keeps the current answer as an attempt and moves on; nothing happens before an answer. */
export function next(run: DrillRun, now: number): DrillRun {
  const question = currentQuestion(run);
  if (!question || !run.answer) return run;
  const attempt: RecordedAttempt = { ...drillAttempt(question, run.answer.outcome), answeredAt: now, durationMs: Math.max(0, now - run.shownAt) };
  return { ...run, index: run.index + 1, answer: null, revealed: false, attempts: [...run.attempts, attempt], shownAt: now };
}

/** A key press reduced to what it can mean in a drill. */
export type DrillKey = { kind: 'digit'; digit: number } | { kind: 'go' } | { kind: 'yes' } | { kind: 'no' };

export type DrillAction =
  | { kind: 'pick'; option: number }
  | { kind: 'next' }
  | { kind: 'reveal' }
  | { kind: 'judge'; knew: boolean }
  | { kind: 'override'; outcome: 'correct' | 'wrong' };

/**
 * What a key does at this point of the run: 1–4 pick an option; Enter/Space go on once answered (or reveal a
 * flashcard); on a revealed flashcard 1/N "not yet", 2/Y "I knew it"; after a typed check Y "I was right", N "count as wrong".
 */
export function actionForKey(run: DrillRun, key: DrillKey): DrillAction | null {
  const question = currentQuestion(run);
  if (!question) return null;
  if (question.type === 'flashcard') {
    if (!run.revealed) return key.kind === 'go' ? { kind: 'reveal' } : null;
    if (key.kind === 'yes' || (key.kind === 'digit' && key.digit === 2)) return { kind: 'judge', knew: true };
    if (key.kind === 'no' || (key.kind === 'digit' && key.digit === 1)) return { kind: 'judge', knew: false };
    return null;
  }
  if (run.answer) {
    if (key.kind === 'go') return { kind: 'next' };
    if (run.answer.check && key.kind === 'yes') return { kind: 'override', outcome: 'correct' };
    if (run.answer.check && key.kind === 'no') return { kind: 'override', outcome: 'wrong' };
    return null;
  }
  if (question.type === 'choice' && key.kind === 'digit' && key.digit >= 1 && key.digit <= question.options.length) {
    return { kind: 'pick', option: key.digit - 1 };
  }
  return null;
}

// A checked answer's field turns read-only: Y/N typed straight after Enter judge it instead of going nowhere.
const TYPING = 'input:not([readonly]), textarea:not([readonly]), select, [contenteditable=""], [contenteditable="true"]';
const CONTROLS = 'a, button, summary, label, [role="button"]';

/** The drill meaning of a key press, or null to leave it to the browser (typing, a focused control's own Enter). */
export function drillKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat' | 'target'>): DrillKey | null {
  if (event.repeat || event.altKey || event.ctrlKey || event.metaKey) return null;
  // Duck-typed rather than `instanceof Element`: the logic is tested outside a DOM.
  const target = typeof (event.target as Element | null)?.closest === 'function' ? (event.target as Element) : null;
  if (target?.closest(TYPING)) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (/^[1-4]$/.test(key)) return { kind: 'digit', digit: Number(key) };
  if (key === 'y') return { kind: 'yes' };
  if (key === 'n') return { kind: 'no' };
  if (key === 'Enter' || key === ' ' || event.code === 'Space') {
    // The continue button is the drill's own control; any other focused control keeps its Enter and Space.
    if (target?.closest(CONTROLS) && !target.closest('[data-action="next"]')) return null;
    return { kind: 'go' };
  }
  return null;
}

/** `YYYY-MM-DD` of the local day of `time`: the value of a date input. */
export function dayInputValue(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The hour of the interview day readiness is predicted for: the morning, when interviews start. */
export const INTERVIEW_HOUR = 9;

/** A date input's value as the interview's time (09:00 local that day); null for an empty or malformed value. */
export function interviewTimeOf(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const time = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), INTERVIEW_HOUR).getTime();
  return Number.isFinite(time) ? time : null;
}

/** Predictions are for the interview, but never for a time already past: a drill "today" at 20:00 plans for now. */
export function planningDate(day: string, now: number): number {
  return Math.max(interviewTimeOf(day) ?? now, now);
}
