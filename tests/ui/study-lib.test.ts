// The study controller (screens/study/lib.ts) without the DOM, over real storage on fake-indexeddb.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRoadcards, type Roadcards } from '../../src/storage/index.ts';
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
});
