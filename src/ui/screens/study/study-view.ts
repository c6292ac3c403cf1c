// What the study screen renders (StudyView) and what the app hooks into a session (StudyHooks).
import type { DeckTreeNode, Grade, StudyItem } from '../../../core/review-contract.ts';
import type { IntervalPreview } from '../../../core/scheduler/index.ts';
import type { StorageFailureKind } from '../../../storage/errors.ts';

export type Side = 'front' | 'back';

export interface StudyView {
  status: 'loading' | 'card' | 'done' | 'error' | 'updating';
  item: StudyItem | null;
  side: Side;
  /** What each grade would give, computed when the answer is shown. */
  previews: Record<Grade, IntervalPreview> | null;
  /** When the answer was shown (the study clock), for the grade buttons' intervals. */
  revealedAt: number | null;
  /** False for a short while after the reveal: grades then are a double tap, not a choice (see REVEAL_GUARD_MS). */
  gradesReady: boolean;
  progress: { value: number; max: number };
  canUndo: boolean;
  /** Done screen: when the next card of this node is due (a learning card later today, or a review), or null. */
  nextDue: number | null;
  /** False while the done screen is still asking storage when the next card is due. */
  nextDueKnown: boolean;
  /** Done screen: only learning cards are left; the session resumes by itself at `nextDue`. */
  waiting: boolean;
  /** Grades given this session (a card coming back counts again). */
  reviewed: number;
  /** Distinct cards graded this session: what "you reviewed N cards" counts. */
  reviewedCards: number;
  /** Bumped on each undo that went through, so the screen can say so. */
  undone: number;
  error: Error | null;
  /** The node being studied, once the deck tree has been read (for its title and the roadmap titles). */
  node: DeckTreeNode | null;
  /** The deck tree was read and has no node with this id (a stale bookmark). */
  nodeMissing: boolean;
  deckTitles: ReadonlyMap<string, string>;
  /** A grade could not be stored: the session stopped, that card back on screen ungraded and not counted. */
  writeFailure: { kind: StorageFailureKind; details: string } | null;
  /** Cards left out of this session because their stored state cannot be scheduled (a damaged import). */
  skipped: { count: number; details: string } | null;
  /** The last grade made this card a leech (told once, until the next grade or an undo). */
  leech: { cardId: string; suspended: boolean; lapses: number } | null;
}

export interface StudyHooks {
  /** Asked at each card boundary: stop here and let an accepted app update go ahead. */
  stopAtBoundary?: () => boolean;
  /** Called once every write has settled after a stop at a boundary. */
  onStoppedAtBoundary?: () => void;
  /** Whether a card is on screen, told the moment it changes (not after a render), for the update rule. */
  onCardShown?: (showing: boolean) => void;
  /**
   * Once a session that graded cards has every grade stored (its done screen): the moment to ask for persistent
   * storage, after the learner has progress worth keeping and never in the middle of a card.
   */
  onSessionGradesStored?: () => void;
  /** Grades within this many ms of a reveal are ignored (0: none, for tests of the flow itself). */
  gradeGuardMs?: number;
  /** The clock the guard reads (performance.now by default): wall time of the hand, not the scheduling clock. */
  uiClock?: () => number;
}
