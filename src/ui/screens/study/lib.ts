// The study flow without the DOM: the session in memory, grades painted at once while storage writes behind, undo after the write.
import type { CardState, Grade, StudyItem, UndoToken } from '../../../core/review-contract.ts';
import { withCardBack, withoutCard } from '../../../core/queue/leave-out.ts';
import { ALL_DUE_NODE_ID, advance, gradeCurrent, sessionStatus, skipCurrent, skipUnschedulable, startSession, confirmState, wholeTreeNode, type Session } from '../../../core/queue/index.ts';
import { previewIntervals, type IntervalPreview } from '../../../core/scheduler/index.ts';
import { failureDetails, isGradeQueued, storageFailureKind, type Roadcards } from '../../../storage/index.ts';
import { homeT } from '../home/strings.ts';
import { cardsLeft, cardsReviewed, findNode, sessionProgress } from './session-figures.ts';
import { RevealGuard } from './reveal-guard.ts';
import { measureSince } from './measure.ts';
import type { StudyHooks, StudyView } from './study-view.ts';

export { findNode, measureSince };
export type { Side, StudyHooks, StudyView } from './study-view.ts';

export class StudyController {
  private session: Session | null = null;
  /** The session's cards at its start: the progress bar's fixed total. */
  private total = 0;
  private readonly guard: RevealGuard;
  private readyTimer: ReturnType<typeof setTimeout> | undefined;
  private view: StudyView;
  /** Undo tokens, one per grade still undoable, resolved when storage has written that grade. */
  private tokens: Promise<UndoToken | null>[] = [];
  private writes: Promise<unknown> = Promise.resolve();
  /** The first write that failed since the session (re)started: every grade queued after it is not attempted. */
  private writeFailed: { error: unknown } | null = null;
  private busy = false;
  private askedPersistence = false;
  private disposed = false;

  constructor(
    private readonly roadcards: Roadcards,
    private readonly nodeId: string,
    private readonly now: () => number,
    private readonly onChange: (view: StudyView) => void,
    private readonly hooks: StudyHooks = {},
  ) {
    this.guard = new RevealGuard(hooks.gradeGuardMs ?? 0, hooks.uiClock);
    this.view = {
      status: 'loading', item: null, side: 'front', previews: null, revealedAt: null, gradesReady: false, progress: { value: 0, max: 0 }, canUndo: false,
      nextDue: null, nextDueKnown: false, waiting: false, reviewed: 0, reviewedCards: 0, undone: 0, error: null, node: null, nodeMissing: false, deckTitles: new Map(),
      writeFailure: null, skipped: null, leech: null,
    };
  }

  getView(): StudyView {
    return this.view;
  }

  /** Builds today's queue for the node; the `roadcards:queue` measure is what the benchmark reads. */
  async start(): Promise<void> {
    try {
      const started = performance.now();
      const at = this.now();
      const [items, options] = await Promise.all([this.roadcards.studyItems(this.nodeId, at), this.roadcards.sessionOptions(at)]);
      this.session = startSession(items, options, at);
      this.total = cardsLeft(this.session);
      measureSince('roadcards:queue', started);
    } catch (error) {
      this.update({ status: 'error', error: toError(error) });
      return;
    }
    // The tree (titles, next due) reads every state row: start it only once the first card can be shown.
    const treeLoaded = this.loadTree();
    await this.show(treeLoaded);
  }

  reveal(): void {
    if (this.view.status !== 'card' || this.view.side === 'back' || !this.view.item || !this.session || this.view.writeFailure) return;
    const at = this.now();
    let previews: Record<Grade, IntervalPreview>;
    try {
      previews = previewIntervals(this.view.item.state, at, this.session.options.settings);
    } catch (error) {
      // Never a card stuck on its front with no grade buttons: leave it out and say so.
      this.skipCurrentCard(failureDetails(error));
      return;
    }
    this.guard.revealed();
    this.update({ side: 'back', previews, revealedAt: at, gradesReady: this.guard.ms <= 0 });
    if (this.guard.ms > 0) {
      clearTimeout(this.readyTimer);
      const item = this.view.item;
      this.readyTimer = setTimeout(() => {
        if (this.view.item === item && this.view.side === 'back') this.update({ gradesReady: true });
      }, this.guard.ms);
    }
  }

  /** Paints the next card from memory at once; the write runs behind it, chained so undo can wait for it. */
  grade(grade: Grade): boolean {
    const session = this.session;
    if (this.busy || !session?.current || this.view.status !== 'card' || this.view.side !== 'back' || this.view.writeFailure) return false;
    if (this.guard.tooSoon()) return false;
    const at = this.now();
    let next: Session;
    try {
      next = gradeCurrent(session, grade, at).session;
    } catch (error) {
      this.skipCurrentCard(failureDetails(error));
      return false;
    }
    this.session = next;
    if (this.view.leech) this.update({ leech: null });
    const cardId = session.current.card.id;
    const tokensBefore = this.tokens.length;
    const write = this.writes.then(() => {
      // A grade after a failed one is not attempted: the session goes back to the failed card, so this one is shown again.
      if (this.writeFailed) throw this.writeFailed.error;
      return this.roadcards.grade(cardId, grade, at);
    });
    this.writes = write.then(
      () => undefined,
      (error: unknown) => {
        // Queued for the reload into a newer version (which stores it): nothing failed, and the page reloads next.
        if (this.writeFailed || isGradeQueued(error)) return;
        this.writeFailed = { error };
        this.stopAfterFailedWrite(session, tokensBefore, error);
      },
    );
    this.tokens.push(write.then((result) => (result.leech && this.noteLeech(result.state, result.leech.suspended), this.stored(result.state, result.undo)), () => null));
    if (this.hooks.stopAtBoundary?.()) {
      this.update({ status: 'updating', item: null });
      // A failed write keeps the learner here, with the card back and the reason, instead of reloading it away.
      void this.writes.then(() => this.writeFailed || this.hooks.onStoppedAtBoundary?.());
      return true;
    }
    void this.show();
    return true;
  }

  /** Waits for the last grade's write, reverses it in storage, then shows that card again as it was. */
  async undo(): Promise<boolean> {
    const previous = this.session?.previous;
    const token = this.tokens[this.tokens.length - 1];
    if (this.busy || !previous || !token || this.view.writeFailure) return false;
    this.busy = true;
    try {
      const undo = await token;
      // That grade was not stored: the failed-write message is already on screen, with the card back ungraded.
      if (!undo) return false;
      const restored = await this.roadcards.undo(undo);
      this.tokens.pop();
      this.session = confirmState(previous, restored);
      await this.show();
      this.update({ undone: this.view.undone + 1, leech: null });
      return true;
    } catch (error) {
      this.update({ error: toError(error) });
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** The card was suspended or buried from the screen: out of this session ungraded, the next card shown. */
  leaveOut(cardId: string): void {
    if (!this.session) return;
    this.session = withoutCard(this.session, cardId, this.now());
    void this.show();
  }

  /** Undo of `leaveOut`: the card back on screen, front up. */
  putBack(item: StudyItem): void {
    if (!this.session) return;
    this.session = withCardBack(this.session, item);
    void this.show();
  }

  /** A grade made a leech: say so once; a suspended leech does not come back in this session either. */
  private noteLeech(state: CardState, suspended: boolean): void {
    this.update({ leech: { cardId: state.cardId, suspended, lapses: state.lapses } });
    if (!suspended || !this.session) return;
    const onScreen = this.session.current?.card.id === state.cardId;
    this.session = withoutCard(this.session, state.cardId, this.now());
    if (onScreen) void this.show();
  }

  /** While waiting for a learning card: shows it once it is due (or within learn-ahead). */
  tick(): void {
    if (!this.session || this.view.status !== 'done' || !this.view.waiting) return;
    this.session = advance(this.session, this.now());
    if (this.session.current) void this.show();
  }

  /** After a failed write, once the learner has freed space (or just wants to): the same card, graded again. */
  retryAfterFailure(): void {
    if (!this.view.writeFailure) return;
    this.writeFailed = null;
    this.update({ writeFailure: null });
    void this.show();
  }

  /** Resolves when every grade so far is stored (tests; leaving the screen). */
  settled(): Promise<unknown> {
    return this.writes;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.readyTimer);
  }

  private stored(state: CardState, undo: UndoToken): UndoToken {
    if (this.session) this.session = confirmState(this.session, state);
    return undo;
  }

  /**
   * A grade shown as done was not stored: back to the session as it was before that grade (its card on screen,
   * front up, not counted), its undo token and every later one dropped (none of those grades was attempted).
   */
  private stopAfterFailedWrite(before: Session, tokensBefore: number, error: unknown): void {
    this.session = before;
    this.tokens = this.tokens.slice(0, tokensBefore);
    this.update({
      status: 'card', item: before.current, side: 'front', previews: null, waiting: false,
      progress: sessionProgress(before, this.total), canUndo: false, reviewed: before.reviewedCount,
      reviewedCards: cardsReviewed(before), revealedAt: null, gradesReady: false,
      writeFailure: { kind: storageFailureKind(error), details: failureDetails(error) },
    });
  }

  /** The card on screen threw in the scheduler after all: left out like a damaged one, and said so. */
  private skipCurrentCard(details: string): void {
    if (!this.session?.current) return;
    this.session = skipCurrent(this.session, this.now());
    this.noteSkipped([details]);
    void this.show();
  }

  private noteSkipped(details: string[]): void {
    if (details.length === 0) return;
    const earlier = this.view.skipped;
    this.update({ skipped: { count: (earlier?.count ?? 0) + details.length, details: [earlier?.details, ...details].filter(Boolean).join('\n') } });
  }

  private async show(treeLoaded?: Promise<void>): Promise<void> {
    if (!this.session) return;
    // A damaged state (imported before backups were checked) is left out before it can be shown.
    const checked = skipUnschedulable(this.session, this.now());
    const session = (this.session = checked.session);
    this.noteSkipped(checked.skipped);
    const status = sessionStatus(session);
    const common = {
      progress: sessionProgress(session, this.total), canUndo: session.previous !== null,
      reviewed: session.reviewedCount, reviewedCards: cardsReviewed(session), revealedAt: null, gradesReady: false,
    };
    if (status.kind === 'card') {
      this.update({ ...common, status: 'card', item: status.item, side: 'front', previews: null, waiting: false });
      return;
    }
    const waiting = status.kind === 'waiting';
    this.update({
      ...common, status: 'done', item: null, side: 'front', previews: null, waiting,
      nextDue: waiting ? status.until : null, nextDueKnown: waiting,
    });
    if (waiting) return;
    // Every grade must be stored before the tree can say when this node's next card is due.
    await this.writes;
    if (this.writeFailed) return;
    if (session.reviewedCount > 0 && !this.askedPersistence) {
      this.askedPersistence = true;
      this.hooks.onSessionGradesStored?.();
    }
    await treeLoaded;
    await this.loadTree();
  }

  private async loadTree(): Promise<void> {
    try {
      const roots = await this.roadcards.deckTree(this.now());
      // `/study/all` (Home's Study due) studies the whole tree; a roadmap really named `all` still wins.
      const node = findNode(roots, this.nodeId) ?? (this.nodeId === ALL_DUE_NODE_ID ? wholeTreeNode(roots, homeT('allRoadmaps')) : null);
      const deckTitles = new Map(roots.map((root) => [root.deckId, root.title] as const));
      const finished = this.view.status === 'done' && !this.view.waiting;
      const nextDue = finished ? (node?.nextDue ?? null) : this.view.nextDue;
      this.update({ node, nodeMissing: node === null, deckTitles, nextDue, nextDueKnown: finished || this.view.nextDueKnown });
    } catch {
      // Titles are decoration: the session works without them.
    }
  }

  private update(patch: Partial<StudyView>): void {
    if (this.disposed) return;
    const wasCard = this.view.status === 'card';
    this.view = { ...this.view, ...patch };
    if (wasCard !== (this.view.status === 'card')) this.hooks.onCardShown?.(this.view.status === 'card');
    this.onChange(this.view);
  }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
