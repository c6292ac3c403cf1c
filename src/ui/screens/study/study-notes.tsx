// Notes above the study card in the learner's words: a failed action, cards left out as damaged, and "已撤销" after an undo.
import { useEffect, useState } from 'preact/hooks';
import { failureDetails, UndoRefusedError } from '../../../storage/index.ts';
import type { StudyView } from './study-view.ts';
import { s } from './study-strings.ts';

/** How long "已撤销" stays after an undo. */
const UNDO_NOTICE_MS = 2_500;

/** Notes above the card, in the learner's words; raw error text only in the folded details. */
export function StudyNotes({ view }: { view: StudyView }) {
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

/** "已撤销" for a moment after each undo, in a live region screen readers announce. */
export function useUndoNotice(undone: number): boolean {
  const [showing, setShowing] = useState(false);
  useEffect(() => {
    // A new session (another node, reference cards switched) starts from 0: a notice still up goes with the old one.
    if (undone === 0) return setShowing(false);
    setShowing(true);
    const timer = setTimeout(() => setShowing(false), UNDO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [undone]);
  return showing;
}
