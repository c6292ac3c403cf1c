// Study: one card at a time for a deck node — reveal, grade with the four buttons or keys 1–4, undo, progress, done screen.
import './study.css';
import './answer-bar.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useAppData } from '../../data/app-data.tsx';
import { LoadFailed, Loading } from '../../components/status.tsx';
import { t } from '../../i18n.ts';
import { StudyCard } from './study-card.tsx';
import { DoneScreen } from './done-screen.tsx';
import { keyAction } from './keys.ts';
import { WriteFailure } from '../../components/write-failure.tsx';
import { watchForKeyboard } from './keyboard-hints.ts';
import { s } from './study-strings.ts';
import { CardInfoDialog, useCardInfoToggle } from './card-info-dialog.tsx';
import { StudyMarks } from './study-marks.tsx';
import { AnswerBar, UndoOnlyBar, useAnswerBarSpace } from './answer-bar.tsx';
import { StudyNotes, useUndoNotice } from './study-notes.tsx';
import { StudyTop } from './study-top.tsx';
import { useStudySession } from './use-study-session.ts';

export function StudyScreen() {
  const { params } = useRoute();
  const nodeId = params.nodeId ?? '';
  const data = useAppData();
  const { view, controller, reveal, grade, undo, restart } = useStudySession(nodeId, data);

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
      {view.status === 'done' && <DoneScreen view={view} nodeId={nodeId} now={data.now()} onRestart={restart} />}
      {view.status === 'done' && view.canUndo && <UndoOnlyBar view={view} onUndo={undo} />}
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
