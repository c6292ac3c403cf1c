// Study: one card at a time for a deck node — reveal, grade with the four buttons or keys 1–4, undo, progress, done screen.
import './study.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { GRADES, type Grade } from '../../../core/review-contract.ts';
import type { Roadcards } from '../../../storage/index.ts';
import { useAppData } from '../../data/app-data.tsx';
import { LoadFailed, Loading } from '../../components/status.tsx';
import { t } from '../../i18n.ts';
import { holdReloadFor, setCardOnScreen, updatePendingAtBoundary } from '../../update/update-state.ts';
import { StudyCard } from './study-card.tsx';
import { DoneScreen } from './done-screen.tsx';
import { StudyController, measureSince, type StudyView } from './lib.ts';
import { keyAction } from './keys.ts';

const GRADE_LABELS = { 1: 'gradeAgain', 2: 'gradeHard', 3: 'gradeGood', 4: 'gradeEasy' } as const;
/** How often a waiting session looks whether a learning card has come due. */
const WAITING_POLL_MS = 15_000;

async function askPersistenceOnce(roadcards: Roadcards): Promise<void> {
  const settings = await roadcards.getSettings();
  if (settings.persisted === null) await roadcards.requestPersistence();
}

function AnswerBar({ view, onReveal, onGrade }: { view: StudyView; onReveal: () => void; onGrade: (grade: Grade) => void }) {
  if (view.side === 'front' || !view.previews) {
    return (
      <div class="answer-bar">
        <button type="button" key="reveal" class="button button--primary button--reveal" data-action="reveal" onClick={onReveal}>
          <span>{t('reveal')}</span>
          <small>{t('revealHint')}</small>
        </button>
      </div>
    );
  }
  const previews = view.previews;
  return (
    <div class="answer-bar answer-bar--grades">
      {GRADES.map((grade) => (
        <button type="button" key={grade} class={`grade grade--${grade}`} data-grade={grade} onClick={() => onGrade(grade)}>
          <span class="grade__interval">{previews[grade].label}</span>
          <span class="grade__label">{t(GRADE_LABELS[grade])}</span>
          <kbd class="grade__key">{grade}</kbd>
        </button>
      ))}
    </div>
  );
}

function StudyTop({ view, onUndo }: { view: StudyView; onUndo: () => void }) {
  const { value, max } = view.progress;
  const percent = max === 0 ? 100 : Math.round((value / max) * 100);
  return (
    <div class="study-top">
      <a class="icon-button" href="/" aria-label={t('back')}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path fill="currentColor" d="M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z" /></svg>
      </a>
      <div class="study-top__progress">
        <div class="progress" role="progressbar" aria-label={t('progress')} aria-valuemin={0} aria-valuenow={value} aria-valuemax={max}>
          <div class="progress__fill" style={{ width: `${percent}%` }} />
        </div>
        <span class="study-top__figures">{value} / {max}</span>
      </div>
      <button type="button" class="icon-button" data-action="undo" aria-label={t('undo')} title={`${t('undo')} (U)`} disabled={!view.canUndo} onClick={onUndo}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path fill="currentColor" d="M12.5 8c-2.6 0-5 1-6.9 2.6L2 7v9h9l-3.6-3.6A7.9 7.9 0 0 1 20.1 16l2.4-.8A10.5 10.5 0 0 0 12.5 8z" /></svg>
      </button>
    </div>
  );
}

export function StudyScreen() {
  const { params } = useRoute();
  const nodeId = params.nodeId ?? '';
  const data = useAppData();
  const [view, setView] = useState<StudyView | null>(null);
  const controller = useRef<StudyController | null>(null);
  const gradeStartedAt = useRef<number | null>(null);
  const releaseHold = useRef<(() => void) | null>(null);

  useEffect(() => {
    let live = true;
    setView(null);
    void data.ready.then((roadcards) => {
      if (!live) return;
      const created = new StudyController(roadcards, nodeId, data.now, setView, {
        stopAtBoundary: updatePendingAtBoundary,
        onCardShown: setCardOnScreen,
        onStoppedAtBoundary: () => setCardOnScreen(false),
        onFirstReviewStored: () => void askPersistenceOnce(roadcards).catch(() => undefined),
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
  }, [nodeId]);

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

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = keyAction(event);
      if (!action) return;
      event.preventDefault();
      if (action.kind === 'reveal') reveal();
      else if (action.kind === 'grade') grade(action.grade);
      else undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!view || view.status === 'loading') return <Loading />;
  if (view.status === 'error') return <LoadFailed error={view.error ?? new Error('?')} />;
  return (
    <div class="screen screen--study" data-screen="study">
      <StudyTop view={view} onUndo={undo} />
      {view.error && <p class="toast" role="alert">{view.error.message}</p>}
      {view.status === 'updating' && <Loading />}
      {view.status === 'done' && <DoneScreen view={view} nodeId={nodeId} now={data.now()} />}
      {view.status === 'card' && view.item && (
        <>
          <StudyCard item={view.item} side={view.side} deckTitles={view.deckTitles} onReveal={reveal} />
          <AnswerBar view={view} onReveal={reveal} onGrade={grade} />
        </>
      )}
    </div>
  );
}
