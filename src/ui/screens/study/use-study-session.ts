// The study session behind the screen: its controller for the route's node, kept alive while the screen is open, the waiting poll, and the reveal, grade and undo actions.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Grade } from '../../../core/review-contract.ts';
import type { Roadcards } from '../../../storage/index.ts';
import type { AppData } from '../../data/app-data.tsx';
import { holdReloadFor, setCardOnScreen, updatePendingAtBoundary } from '../../update/update-state.ts';
import { StudyController, measureSince, type StudyView } from './lib.ts';
import { REVEAL_GUARD_MS } from './reveal-guard.ts';

/** How often a waiting session looks whether a learning card has come due. */
const WAITING_POLL_MS = 15_000;

async function askPersistenceOnce(roadcards: Roadcards): Promise<void> {
  const settings = await roadcards.getSettings();
  if (settings.persisted === null) await roadcards.requestPersistence();
}

export interface StudySession {
  /** Null until the session's first view (the database may still be opening). */
  view: StudyView | null;
  controller: { current: StudyController | null };
  reveal: () => void;
  grade: (grade: Grade) => void;
  undo: () => void;
  /** Starts the session again from storage (reference cards switched on or off on the done screen). */
  restart: () => void;
}

/** A new session whenever the node changes or `restart` is called; the old one's grades still finish storing. */
export function useStudySession(nodeId: string, data: AppData): StudySession {
  const [view, setView] = useState<StudyView | null>(null);
  const controller = useRef<StudyController | null>(null);
  const gradeStartedAt = useRef<number | null>(null);
  const releaseHold = useRef<(() => void) | null>(null);
  // Bumped to start the session again (reference cards switched on or off on the done screen).
  const [session, setSession] = useState(0);

  useEffect(() => {
    let live = true;
    setView(null);
    void data.ready.then((roadcards) => {
      if (!live) return;
      const created = new StudyController(roadcards, nodeId, data.now, setView, {
        stopAtBoundary: updatePendingAtBoundary,
        onCardShown: setCardOnScreen,
        onStoppedAtBoundary: () => setCardOnScreen(false),
        onSessionGradesStored: () => void askPersistenceOnce(roadcards).catch(() => undefined),
        gradeGuardMs: REVEAL_GUARD_MS,
      });
      controller.current = created;
      // An update's reload waits for this session's grades to be stored, also after the screen has closed.
      const release = holdReloadFor(() => created.settled());
      releaseHold.current = () => void created.settled().finally(release);
      void created.start();
    }, (error: unknown) => live && setView({ status: 'error', error } as StudyView));
    return () => {
      live = false;
      controller.current?.dispose();
      controller.current = null;
      setCardOnScreen(false);
      releaseHold.current?.();
      releaseHold.current = null;
    };
  }, [nodeId, session]);

  // grade-to-paint: from the grade to the first frame after the next card (or the done screen) is in the DOM.
  useLayoutEffect(() => {
    const started = gradeStartedAt.current;
    if (started === null) return;
    gradeStartedAt.current = null;
    requestAnimationFrame(() => measureSince('roadcards:grade-to-paint', started));
  }, [view?.item, view?.status]);

  const waiting = view?.status === 'done' && view.waiting;
  useEffect(() => {
    if (!waiting) return;
    const tick = () => controller.current?.tick();
    const timer = setInterval(tick, WAITING_POLL_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [waiting]);

  const reveal = () => controller.current?.reveal();
  const grade = (value: Grade) => {
    const started = performance.now();
    if (controller.current?.grade(value)) gradeStartedAt.current = started;
  };
  const undo = () => void controller.current?.undo();
  return { view, controller, reveal, grade, undo, restart: () => setSession((n) => n + 1) };
}
