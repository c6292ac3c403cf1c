// Grades not yet in IndexedDB, in a small localStorage queue the next start stores, idempotently by reviewId, before it
// shows any card: every grade while its write is on its way, and grades made after another tab upgraded the schema.
import type { Grade } from '../core/review-contract.ts';
import type { RoadcardsDb } from './schema.ts';

/**
 * Why a queue and not a reopen: once a newer schema is installed, this tab's code would write rows in the old shape
 * into it (Dexie can reopen a higher version). So the tab stops writing, keeps each grade here, and reloads at the
 * next card boundary; the new code then grades the card through its own path, with the time the learner answered.
 * One key per grade (not one list), so two tabs adding and removing at once can never overwrite each other.
 */
export interface PendingGrade {
  reviewId: string;
  cardId: string;
  grade: Grade;
  reviewedAt: number;
  durationMs?: number;
}

/** The part of the Web Storage API the queue uses: localStorage in the app, a Map in tests. */
export interface KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Thrown by grade when the grade was queued instead of stored: the page reloads and the grade is stored then. */
export class GradeQueuedError extends Error {
  override name = 'GradeQueuedError';
}

export function isGradeQueued(error: unknown): boolean {
  return error instanceof Error && error.name === 'GradeQueuedError';
}

/** localStorage where the page has one, else an in-memory store (node, or storage disabled by the browser). */
export function defaultPendingStore(): KeyValueStore {
  try {
    const storage = (globalThis as { localStorage?: KeyValueStore }).localStorage;
    if (storage && typeof storage.setItem === 'function') return storage;
  } catch {
    // Access itself can throw (disabled storage): fall through.
  }
  return memoryStore();
}

export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

export class PendingGrades {
  private readonly prefix: string;

  constructor(
    private readonly store: KeyValueStore,
    dbName: string,
  ) {
    this.prefix = `roadcards:pending-grade:${dbName}:`;
  }

  add(entry: PendingGrade): void {
    this.store.setItem(this.prefix + entry.reviewId, JSON.stringify(entry));
  }

  /** add, for the write-ahead copy of a grade: storage full or disabled only means the grade goes without its copy. */
  tryAdd(entry: PendingGrade): boolean {
    try {
      this.add(entry);
      return true;
    } catch {
      return false;
    }
  }

  /** Oldest answer first, so a card graded twice while queued replays in the learner's order. */
  list(): PendingGrade[] {
    const entries: PendingGrade[] = [];
    for (let i = 0; i < this.store.length; i++) {
      const key = this.store.key(i);
      if (!key?.startsWith(this.prefix)) continue;
      const parsed = parsePending(this.store.getItem(key));
      if (parsed) entries.push(parsed);
      else this.store.removeItem(key); // unreadable: not a grade this code wrote
    }
    return entries.sort((a, b) => a.reviewedAt - b.reviewedAt);
  }

  remove(reviewId: string): void {
    this.store.removeItem(this.prefix + reviewId);
  }

  /**
   * Stores every queued grade through the normal grade path (a replayed reviewId grades once) and drops each one
   * stored. One that fails stays queued for the next start; the others still go in. Returns how many were stored.
   */
  async flush(db: RoadcardsDb): Promise<number> {
    let stored = 0;
    const queued = this.list();
    if (queued.length === 0) return 0;
    // Grading (and ts-fsrs with it) loads only when a grade is waiting: it is not part of the start-up bundle.
    const { gradeCard } = await import('./grading.ts');
    for (const entry of queued) {
      try {
        const options = entry.durationMs === undefined ? { reviewId: entry.reviewId } : { reviewId: entry.reviewId, durationMs: entry.durationMs };
        await gradeCard(db, entry.cardId, entry.grade, entry.reviewedAt, options);
        this.remove(entry.reviewId);
        stored += 1;
      } catch (error) {
        console.warn('roadcards: a queued grade could not be stored yet', error);
      }
    }
    return stored;
  }
}

function parsePending(text: string | null): PendingGrade | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<PendingGrade>;
    const grade = value.grade;
    if (typeof value.reviewId !== 'string' || typeof value.cardId !== 'string') return null;
    if (grade !== 1 && grade !== 2 && grade !== 3 && grade !== 4) return null;
    if (typeof value.reviewedAt !== 'number' || !Number.isFinite(value.reviewedAt)) return null;
    const entry: PendingGrade = { reviewId: value.reviewId, cardId: value.cardId, grade, reviewedAt: value.reviewedAt };
    if (typeof value.durationMs === 'number') entry.durationMs = value.durationMs;
    return entry;
  } catch {
    return null;
  }
}

/** A reviewId for a grade the caller did not name (the queue needs one to replay it exactly once). */
export function newReviewId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
