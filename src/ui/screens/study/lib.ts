// The study flow without the DOM: the session in memory, grades painted at once while storage writes behind, undo after the write.
import type { CardState, DeckTreeNode, Grade, StudyItem, UndoToken } from '../../../core/review-contract.ts';
import { advance, gradeCurrent, sessionStatus, startSession, confirmState, type Session } from '../../../core/queue/index.ts';
import { previewIntervals, type IntervalPreview } from '../../../core/scheduler/index.ts';
import { isGradeQueued, type Roadcards } from '../../../storage/index.ts';

export type Side = 'front' | 'back';

export interface StudyView {
  status: 'loading' | 'card' | 'done' | 'error' | 'updating';
  item: StudyItem | null;
  side: Side;
  /** What each grade would give, computed when the answer is shown. */
  previews: Record<Grade, IntervalPreview> | null;
  progress: { value: number; max: number };
  canUndo: boolean;
  /** Done screen: when the next card of this node is due (a learning card later today, or a review), or null. */
  nextDue: number | null;
  /** False while the done screen is still asking storage when the next card is due. */
  nextDueKnown: boolean;
  /** Done screen: only learning cards are left; the session resumes by itself at `nextDue`. */
  waiting: boolean;
  reviewed: number;
  error: Error | null;
  /** The node being studied, once the deck tree has been read (for its title and the roadmap titles). */
  node: DeckTreeNode | null;
  /** The deck tree was read and has no node with this id (a stale bookmark). */
  nodeMissing: boolean;
  deckTitles: ReadonlyMap<string, string>;
}

export interface StudyHooks {
  /** Asked at each card boundary: stop here and let an accepted app update go ahead. */
  stopAtBoundary?: () => boolean;
  /** Called once every write has settled after a stop at a boundary. */
  onStoppedAtBoundary?: () => void;
  /** Whether a card is on screen, told the moment it changes (not after a render), for the update rule. */
  onCardShown?: (showing: boolean) => void;
  /** After the first grade of the session is stored: ask for persistent storage if never asked. */
  onFirstReviewStored?: () => void;
}

/** Depth-first search for a node and the roadmap titles, from the tree storage returns. */
export function findNode(roots: readonly DeckTreeNode[], id: string): DeckTreeNode | null {
  for (const node of roots) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return null;
}

/** Reviewed so far against reviewed plus what is left (learning cards coming back count again). */
export function sessionProgress(session: Session): { value: number; max: number } {
  const left = (session.current ? 1 : 0) + session.queue.length + session.learning.length;
  return { value: session.reviewedCount, max: session.reviewedCount + left };
}

export class StudyController {
  private session: Session | null = null;
  private view: StudyView;
  /** Undo tokens, one per grade still undoable, resolved when storage has written that grade. */
  private tokens: Promise<UndoToken | null>[] = [];
  private writes: Promise<unknown> = Promise.resolve();
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
    this.view = {
      status: 'loading', item: null, side: 'front', previews: null, progress: { value: 0, max: 0 }, canUndo: false,
      nextDue: null, nextDueKnown: false, waiting: false, reviewed: 0, error: null, node: null, nodeMissing: false, deckTitles: new Map(),
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
    if (this.view.status !== 'card' || this.view.side === 'back' || !this.view.item || !this.session) return;
    const previews = previewIntervals(this.view.item.state, this.now(), this.session.options.settings);
    this.update({ side: 'back', previews });
  }

  /** Paints the next card from memory at once; the write runs behind it, chained so undo can wait for it. */
  grade(grade: Grade): boolean {
    const session = this.session;
    if (this.busy || !session?.current || this.view.status !== 'card' || this.view.side !== 'back') return false;
    const at = this.now();
    const { session: next } = gradeCurrent(session, grade, at);
    this.session = next;
    const cardId = session.current.card.id;
    const write = this.writes.then(() => this.roadcards.grade(cardId, grade, at));
    this.writes = write.catch(() => undefined);
    this.tokens.push(write.then((result) => this.stored(result.state, result.undo), (error: unknown) => this.failed(error)));
    if (this.hooks.stopAtBoundary?.()) {
      this.update({ status: 'updating', item: null });
      void this.writes.then(() => this.hooks.onStoppedAtBoundary?.());
      return true;
    }
    void this.show();
    return true;
  }

  /** Waits for the last grade's write, reverses it in storage, then shows that card again as it was. */
  async undo(): Promise<boolean> {
    const previous = this.session?.previous;
    const token = this.tokens[this.tokens.length - 1];
    if (this.busy || !previous || !token) return false;
    this.busy = true;
    try {
      const undo = await token;
      if (!undo) throw new Error('undo: the grade was not stored');
      const restored = await this.roadcards.undo(undo);
      this.tokens.pop();
      this.session = confirmState(previous, restored);
      await this.show();
      return true;
    } catch (error) {
      this.update({ error: toError(error) });
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** While waiting for a learning card: shows it once it is due (or within learn-ahead). */
  tick(): void {
    if (!this.session || this.view.status !== 'done' || !this.view.waiting) return;
    this.session = advance(this.session, this.now());
    if (this.session.current) void this.show();
  }

  /** Resolves when every grade so far is stored (tests; leaving the screen). */
  settled(): Promise<unknown> {
    return this.writes;
  }

  dispose(): void {
    this.disposed = true;
  }

  private stored(state: CardState, undo: UndoToken): UndoToken {
    if (this.session) this.session = confirmState(this.session, state);
    if (!this.askedPersistence) {
      this.askedPersistence = true;
      this.hooks.onFirstReviewStored?.();
    }
    return undo;
  }

  private failed(error: unknown): null {
    // Queued for the reload into a newer version (which stores it): nothing failed, and the page reloads next.
    if (!isGradeQueued(error)) this.update({ error: toError(error) });
    return null;
  }

  private async show(treeLoaded?: Promise<void>): Promise<void> {
    const session = this.session;
    if (!session) return;
    const status = sessionStatus(session);
    const common = { progress: sessionProgress(session), canUndo: session.previous !== null, reviewed: session.reviewedCount };
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
    await treeLoaded;
    await this.loadTree();
  }

  private async loadTree(): Promise<void> {
    try {
      const roots = await this.roadcards.deckTree(this.now());
      const node = findNode(roots, this.nodeId);
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

/** A performance measure the benchmarks read; never lets a missing API (old browsers, jsdom) break studying. */
export function measureSince(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Measuring is best effort.
  }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
