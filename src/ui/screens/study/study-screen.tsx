// Study: one card at a time for a deck node — reveal, grade with the four buttons or keys 1–4, undo, progress, done screen.
import './study.css';
import './answer-bar.css';
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
import { WriteFailure } from '../../components/write-failure.tsx';
import { UndoRefusedError, failureDetails } from '../../../storage/index.ts';
import { watchForKeyboard } from './keyboard-hints.ts';
import { REVEAL_GUARD_MS } from './reveal-guard.ts';
import { s } from './study-strings.ts';
import { CardInfoDialog, useCardInfoToggle } from './card-info-dialog.tsx';
import { formatIntervalLabel } from '../../format.ts';
import { StudyMarks } from './study-marks.tsx';

const GRADE_LABELS = { 1: 'gradeAgain', 2: 'gradeHard', 3: 'gradeGood', 4: 'gradeEasy' } as const;
/** How often a waiting session looks whether a learning card has come due. */
const WAITING_POLL_MS = 15_000;
const UNDO_NOTICE_MS = 2_500;

async function askPersistenceOnce(roadcards: Roadcards): Promise<void> {
  const settings = await roadcards.getSettings();
  if (settings.persisted === null) await roadcards.requestPersistence();
}

const UNDO_ICON = 'M12.5 8c-2.6 0-5 1-6.9 2.6L2 7v9h9l-3.6-3.6A7.9 7.9 0 0 1 20.1 16l2.4-.8A10.5 10.5 0 0 0 12.5 8z';

function UndoButton({ view, onUndo }: { view: StudyView; onUndo: () => void }) {
  return (
    <button type="button" class="icon-button answer-bar__undo" data-action="undo" aria-label={t('undo')} disabled={!view.canUndo} onClick={onUndo}>
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path fill="currentColor" d={UNDO_ICON} /></svg>
    </button>
  );
}

/**
 * At the bottom, in thumb reach: undo on the left, then the reveal button. Once the answer shows, the grades stand in
 * a row above, and the reveal button's spot holds only the prompt: a second tap there (a double tap) grades nothing.
 */
function AnswerBar({ view, onReveal, onGrade, onUndo, onInfo, onActions }: { view: StudyView; onReveal: () => void; onGrade: (grade: Grade) => void; onUndo: () => void; onInfo: () => void; onActions: () => void }) {
  if (view.side === 'front' || !view.previews) {
    return (
      <div class="answer-bar answer-bar--study">
        <div class="answer-bar__row">
          <UndoButton view={view} onUndo={onUndo} />
          <button type="button" key="reveal" class="button button--primary button--reveal" data-action="reveal" onClick={onReveal}>
            <span>{t('reveal')}</span>
            <small class="keys-only">{s('revealKeys')}</small>
          </button>
        </div>
      </div>
    );
  }
  const previews = view.previews;
  const at = view.revealedAt ?? 0;
  return (
    <div class="answer-bar answer-bar--study answer-bar--grades" role="group" aria-labelledby="grade-prompt" data-ready={view.gradesReady ? 'true' : 'false'}>
      {/* Card info on its own row above the grades, at the right: in thumb reach, under neither the reveal spot nor a grade. */}
      <div class="answer-bar__tools">
        <button type="button" class="answer-bar__info" data-action="card-actions" aria-haspopup="dialog" onClick={onActions}>
          {s('cardActions')}
        </button>
        <button type="button" class="answer-bar__info" data-action="card-info" aria-haspopup="dialog" onClick={onInfo}>
          {s('cardInfo')}
        </button>
      </div>
      <div class="grades">
        {GRADES.map((grade) => (
          <button type="button" key={grade} class={`grade grade--${grade}`} data-grade={grade} aria-disabled={view.gradesReady ? undefined : 'true'} onClick={() => onGrade(grade)}>
            <span class="grade__label">{t(GRADE_LABELS[grade])}</span>
            <span class="grade__interval">{formatIntervalLabel(previews[grade].due - at)}</span>
            <kbd class="grade__key keys-only">{grade}</kbd>
          </button>
        ))}
      </div>
      <div class="answer-bar__row">
        <UndoButton view={view} onUndo={onUndo} />
        <p class="answer-bar__prompt" id="grade-prompt">
          <span>{s('gradePrompt')}</span>
          <small class="keys-only">{s('gradeKeys')}</small>
        </p>
      </div>
    </div>
  );
}

/** Notes above the card, in the learner's words; raw error text only in the folded details. */
function StudyNotes({ view }: { view: StudyView }) {
  return (
    <>
      {view.error && (
        <div class="toast" role="alert" data-role="study-error">
          <p>{view.error instanceof UndoRefusedError ? s('undoRefused') : s('actionFailed')}</p>
          <details><summary>{s('details')}</summary><code>{failureDetails(view.error)}</code></details>
        </div>
      )}
      {view.skipped && (
        <div class="toast" role="status" data-role="skipped-cards">
          <p>{s('skipped', { n: view.skipped.count })}</p>
          <p>{s('skippedAdvice')}</p>
          <details><summary>{s('details')}</summary><code>{view.skipped.details}</code></details>
        </div>
      )}
    </>
  );
}

function StudyTop({ view }: { view: StudyView }) {
  const { value, max } = view.progress;
  const percent = max === 0 ? 100 : Math.round((value / max) * 100);
  return (
    <div class="study-top">
      <a class="icon-button" href="/" aria-label={t('back')}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path fill="currentColor" d="M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z" /></svg>
      </a>
      <div class="study-top__progress">
        <div
          class="progress"
          role="progressbar"
          aria-label={t('progress')}
          aria-valuemin={0}
          aria-valuenow={value}
          aria-valuemax={max}
          aria-valuetext={s('progressText', { value, max })}
        >
          <div class="progress__fill" style={{ width: `${percent}%` }} />
        </div>
        <span class="study-top__figures" aria-hidden="true">{value} / {max}</span>
      </div>
    </div>
  );
}

/**
 * Keeps room below the card for the fixed answer bar, whatever its height (grades wrap to two rows at 200% text),
 * so the end of a long answer can always scroll above it.
 */
function useAnswerBarSpace(screen: { current: HTMLElement | null }): void {
  useLayoutEffect(() => {
    const element = screen.current;
    const bar = element?.querySelector<HTMLElement>('.answer-bar');
    if (!element || !bar) return;
    const measure = () => element.style.setProperty('--answer-space', `${bar.offsetHeight}px`);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    return () => observer.disconnect();
  });
}

/** "已撤销" for a moment after each undo, in a live region screen readers announce. */
function useUndoNotice(undone: number): boolean {
  const [showing, setShowing] = useState(false);
  useEffect(() => {
    if (undone === 0) return;
    setShowing(true);
    const timer = setTimeout(() => setShowing(false), UNDO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [undone]);
  return showing;
}

export function StudyScreen() {
  const { params } = useRoute();
  const nodeId = params.nodeId ?? '';
  const data = useAppData();
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

  const screenRef = useRef<HTMLDivElement>(null);
  const cardInfo = useCardInfoToggle(screenRef, view?.item?.card.id);
  const [actionsOpen, setActionsOpen] = useState(false);
  useEffect(() => setActionsOpen(false), [view?.item?.card.id]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (cardInfo.openRef.current) return; // the dialog has the keys: no grade, reveal or undo behind it
      const action = keyAction(event);
      if (!action) return;
      event.preventDefault();
      if (action.kind === 'reveal') reveal();
      else if (action.kind === 'grade') grade(action.grade);
      else undo();
    };
    window.addEventListener('keydown', onKey);
    const stopWatching = watchForKeyboard();
    return () => {
      window.removeEventListener('keydown', onKey);
      stopWatching();
    };
  }, []);
  const undoNotice = useUndoNotice(view?.undone ?? 0);
  useAnswerBarSpace(screenRef);

  if (!view || view.status === 'loading') return <Loading />;
  if (view.status === 'error') return <LoadFailed error={view.error ?? new Error('?')} />;
  return (
    <div class="screen screen--study" ref={screenRef} data-screen="study" data-reviews={view.reviewed}>
      <h1 class="visually-hidden">{view.node ? s('studyHeading', { title: view.node.title }) : t('study')}</h1>
      <StudyTop view={view} />
      <StudyNotes view={view} />
      <p class="undo-notice" role="status">{undoNotice ? s('undone') : ''}</p>
      <StudyMarks ready={data.ready} now={data.now} view={view} controller={controller} sheetOpen={actionsOpen} onCloseSheet={() => setActionsOpen(false)} />
      {view.status === 'updating' && <Loading />}
      {view.status === 'done' && <DoneScreen view={view} nodeId={nodeId} now={data.now()} onRestart={() => setSession((n) => n + 1)} />}
      {view.status === 'done' && view.canUndo && (
        <div class="answer-bar answer-bar--study">
          <div class="answer-bar__row">
            <UndoButton view={view} onUndo={undo} />
          </div>
        </div>
      )}
      {view.status === 'card' && view.item && (
        <>
          <StudyCard item={view.item} side={view.side} deckTitles={view.deckTitles} onReveal={reveal} />
          {view.writeFailure ? (
            <WriteFailure what="grade" failure={view.writeFailure} onRetry={() => controller.current?.retryAfterFailure()} />
          ) : (
            <AnswerBar view={view} onReveal={reveal} onGrade={grade} onUndo={undo} onInfo={cardInfo.show} onActions={() => setActionsOpen(true)} />
          )}
          {cardInfo.open && view.side === 'back' && (
            <CardInfoDialog roadcards={data.ready} cardId={view.item.card.id} now={data.now} onClose={cardInfo.close} />
          )}
        </>
      )}
    </div>
  );
}
