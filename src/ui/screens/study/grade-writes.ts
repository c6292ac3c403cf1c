// The grades of a session stored behind the screen, one after another: undo waits for a grade's write, and the first failed write stops the rest.
import type { Grade, UndoToken } from '../../../core/review-contract.ts';
import { isGradeQueued, type GradeResult } from '../../../storage/index.ts';

type StoreGrade = (cardId: string, grade: Grade, at: number) => Promise<GradeResult>;

interface WriteOutcome {
  /** The grade is stored: returns the undo token kept for it. */
  onStored: (result: GradeResult) => UndoToken;
  /** This grade is the first whose write failed (its token and every later one already dropped). */
  onFailed: (error: unknown) => void;
}

export class GradeWrites {
  /** Undo tokens, one per grade still undoable, resolved when storage has written that grade (null: not stored). */
  private tokens: Promise<UndoToken | null>[] = [];
  private writes: Promise<unknown> = Promise.resolve();
  /** The first write that failed since the session (re)started: every grade queued after it is not attempted. */
  private failure: { error: unknown } | null = null;

  constructor(private readonly store: StoreGrade) {}

  /** Chains the grade's write after every earlier one, so storage sees grades in the order they were given. */
  write(cardId: string, grade: Grade, at: number, outcome: WriteOutcome): void {
    const tokensBefore = this.tokens.length;
    const write = this.writes.then(() => {
      // A grade after a failed one is not attempted: the session goes back to the failed card, so this one is shown again.
      if (this.failure) throw this.failure.error;
      return this.store(cardId, grade, at);
    });
    this.writes = write.then(
      () => undefined,
      (error: unknown) => {
        // Queued for the reload into a newer version (which stores it): nothing failed, and the page reloads next.
        if (this.failure || isGradeQueued(error)) return;
        this.failure = { error };
        // None of the grades from this one on was stored: none of them can be undone.
        this.tokens = this.tokens.slice(0, tokensBefore);
        outcome.onFailed(error);
      },
    );
    // Registered after the failure handler above, so a failure has dropped this token before it resolves to null.
    this.tokens.push(write.then(outcome.onStored, () => null));
  }

  /** The undo token of the last grade still undoable, once its write has settled. */
  lastToken(): Promise<UndoToken | null> | undefined {
    return this.tokens[this.tokens.length - 1];
  }

  /** The last grade was undone in storage: the one before it becomes the next to undo. */
  dropLastToken(): void {
    this.tokens.pop();
  }

  get failed(): boolean {
    return this.failure !== null;
  }

  /** The learner retries after a failed write: grades are attempted again. */
  clearFailure(): void {
    this.failure = null;
  }

  /** Resolves when every grade so far has settled, stored or failed. */
  settled(): Promise<unknown> {
    return this.writes;
  }
}
