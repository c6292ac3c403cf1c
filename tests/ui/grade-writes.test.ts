// The study screen's grade writes (screens/study/grade-writes.ts) and the reveal guard's window, without storage or the DOM.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Grade } from '../../src/core/review-contract.ts';
import { GradeQueuedError } from '../../src/storage/pending-grades.ts';
import type { GradeResult } from '../../src/storage/index.ts';
import { GradeWrites } from '../../src/ui/screens/study/grade-writes.ts';
import { RevealGuard } from '../../src/ui/screens/study/reveal-guard.ts';

/** A store whose writes the test settles one by one, recording which grades were attempted. */
function manualStore() {
  const attempted: string[] = [];
  const pending: Array<{ resolve: (result: GradeResult) => void; reject: (error: unknown) => void }> = [];
  const store = (cardId: string, _grade: Grade, _at: number) => {
    attempted.push(cardId);
    return new Promise<GradeResult>((resolve, reject) => pending.push({ resolve, reject }));
  };
  const result = (cardId: string, logId: number): GradeResult =>
    ({ state: { cardId } as GradeResult['state'], undo: { cardId, logId } });
  return { store, attempted, pending, result };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function writeAll(writes: GradeWrites, cardIds: string[], failed: unknown[]) {
  for (const cardId of cardIds) {
    writes.write(cardId, 3, 0, { onStored: (result) => result.undo, onFailed: (error) => failed.push(error) });
  }
}

describe('GradeWrites', () => {
  it('stores grades one after another, in the order they were given', async () => {
    const { store, attempted, pending, result } = manualStore();
    const writes = new GradeWrites(store);
    writeAll(writes, ['a', 'b'], []);
    await flush();
    expect(attempted).toEqual(['a']); // b waits for a's write
    pending[0]!.resolve(result('a', 1));
    await flush();
    expect(attempted).toEqual(['a', 'b']);
    pending[1]!.resolve(result('b', 2));
    await writes.settled();
    expect(await writes.lastToken()).toEqual({ cardId: 'b', logId: 2 });
  });

  it('after a failed write, attempts no later grade, and undo can only reach the last grade stored', async () => {
    const { store, attempted, pending, result } = manualStore();
    const writes = new GradeWrites(store);
    const failed: unknown[] = [];
    writeAll(writes, ['a', 'b', 'c'], failed);
    await flush();
    pending[0]!.resolve(result('a', 1));
    await flush();
    const full = new Error('QuotaExceededError');
    pending[1]!.reject(full);
    await writes.settled();
    expect(attempted).toEqual(['a', 'b']); // c never reached storage
    expect(failed).toEqual([full]); // told once, for the first failure only
    expect(writes.failed).toBe(true);
    expect(await writes.lastToken()).toEqual({ cardId: 'a', logId: 1 });

    writes.clearFailure(); // the learner freed space and grades again
    writeAll(writes, ['b'], failed);
    await flush();
    pending[2]!.resolve(result('b', 2));
    await writes.settled();
    expect(attempted).toEqual(['a', 'b', 'b']);
    expect(await writes.lastToken()).toEqual({ cardId: 'b', logId: 2 });
  });

  it('a grade queued for the reload into a newer version is no failure', async () => {
    const { store, pending } = manualStore();
    const writes = new GradeWrites(store);
    const failed: unknown[] = [];
    writeAll(writes, ['a'], failed);
    await flush();
    pending[0]!.reject(new GradeQueuedError('queued'));
    await writes.settled();
    expect(failed).toEqual([]);
    expect(writes.failed).toBe(false);
    expect(await writes.lastToken()).toBeNull(); // nothing stored here to undo
  });
});

describe('RevealGuard.whenOver', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says the window is over once it has passed, counting only from the latest reveal', () => {
    vi.useFakeTimers();
    const guard = new RevealGuard(350);
    const over: string[] = [];
    guard.whenOver(() => over.push('first'));
    vi.advanceTimersByTime(200);
    guard.whenOver(() => over.push('second')); // revealed again before the first window ended
    vi.advanceTimersByTime(200);
    expect(over).toEqual([]);
    vi.advanceTimersByTime(150);
    expect(over).toEqual(['second']);
  });

  it('says it only when its own clock agrees the window has passed (a timer that fires early waits for the rest)', () => {
    vi.useFakeTimers();
    let now = 1_000;
    const guard = new RevealGuard(350, () => now);
    guard.revealed();
    const over: number[] = [];
    guard.whenOver(() => over.push(now));
    now += 340; // the timer fires with the guard's clock 10 ms short
    vi.advanceTimersByTime(350);
    expect(over).toEqual([]);
    expect(guard.tooSoon()).toBe(true);
    now += 10;
    vi.advanceTimersByTime(10);
    expect(over).toEqual([1_350]);
    expect(guard.tooSoon()).toBe(false);
  });

  it('never fires without a window, nor after stop', () => {
    vi.useFakeTimers();
    const over: string[] = [];
    new RevealGuard(0).whenOver(() => over.push('none'));
    const stopped = new RevealGuard(350);
    stopped.whenOver(() => over.push('stopped'));
    stopped.stop();
    vi.advanceTimersByTime(1_000);
    expect(over).toEqual([]);
  });
});
