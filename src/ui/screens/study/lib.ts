// The study flow without the DOM: the session in memory, grades painted at once while storage writes behind, undo after the write.
import type { CardState, Grade, StudyItem } from '../../../core/review-contract.ts';
import { withCardBack, withoutCard } from '../../../core/queue/leave-out.ts';
import { advance, gradeCurrent, sessionStatus, skipCurrent, skipUnschedulable, startSession, confirmState, type Session } from '../../../core/queue/index.ts';
import { previewIntervals, type IntervalPreview } from '../../../core/scheduler/index.ts';
import { failureDetails, type Roadcards } from '../../../storage/index.ts';
import { cardsLeft, findNode, studiedNode } from './session-figures.ts';
import { GradeWrites } from './grade-writes.ts';
import { loadingView, toError, viewAfterFailedWrite, viewOfSession, withSkipped } from './session-view.ts';
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
  private view: StudyView = loadingView();
  private readonly writes: GradeWrites;
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
    this.writes = new GradeWrites((cardId, grade, at) => roadcards.grade(cardId, grade, at));
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
    const item = this.view.item;
    this.guard.whenOver(() => {
      if (this.view.item === item && this.view.side === 'back') this.update({ gradesReady: true });
    });
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
    this.writes.write(session.current.card.id, grade, at, {
      onStored: (result) => {
        if (result.leech) this.noteLeech(result.state, result.leech.suspended);
        // The state storage wrote wins over the session's own (another tab may have graded the card in between).
        if (this.session) this.session = confirmState(this.session, result.state);
        return result.undo;
      },
      onFailed: (error) => this.stopAfterFailedWrite(session, error),
    });
    if (this.hooks.stopAtBoundary?.()) {
      this.update({ status: 'updating', item: null });
      // A failed write keeps the learner here, with the card back and the reason, instead of reloading it away.
      void this.writes.settled().then(() => this.writes.failed || this.hooks.onStoppedAtBoundary?.());
      return true;
    }
    void this.show();
    return true;
  }

  /** Waits for the last grade's write, reverses it in storage, then shows that card again as it was. */
  async undo(): Promise<boolean> {
    const previous = this.session?.previous;
    const token = this.writes.lastToken();
    if (this.busy || !previous || !token || this.view.writeFailure) return false;
    this.busy = true;
    try {
      const undo = await token;
      // That grade was not stored: the failed-write message is already on screen, with the card back ungraded.
      if (!undo) return false;
      const restored = await this.roadcards.undo(undo);
      this.writes.dropLastToken();
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
    this.writes.clearFailure();
    this.update({ writeFailure: null });
    void this.show();
  }

  /** Resolves when every grade so far is stored (tests; leaving the screen). */
  settled(): Promise<unknown> {
    return this.writes.settled();
  }

  dispose(): void {
    this.disposed = true;
    this.guard.stop();
  }

  /** A grade shown as done was not stored: back to the session as it was before that grade, and say why. */
  private stopAfterFailedWrite(before: Session, error: unknown): void {
    this.session = before;
    this.update(viewAfterFailedWrite(before, this.total, error));
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
    this.update({ skipped: withSkipped(this.view.skipped, details) });
  }

  private async show(treeLoaded?: Promise<void>): Promise<void> {
    if (!this.session) return;
    // A damaged state (imported before backups were checked) is left out before it can be shown.
    const checked = skipUnschedulable(this.session, this.now());
    const session = (this.session = checked.session);
    this.noteSkipped(checked.skipped);
    const status = sessionStatus(session);
    this.update(viewOfSession(session, status, this.total));
    if (status.kind !== 'done') return;
    // Every grade must be stored before the tree can say when this node's next card is due.
    await this.writes.settled();
    if (this.writes.failed) return;
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
      const node = studiedNode(roots, this.nodeId);
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
