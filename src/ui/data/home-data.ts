// Home's data as it becomes available: stored roadmaps at once, the deck index's on a first visit while the decks merge, synced counts after; a node's children when opened.
import { useEffect, useState } from 'preact/hooks';
import type { DeckTreeNode } from '../../core/review-contract.ts';
import type { NodeSummary, SyncReport } from '../../storage/index.ts';
import { HISTORY_RECEIVED_EVENT } from '../sync/received-event.ts';
import { toError, useAppData, type IndexedRoadmap, type Loadable } from './app-data.tsx';

export interface RoadmapList {
  roadmaps: NodeSummary[];
  /**
   * True while a first visit's decks are still being merged: the rows come from the deck index, every card counted
   * new (within today's new-card limit), and `childCount` is only 1 or 0 (whether the roadmap has sections at all).
   * Study links work already: the study screen waits for the merge.
   */
  provisional: boolean;
}

/** A roadmap row from the index alone: on a first visit nothing has been studied, so every card is new. */
export function provisionalRoadmap(entry: IndexedRoadmap, newPerDay: number): NodeSummary {
  return {
    id: entry.id,
    deckId: entry.id,
    title: entry.title,
    path: [entry.title],
    counts: { new: Math.min(entry.cardCount, newPerDay), learning: 0, due: 0 },
    total: entry.cardCount,
    nextDue: null,
    childCount: entry.sectionCount > 0 ? 1 : 0,
  };
}

/** Whether the sync wrote anything Home counts: an unchanged repeat visit need not read (and render) twice. */
export function syncChangedDecks(report: SyncReport | null): boolean {
  return report === null || report.decks.some((deck) => !deck.skipped);
}

/**
 * Home's roadmap rows, soonest first: a repeat visit reads the stored counts as soon as the database is open (the
 * sync runs behind and, if it changed a deck, the rows are read again); a first visit shows the deck index's
 * roadmaps while their cards are merged, then the stored counts.
 */
export function useRoadmaps(): [Loadable<RoadmapList>, () => void] {
  const data = useAppData();
  const [state, setState] = useState<Loadable<RoadmapList>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = () => setGeneration((g) => g + 1);
  useEffect(() => {
    // A background history sync brought reviews or settings from another device: the counts are read again.
    // Its own effect: the reading effect below re-runs per generation and must not touch the window's listeners.
    addEventListener(HISTORY_RECEIVED_EVENT, reload);
    return () => removeEventListener(HISTORY_RECEIVED_EVENT, reload);
  }, []);
  useEffect(() => {
    let live = true;
    let final = false;
    const show = (list: RoadmapList) => live && setState({ status: 'ready', value: list });
    const early = data.opened.then(async (roadcards) => {
      const stored = await roadcards.roadmaps(data.now());
      if (final) return true;
      if (stored.length > 0) return show({ roadmaps: stored, provisional: false }), true;
      const [index, settings] = await Promise.all([data.deckIndex, roadcards.getSettings()]);
      if (!final && index && index.length > 0) show({ roadmaps: index.map((entry) => provisionalRoadmap(entry, settings.newPerDay)), provisional: true });
      return false;
    });
    Promise.all([data.ready, data.syncReport, early.catch(() => false)])
      .then(async ([roadcards, report, shownStored]) => {
        if (shownStored && !syncChangedDecks(report)) return;
        const roadmaps = await roadcards.roadmaps(data.now());
        final = true;
        show({ roadmaps, provisional: false });
      })
      .catch((error: unknown) => live && setState({ status: 'error', error: toError(error) }));
    return () => {
      live = false;
    };
  }, [data, generation]);
  return [state, reload];
}

/** A node's sub-nodes with their counts, read when `open` (after the decks are merged: they need the sections). */
export function useNodeChildren(nodeId: string, open: boolean): Loadable<NodeSummary[]> | null {
  const data = useAppData();
  const [state, setState] = useState<Loadable<NodeSummary[]> | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    data.ready
      .then((roadcards) => roadcards.nodeChildren(nodeId, data.now()))
      .then(
        (children) => live && setState({ status: 'ready', value: children }),
        (error: unknown) => live && setState({ status: 'error', error: toError(error) }),
      );
    return () => {
      live = false;
    };
  }, [data, nodeId, open]);
  return open ? (state ?? { status: 'loading' }) : null;
}

/** For today's Home, which draws the whole tree: the roadmap rows first (no children), the full tree once merged. */
export function useHomeTree(): [Loadable<DeckTreeNode[]>, () => void, boolean] {
  const data = useAppData();
  const [roadmaps, reload] = useRoadmaps();
  const [tree, setTree] = useState<Loadable<DeckTreeNode[]>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    if (roadmaps.status !== 'ready' || roadmaps.value.provisional) return;
    // Off the first paint: the full tree is read (and drawn) after the roadmap rows are on screen.
    void data.ready
      .then((roadcards) => roadcards.deckTree(data.now()))
      .then(
        (value) => live && setTree({ status: 'ready', value }),
        (error: unknown) => live && setTree({ status: 'error', error: toError(error) }),
      );
    return () => {
      live = false;
    };
  }, [data, roadmaps]);
  // The third value says the tree is the stored one, read after the decks were merged (not a first glance).
  if (tree.status !== 'loading') return [tree, reload, true];
  if (roadmaps.status !== 'ready') return [roadmaps, reload, false];
  return [{ status: 'ready', value: roadmaps.value.roadmaps.map(({ childCount: _childCount, ...row }) => ({ ...row, children: [] })) }, reload, false];
}
