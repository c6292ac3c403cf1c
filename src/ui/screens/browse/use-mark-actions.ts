// Runs a marks command through storage and keeps its undo for a while: the toast's words and its Undo button (Browse and Study).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MarkCommand, MarksUndo, Roadcards } from '../../../storage/index.ts';
import { browseT } from './browse-strings.ts';
import { doneKey } from './mark-sheet.tsx';

/** Long enough to read the toast and reach its button with a thumb. */
const TOAST_MS = 8_000;

export interface MarkToast {
  message: string;
  /** null once undone (the toast then says so) or when the command failed. */
  undo: (() => void) | null;
}

export function useMarkActions(ready: Promise<Roadcards>, now: () => number, afterChange: () => void) {
  const [toast, setToast] = useState<MarkToast | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = (next: MarkToast) => {
    setToast(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setToast(null), TOAST_MS);
  };
  const undoWith = (token: MarksUndo, onUndone?: () => void) => async () => {
    const roadcards = await ready;
    await roadcards.undoMarks(token, now());
    show({ message: browseT('undone'), undo: null });
    afterChange();
    onUndone?.();
  };
  /** Applies `change` to the cards; resolves true once stored. `onUndone` runs after the learner's undo. */
  const run = async (cardIds: readonly string[], change: MarkCommand, onUndone?: () => void): Promise<boolean> => {
    try {
      const roadcards = await ready;
      const token = await roadcards.markCards(cardIds, change, now());
      show({ message: browseT(doneKey(change), { n: token.cards.length }), undo: undoWith(token, onUndone) });
      afterChange();
      return true;
    } catch {
      show({ message: browseT('failed'), undo: null });
      return false;
    }
  };
  return { toast, run };
}
