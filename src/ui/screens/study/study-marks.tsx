// Study's card actions after the reveal (suspend, bury, flag, note: one sheet, never a button in the grades' row) and the leech notice.
import { useEffect, useState } from 'preact/hooks';
import type { CardMarks } from '../../../core/marks/marks.ts';
import type { MarkCommand, Roadcards } from '../../../storage/index.ts';
import { browseT } from '../browse/browse-strings.ts';
import { MarkSheet, UndoToast } from '../browse/mark-sheet.tsx';
import { useMarkActions } from '../browse/use-mark-actions.ts';
import type { StudyController, StudyView } from './lib.ts';

interface StudyMarksProps {
  ready: Promise<Roadcards>;
  now: () => number;
  view: StudyView;
  controller: { current: StudyController | null };
  sheetOpen: boolean;
  onCloseSheet: () => void;
}

/** The sheet starts from the card's stored flag and note, so saving a note never drops one written before. */
function targetOf(marks: CardMarks | null) {
  return { count: 1, allSuspended: false, anyLeech: marks?.leech === 1, flag: marks?.flag ?? null, note: marks?.note ?? null };
}

/** The marks of the card on screen, read when the sheet opens (undefined while reading). */
function useOpenMarks(ready: Promise<Roadcards>, cardId: string | undefined, open: boolean): CardMarks | null | undefined {
  const [marks, setMarks] = useState<{ cardId: string; marks: CardMarks | null } | null>(null);
  useEffect(() => {
    if (!open || !cardId) return;
    let live = true;
    void ready.then((roadcards) => roadcards.cardMarks(cardId)).then((found) => live && setMarks({ cardId, marks: found }), () => live && setMarks({ cardId, marks: null }));
    return () => {
      live = false;
    };
  }, [open, cardId]);
  return open && marks && marks.cardId === cardId ? marks.marks : undefined;
}

export function StudyMarks({ ready, now, view, controller, sheetOpen, onCloseSheet }: StudyMarksProps) {
  const actions = useMarkActions(ready, now, () => undefined);
  const item = view.item;
  const marks = useOpenMarks(ready, item?.card.id, sheetOpen);
  const command = (change: MarkCommand) => {
    onCloseSheet();
    if (!item) return;
    const leaves = change.suspended === true || change.bury === true;
    void actions.run([item.card.id], change, leaves ? () => controller.current?.putBack(item) : undefined).then((stored) => {
      if (stored && leaves) controller.current?.leaveOut(item.card.id);
    });
  };
  return (
    <>
      {actions.toast && <UndoToast message={actions.toast.message} onUndo={actions.toast.undo} />}
      {view.leech && <LeechNotice leech={view.leech} />}
       {sheetOpen && item && view.side === 'back' && marks !== undefined && <MarkSheet target={targetOf(marks)} onCommand={command} onClose={onCloseSheet} />}
    </>
  );
}

/** Told once, after the grade that made the leech: what happened, and the card's info with its source file:line. */
function LeechNotice({ leech }: { leech: NonNullable<StudyView['leech']> }) {
  return (
    <div class="toast leech-notice" role="status" data-role="leech-notice" data-card-id={leech.cardId}>
      <p><strong>{browseT('leechTitle')}</strong></p>
      <p>{browseT(leech.suspended ? 'leechSuspended' : 'leechTagged', { n: leech.lapses })}</p>
      <a href={`/card/${encodeURIComponent(leech.cardId)}`} data-action="leech-card-info">{browseT('leechSource')}</a>
    </div>
  );
}
