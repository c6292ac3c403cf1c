// What the study screen shows for a session's state: the view before loading, and the view patches for a card, the done screen, a failed write.
import type { SessionStatus, Session } from '../../../core/queue/index.ts';
import { failureDetails, storageFailureKind } from '../../../storage/index.ts';
import { cardsReviewed, sessionProgress } from './session-figures.ts';
import type { StudyView } from './study-view.ts';

/** The view until the session's queue is built: nothing to show yet, no figures, no notes. */
export function loadingView(): StudyView {
  return {
    status: 'loading', item: null, side: 'front', previews: null, revealedAt: null, gradesReady: false, progress: { value: 0, max: 0 }, canUndo: false,
    nextDue: null, nextDueKnown: false, waiting: false, reviewed: 0, reviewedCards: 0, undone: 0, error: null, node: null, nodeMissing: false, deckTitles: new Map(),
    writeFailure: null, skipped: null, leech: null,
  };
}

/** Any newly shown card is front up with its grades not yet offered; the figures are the session's so far. */
function frontUp(session: Session, total: number) {
  return {
    side: 'front', previews: null, revealedAt: null, gradesReady: false,
    progress: sessionProgress(session, total), canUndo: session.previous !== null, reviewed: session.reviewedCount, reviewedCards: cardsReviewed(session),
  } satisfies Partial<StudyView>;
}

/** The session's next card, or the done screen (waiting for a learning card to come due, or finished). */
export function viewOfSession(session: Session, status: SessionStatus, total: number): Partial<StudyView> {
  if (status.kind === 'card') return { ...frontUp(session, total), status: 'card', item: status.item, waiting: false };
  const waiting = status.kind === 'waiting';
  return { ...frontUp(session, total), status: 'done', item: null, waiting, nextDue: waiting ? status.until : null, nextDueKnown: waiting };
}

/**
 * A grade shown as done was not stored: the session as it was before that grade, its card on screen front up and
 * not counted, nothing to undo (no later grade was attempted), and the reason in the learner's words.
 */
export function viewAfterFailedWrite(before: Session, total: number, error: unknown): Partial<StudyView> {
  return {
    ...frontUp(before, total), canUndo: false, status: 'card', item: before.current, waiting: false,
    writeFailure: { kind: storageFailureKind(error), details: failureDetails(error) },
  };
}

/** Cards left out for a damaged state add to the ones left out before, each reason on its own line. */
export function withSkipped(earlier: StudyView['skipped'], details: string[]): StudyView['skipped'] {
  return { count: (earlier?.count ?? 0) + details.length, details: [earlier?.details, ...details].filter(Boolean).join('\n') };
}

/** A thrown value as an Error the screen can show (storage may reject with anything). */
export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
