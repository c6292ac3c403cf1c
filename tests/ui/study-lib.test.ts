// The study controller (screens/study/lib.ts) without the DOM, over real storage on fake-indexeddb.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRoadcards, UnschedulableCardError, type Roadcards } from '../../src/storage/index.ts';
import { toCardState, toStateRow } from '../../src/storage/rows.ts';
import { RoadcardsDb } from '../../src/storage/schema.ts';
import { StudyController, findNode, type StudyView } from '../../src/ui/screens/study/lib.ts';
import { fakeFetchJson, freshDbName } from './fixtures.ts';

const NOW = Date.UTC(2026, 0, 5, 10, 0, 0);
let roadcards: Roadcards | null = null;

afterEach(() => {
  roadcards?.close();
  roadcards = null;
});

async function started(nodeId: string, hooks = {}): Promise<{ controller: StudyController; views: StudyView[] }> {
  roadcards = await openRoadcards({ dbName: freshDbName(), utcOffsetAt: () => 0 });
  await roadcards.syncDecks(fakeFetchJson, NOW);
  const views: StudyView[] = [];
  const controller = new StudyController(roadcards, nodeId, () => NOW, (view) => views.push(view), hooks);
  await controller.start();
  return { controller, views };
}

async function rootCounts() {
  return findNode(await roadcards!.deckTree(NOW), 'mini')?.counts;
}

describe('StudyController', () => {
  it('shows the next card synchronously on a grade, before storage has written it', async () => {
    const { controller } = await started('mini');
    expect(controller.getView().item?.card.id).toBe('mini-c1');
    expect(controller.grade(3)).toBe(false); // the answer was never shown
    controller.reveal();
    expect(controller.getView().previews?.[3].label).toBe('10m');
    expect(controller.grade(3)).toBe(true);
    // c1 comes back in 10 minutes: not finished, and the total stays the session's 4 cards.
    expect(controller.getView()).toMatchObject({ status: 'card', side: 'front', progress: { value: 0, max: 4 } });
    expect(controller.getView().item?.card.id).toBe('mini-c2');
    await controller.settled();
    expect(await rootCounts()).toEqual({ new: 3, learning: 1, due: 0 });
  });

  it('undo right after a grade waits for the write, then restores card, log and counts', async () => {
    const { controller } = await started('mini');
    controller.reveal();
    controller.grade(4);
    controller.reveal();
    controller.grade(1);
    expect(await controller.undo()).toBe(true); // both writes may still be pending here
    expect(controller.getView().item?.card.id).toBe('mini-c2');
    expect(controller.getView().item?.state.phase).toBe(0);
    expect(await controller.undo()).toBe(true);
    expect(controller.getView().item?.card.id).toBe('mini-c1');
    expect(controller.getView().canUndo).toBe(false);
    expect(await controller.undo()).toBe(false);
    expect(await rootCounts()).toEqual({ new: 4, learning: 0, due: 0 });
  });

  it('stops at the card boundary for an accepted update, after the write is stored', async () => {
    let stopped = false;
    const shown: boolean[] = [];
    const { controller } = await started('mini', {
      stopAtBoundary: () => true,
      onStoppedAtBoundary: () => (stopped = true),
      onCardShown: (showing: boolean) => shown.push(showing),
    });
    controller.reveal();
    controller.grade(3);
    expect(controller.getView()).toMatchObject({ status: 'updating', item: null });
    await controller.settled();
    await Promise.resolve();
    expect(stopped).toBe(true);
    expect(shown).toEqual([true, false]);
    expect(await rootCounts()).toEqual({ new: 3, learning: 1, due: 0 });
  });

  it('ignores grades within the guard after a reveal, without extending the guard for a blocked grade', async () => {
    const clock = { ui: 1_000 };
    const { controller } = await started('mini', { gradeGuardMs: 350, uiClock: () => clock.ui });
    controller.reveal();
    expect(controller.getView().gradesReady).toBe(false);
    clock.ui += 120; // the second tap of a double tap
    expect(controller.grade(3)).toBe(false);
    clock.ui += 200;
    expect(controller.grade(3)).toBe(false);
    clock.ui += 30; // 350 ms after the reveal, however many taps were blocked
    expect(controller.grade(3)).toBe(true);
    expect(controller.getView().item?.card.id).toBe('mini-c2');
    controller.dispose();
  });

  it('ends with the node\'s next due time once every grade is stored', async () => {
    const { controller, views } = await started('mini.s1');
    for (let i = 0; i < 2; i++) {
      controller.reveal();
      controller.grade(4);
    }
    const last = await vi.waitFor(() => {
      const view = views[views.length - 1]!;
      expect(view).toMatchObject({ status: 'done', waiting: false, nextDueKnown: true, reviewed: 2 });
      return view;
    });
    expect(last.nextDue).toBeGreaterThan(NOW + 86_400_000);
  });

  it('a grade that cannot be stored stops the session with that card back, ungraded and not counted', async () => {
    const { controller } = await started('mini');
    const real = roadcards!.grade.bind(roadcards);
    let room = 1; // one more grade fits, then the device is full
    roadcards!.grade = (...args) => {
      if (room-- > 0) return real(...args);
      return Promise.reject(Object.assign(new Error('Transaction aborted: QuotaExceededError'), { name: 'AbortError', inner: { name: 'QuotaExceededError', message: 'quota' } }));
    };
    for (let i = 0; i < 3; i++) {
      controller.reveal();
      controller.grade(4);
    }
    // Three grades painted at once; the second fails, the third is never attempted.
    await controller.settled();
    expect(controller.getView()).toMatchObject({ status: 'card', side: 'front', progress: { value: 1, max: 4 }, reviewed: 1, canUndo: false });
    expect(controller.getView().item?.card.id).toBe('mini-c2');
    expect(controller.getView().item?.state.phase).toBe(0);
    expect(controller.getView().writeFailure?.kind).toBe('quota');
    expect(controller.getView().writeFailure?.details).toContain('QuotaExceededError');
    controller.reveal();
    expect(controller.grade(3)).toBe(false); // stopped until the learner retries
    const logged = async () => (await roadcards!.exportBackup(NOW)).logs.map((log) => log.cardId);
    expect(await logged()).toEqual(['mini-c1']);

    room = Infinity; // space freed
    controller.retryAfterFailure();
    expect(controller.getView().writeFailure).toBeNull();
    controller.reveal();
    expect(controller.grade(4)).toBe(true);
    await controller.settled();
    expect(await logged()).toEqual(['mini-c1', 'mini-c2']);
    expect(controller.getView()).toMatchObject({ progress: { value: 2, max: 4 }, canUndo: true });
  });

  it('leaves out a card FSRS cannot schedule, says so, and goes on with the next', async () => {
    const dbName = freshDbName();
    roadcards = await openRoadcards({ dbName, utcOffsetAt: () => 0 });
    await roadcards.syncDecks(fakeFetchJson, NOW);
    // Damaged the way a backup imported before the checks left it (stability -5 threw "Invalid memory state" on reveal).
    const raw = new RoadcardsDb(dbName);
    const row = (await raw.states.get('mini-c3'))!;
    await raw.states.put(toStateRow({ ...toCardState(row), phase: 2, stability: -5, difficulty: 5, due: NOW - 86_400_000, lastReview: NOW - 3 * 86_400_000, reps: 1 }, row));
    raw.close();
    const controller = new StudyController(roadcards, 'mini', () => NOW, () => undefined);
    await controller.start();
    const seen: string[] = [];
    for (let i = 0; i < 4 && controller.getView().status === 'card'; i++) {
      seen.push(controller.getView().item!.card.id);
      controller.reveal();
      expect(controller.getView().side).toBe('back');
      controller.grade(4);
    }
    expect(seen).not.toContain('mini-c3');
    expect(seen).toHaveLength(3);
    expect(controller.getView().skipped).toMatchObject({ count: 1, details: 'mini-c3: stability' });
    await controller.settled();
    await expect(roadcards.grade('mini-c3', 3, NOW)).rejects.toThrow(UnschedulableCardError);
  });
});
