// Study keys: Space/Enter reveal, 1–4 grade, U or Ctrl+Z undo — without stealing keys from other focused controls.
import type { Grade } from '../../../core/review-contract.ts';

export type KeyAction = { kind: 'reveal' } | { kind: 'grade'; grade: Grade } | { kind: 'undo' };

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
const CONTROLS = 'a, button, summary, [role="button"]';

/** The study action a key press asks for, or null to leave the press to the browser. */
export function keyAction(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat' | 'target'>): KeyAction | null {
  if (event.repeat || event.altKey) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(TYPING)) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if ((event.ctrlKey || event.metaKey) && key === 'z') return { kind: 'undo' };
  if (event.ctrlKey || event.metaKey) return null;
  if (key === 'u') return { kind: 'undo' };
  if (key === '1' || key === '2' || key === '3' || key === '4') return { kind: 'grade', grade: Number(key) as Grade };
  if (key === ' ' || key === 'Enter' || event.code === 'Space') {
    // A focused back link or undo button keeps its own Enter; the answer bar's buttons do not, so a focus left
    // on a grade button by the previous card can never grade the next one with Space. Card info grades nothing:
    // it keeps its Enter and Space (focus returns to it when its dialog closes).
    if (target?.closest(CONTROLS) && (!target.closest('.answer-bar') || target.closest('[data-action="card-info"]'))) return null;
    return { kind: 'reveal' };
  }
  return null;
}
