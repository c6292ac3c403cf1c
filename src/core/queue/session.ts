// A study session as pure data the UI drives: the current card, what follows a grade, learning cards coming back, undo.
import type { CardState, Grade, SchedulerSettings, StudyItem } from '../review-contract.ts';
import { applyGrade } from '../scheduler/fsrs.ts';
import { unschedulableField } from '../scheduler/state-bounds.ts';

/** Like Anki's default: with nothing else left, a learning card due within 20 minutes is shown now. */
export const DEFAULT_LEARN_AHEAD_MS = 20 * 60_000;

export interface SessionOptions {
  settings: SchedulerSettings;
  /** Start of the next study day (epoch ms): learning cards due later leave the session. */
  dayEnd: number;
  learnAheadMs?: number;
}

export interface Session {
  /** The card on screen, fixed until it is graded (time passing never swaps it), or null: waiting or done. */
  readonly current: StudyItem | null;
  /** Cards not yet shown, in queue order. */
  readonly queue: readonly StudyItem[];
  /** Learning cards graded in this session that come back today, earliest due first. */
  readonly learning: readonly StudyItem[];
  readonly reviewedCount: number;
  readonly options: Readonly<SessionOptions>;
  /** The session as it was before the last grade: what undo returns to. */
  readonly previous: Session | null;
}

export type SessionStatus =
  | { kind: 'card'; item: StudyItem }
  /** Only learning cards are left and none is due within the learn-ahead: the next comes back at `until`. */
  | { kind: 'waiting'; until: number }
  | { kind: 'done' };

function byDue(a: StudyItem, b: StudyItem): number {
  return a.state.due - b.state.due;
}

/** Picks the card to show at `now`: a due learning card first, then the queue, then learn-ahead. */
function pick(session: Omit<Session, 'current'>, now: number): Session {
  const learnAhead = session.options.learnAheadMs ?? DEFAULT_LEARN_AHEAD_MS;
  const firstLearning = session.learning[0];
  if (firstLearning && firstLearning.state.due <= now) {
    return { ...session, current: firstLearning, learning: session.learning.slice(1) };
  }
  const [head, ...rest] = session.queue;
  if (head) return { ...session, current: head, queue: rest };
  if (firstLearning && firstLearning.state.due <= now + learnAhead) {
    return { ...session, current: firstLearning, learning: session.learning.slice(1) };
  }
  return { ...session, current: null };
}

function isLearning(item: StudyItem): boolean {
  return item.state.phase === 1 || item.state.phase === 3;
}

/**
 * Starts a session over `items` (from Roadcards.studyItems), showing the first card due at `now`. Learning cards
 * not yet due wait in the learning list and come back when due (or within learn-ahead once nothing else is left).
 */
export function startSession(items: readonly StudyItem[], options: SessionOptions, now: number): Session {
  const later = items.filter((item) => isLearning(item) && item.state.due > now);
  const queue = items.filter((item) => !(isLearning(item) && item.state.due > now));
  return pick({ queue, learning: later.sort(byDue), reviewedCount: 0, options, previous: null }, now);
}

export function sessionStatus(session: Session): SessionStatus {
  if (session.current) return { kind: 'card', item: session.current };
  const firstLearning = session.learning[0];
  if (firstLearning) return { kind: 'waiting', until: firstLearning.state.due };
  return { kind: 'done' };
}

/** While waiting, call on a timer (or on focus): shows a learning card once it is due or within learn-ahead. */
export function advance(session: Session, now: number): Session {
  return session.current ? session : pick(session, now);
}

export interface GradedStep {
  session: Session;
  /** The graded card with its new state, as the session computed it (the same as storage will compute). */
  graded: StudyItem;
}

/**
 * Grades the current card: computes its next state with the scheduler, puts it back in the session when it is a
 * learning card due today, and shows the next card. The UI paints `session.current` while Roadcards.grade runs.
 */
export function gradeCurrent(session: Session, grade: Grade, now: number): GradedStep {
  const item = session.current;
  if (!item) throw new Error('gradeCurrent: no card on screen');
  const state = applyGrade(item.state, grade, now, session.options.settings);
  const graded: StudyItem = { ...item, state, updated: false };
  const comesBack = isLearning(graded) && state.due < session.options.dayEnd;
  const learning = comesBack ? [...session.learning, graded].sort(byDue) : session.learning;
  const next = pick(
    { queue: session.queue, learning, reviewedCount: session.reviewedCount + 1, options: session.options, previous: session },
    now,
  );
  return { session: next, graded };
}

/** Leaves the current card out of this session ungraded (one FSRS cannot schedule) and shows the next. */
export function skipCurrent(session: Session, now: number): Session {
  const { current: _skipped, ...rest } = session;
  return pick(rest, now);
}

/** Leaves out every card FSRS cannot schedule that would be shown next; `skipped` says which and why (`id: field`). */
export function skipUnschedulable(session: Session, now: number): { session: Session; skipped: string[] } {
  const skipped: string[] = [];
  let field = session.current ? unschedulableField(session.current.state) : null;
  while (session.current && field) {
    skipped.push(`${session.current.card.id}: ${field}`);
    session = skipCurrent(session, now);
    field = session.current ? unschedulableField(session.current.state) : null;
  }
  return { session, skipped };
}

/** The session before the last grade (its card back on screen with its old state), or null if nothing to undo. */
export function undoLast(session: Session): Session | null {
  return session.previous;
}

/** Replaces a card's state with the one storage wrote (another tab may have graded it in between). */
export function confirmState(session: Session, state: CardState): Session {
  const replace = (item: StudyItem): StudyItem => (item.card.id === state.cardId ? { ...item, state } : item);
  const current = session.current ? replace(session.current) : null;
  return { ...session, current, learning: session.learning.map(replace).sort(byDue) };
}

/** What is left, for the counters above the card (the current card included). */
export function remainingCounts(session: Session): { new: number; learning: number; due: number } {
  const counts = { new: 0, learning: 0, due: 0 };
  const all = session.current ? [session.current, ...session.queue, ...session.learning] : [...session.queue, ...session.learning];
  for (const item of all) {
    if (item.state.phase === 0) counts.new += 1;
    else if (item.state.phase === 2) counts.due += 1;
    else counts.learning += 1;
  }
  return counts;
}
