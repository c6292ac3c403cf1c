// The study session the UI drives: what shows next, learning cards returning within the session, done, undo.
import { describe, expect, it } from 'vitest';
import type { StudyItem } from '../../src/core/review-contract.ts';
import { advance, confirmState, gradeCurrent, remainingCounts, sessionStatus, startSession, undoLast, type Session } from '../../src/core/queue/session.ts';
import { newCardState } from '../../src/core/scheduler/fsrs.ts';
import { normalizeSchedulerSettings } from '../../src/core/scheduler/settings.ts';
import { DAY, MINUTE, T0, reviewState } from '../fixtures/review/clock.ts';
import { makeCard } from '../fixtures/review/decks.ts';

const settings = normalizeSchedulerSettings({});
const options = { settings, dayEnd: T0 + 12 * 60 * MINUTE };

function item(state: StudyItem['state']): StudyItem {
  return { card: makeCard({ id: state.cardId, sectionId: 's' }), state, updated: false };
}
const fresh = (id: string) => item(newCardState(id, 'd', T0));
const due = (id: string) => item(reviewState(id, 'd', T0 - DAY));
const shown = (session: Session) => session.current?.card.id ?? null;

describe('study session', () => {
  it('shows the queue in order and is done after the last card', () => {
    let session = startSession([due('r1'), due('r2')], options, T0);
    expect(shown(session)).toBe('r1');
    session = gradeCurrent(session, 3, T0).session;
    expect(shown(session)).toBe('r2');
    session = gradeCurrent(session, 3, T0 + MINUTE).session;
    expect(sessionStatus(session)).toEqual({ kind: 'done' });
    expect(session.reviewedCount).toBe(2);
  });

  it('brings a card graded Again back once it is due, ahead of the rest of the queue', () => {
    let session = startSession([due('r1'), due('r2'), due('r3')], options, T0);
    session = gradeCurrent(session, 1, T0).session; // r1 relearning, due in 10 min
    expect(shown(session)).toBe('r2');
    session = gradeCurrent(session, 3, T0 + 11 * MINUTE).session;
    expect(shown(session)).toBe('r1');
  });

  it('learns ahead up to 20 minutes when nothing else is left', () => {
    let session = startSession([fresh('n1')], options, T0);
    const graded = gradeCurrent(session, 3, T0); // 10 min step
    session = graded.session;
    expect(graded.graded.state.due).toBe(T0 + 10 * MINUTE);
    expect(shown(session)).toBe('n1');
  });

  it('waits for a learning card due beyond the learn-ahead window, then shows it when advanced', () => {
    const longSteps = { ...options, settings: normalizeSchedulerSettings({ learningSteps: ['1m', '1h'] }) };
    let session = startSession([fresh('n1')], longSteps, T0);
    session = gradeCurrent(session, 3, T0).session; // due in 1 h
    expect(sessionStatus(session)).toEqual({ kind: 'waiting', until: T0 + 60 * MINUTE });
    expect(shown(advance(session, T0 + 30 * MINUTE))).toBeNull();
    expect(shown(advance(session, T0 + 45 * MINUTE))).toBe('n1');
  });

  it('lets a card leave once it graduates or when it is due after the day ends', () => {
    const shortDay = { ...options, dayEnd: T0 + 5 * MINUTE };
    let session = startSession([fresh('n1')], shortDay, T0);
    session = gradeCurrent(session, 3, T0).session; // due at +10 min, after the day ends
    expect(sessionStatus(session)).toEqual({ kind: 'done' });
    session = startSession([fresh('n2')], options, T0);
    session = gradeCurrent(session, 4, T0).session; // Easy graduates at once
    expect(sessionStatus(session)).toEqual({ kind: 'done' });
  });

  it('keeps learning cards from storage that are not yet due out of the way until they are', () => {
    const later = item(reviewState('l1', 'd', T0 + 5 * MINUTE, { phase: 1 }));
    let session = startSession([later, due('r1')], options, T0);
    expect(shown(session)).toBe('r1');
    session = gradeCurrent(session, 3, T0 + MINUTE).session;
    expect(shown(session)).toBe('l1'); // learn-ahead: within 20 min, nothing else left
  });

  it('never swaps the card on screen as time passes', () => {
    let session = startSession([due('r1'), due('r2')], options, T0);
    session = gradeCurrent(session, 1, T0).session;
    expect(shown(advance(session, T0 + 60 * MINUTE))).toBe('r2');
  });

  it('undo puts the graded card back on screen with its old state', () => {
    const start = startSession([due('r1'), due('r2')], options, T0);
    const after = gradeCurrent(start, 1, T0).session;
    const undone = undoLast(after);
    expect(undone).toBe(start);
    expect(shown(undone!)).toBe('r1');
    expect(undone!.current!.state).toEqual(due('r1').state);
    expect(undoLast(start)).toBeNull();
  });

  it('takes the stored state over the optimistic one', () => {
    let session = startSession([due('r1'), due('r2')], options, T0);
    session = gradeCurrent(session, 1, T0).session;
    const stored = { ...session.learning[0]!.state, due: T0 + 2 * MINUTE };
    session = confirmState(session, stored);
    expect(session.learning[0]!.state.due).toBe(T0 + 2 * MINUTE);
  });

  it('counts what is left by kind, the card on screen included', () => {
    const session = startSession([fresh('n1'), due('r1'), item(reviewState('l', 'd', T0, { phase: 1 }))], options, T0);
    expect(remainingCounts(session)).toEqual({ new: 1, learning: 1, due: 1 });
  });
});
