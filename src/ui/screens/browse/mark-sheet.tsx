// The card actions sheet (suspend, bury, flag, note) for one card in Study or many in Browse: a modal, so no tap lands on a grade.
import './mark-sheet.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FLAG_COLOURS } from '../../../core/marks/marks.ts';
import type { MarkCommand } from '../../../storage/index.ts';
import { browseT, type BrowseKey } from './browse-strings.ts';

/** What the sheet knows of the cards it acts on (for one card: its own marks). */
export interface SheetTarget {
  count: number;
  /** Every target is suspended: the sheet offers Unsuspend instead of Suspend. */
  allSuspended: boolean;
  anyLeech: boolean;
  /** The one card's flag and note (null for several cards or none). */
  flag: number | null;
  note: string | null;
}

/** The toast's words after a command. */
export function doneKey(command: MarkCommand): BrowseKey {
  if (command.suspended === true) return 'didSuspend';
  if (command.suspended === false) return 'didUnsuspend';
  if (command.bury) return 'didBury';
  if (command.flag !== undefined) return 'didFlag';
  if (command.leech === false) return 'didUnleech';
  return 'didNote';
}

const FOCUSABLE = 'button, textarea, a[href], [tabindex]:not([tabindex="-1"])';

function useModalKeys(sheet: { current: HTMLElement | null }, onClose: () => void): void {
  useEffect(() => {
    sheet.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      // Modal: no key reaches the screen behind (Study's 1–4 would grade, Space reveal); typing in the note still types.
      event.stopPropagation();
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
        return;
      }
      if (event.key !== 'Tab' || !sheet.current) return;
      const focusable = [...sheet.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    };
    // Captured, so the study screen's keys (1–4 grade, Space reveal) never see a key meant for the sheet.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

export function MarkSheet({ target, onCommand, onClose }: { target: SheetTarget; onCommand: (command: MarkCommand) => void; onClose: () => void }) {
  const sheet = useRef<HTMLDivElement>(null);
  const [note, setNote] = useState(target.note ?? '');
  useModalKeys(sheet, onClose);
  const one = target.count === 1;
  return (
    <div class="mark-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <div class="mark-sheet" role="dialog" aria-modal="true" aria-labelledby="mark-sheet-title" data-role="mark-sheet" tabIndex={-1} ref={sheet}>
        <h2 class="mark-sheet__title" id="mark-sheet-title">
          {one ? browseT('cardActions') : browseT('actionsFor', { n: target.count })}
        </h2>
        <div class="mark-sheet__row">
          {target.allSuspended ? (
            <button type="button" class="button" data-action="unsuspend" onClick={() => onCommand({ suspended: false })}>{browseT('unsuspend')}</button>
          ) : (
            <button type="button" class="button" data-action="suspend" onClick={() => onCommand({ suspended: true })}>{browseT('suspend')}</button>
          )}
          <button type="button" class="button" data-action="bury" onClick={() => onCommand({ bury: true })}>{browseT('bury')}</button>
          {target.anyLeech && (
            <button type="button" class="button" data-action="unleech" onClick={() => onCommand({ leech: false })}>{browseT('unleech')}</button>
          )}
        </div>
        <fieldset class="mark-sheet__flags">
          <legend>{browseT('flagLabel')}</legend>
          {[...FLAG_COLOURS, 0].map((colour) => (
            <button
              type="button"
              key={colour}
              class={`pill flag-button flag-${colour}`}
              data-action="flag"
              data-flag={colour}
              aria-pressed={one && (target.flag ?? 0) === colour}
              onClick={() => onCommand({ flag: colour === 0 ? null : (colour as 1 | 2 | 3 | 4) })}
            >
              <span class="flag-swatch" aria-hidden="true" />
              {browseT(`flag${colour}` as BrowseKey)}
            </button>
          ))}
        </fieldset>
        {/* A note is one card's: for several cards at once it would overwrite each one's own note. */}
        {one && (
          <label class="mark-sheet__note">
            <span>{browseT('note')}</span>
            <textarea class="text-input" rows={3} maxLength={2000} placeholder={browseT('noteHint')} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
          </label>
        )}
        <div class="mark-sheet__row mark-sheet__row--end">
          {one && <button type="button" class="button" data-action="save-note" onClick={() => onCommand({ note: note.trim() === '' ? null : note })}>{browseT('saveNote')}</button>}
          <button type="button" class="button button--primary" data-action="close-sheet" onClick={onClose}>{browseT('close')}</button>
        </div>
      </div>
    </div>
  );
}

/** "已暂停 2 张卡片 · 撤销": a live region with the undo button, until the next action or a few seconds pass. */
export function UndoToast({ message, onUndo }: { message: string; onUndo: (() => void) | null }) {
  return (
    <div class="undo-toast" role="status" data-role="marks-toast">
      <span>{message}</span>
      {onUndo && (
        <button type="button" class="button button--quiet" data-action="undo-marks" onClick={onUndo}>{browseT('undo')}</button>
      )}
    </div>
  );
}
