// Study's answer bar, fixed in thumb reach: undo and reveal, then the four grades with their intervals; and the room kept for it below the card.
import { useLayoutEffect } from 'preact/hooks';
import { GRADES, type Grade } from '../../../core/review-contract.ts';
import { t } from '../../i18n.ts';
import { formatIntervalLabel } from '../../format.ts';
import type { StudyView } from './study-view.ts';
import { s } from './study-strings.ts';

const GRADE_LABELS = { 1: 'gradeAgain', 2: 'gradeHard', 3: 'gradeGood', 4: 'gradeEasy' } as const;

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
export function AnswerBar({ view, onReveal, onGrade, onUndo, onInfo, onActions }: { view: StudyView; onReveal: () => void; onGrade: (grade: Grade) => void; onUndo: () => void; onInfo: () => void; onActions: () => void }) {
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

/** The done screen's bar: only undo, so the last grade can still be taken back after the session ends. */
export function UndoOnlyBar({ view, onUndo }: { view: StudyView; onUndo: () => void }) {
  return (
    <div class="answer-bar answer-bar--study">
      <div class="answer-bar__row">
        <UndoButton view={view} onUndo={onUndo} />
      </div>
    </div>
  );
}

/**
 * Keeps room below the card for the fixed answer bar, whatever its height (grades wrap to two rows at 200% text),
 * so the end of a long answer can always scroll above it.
 */
export function useAnswerBarSpace(screen: { current: HTMLElement | null }): void {
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
