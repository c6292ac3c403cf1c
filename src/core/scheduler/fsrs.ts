// The one wrapper around ts-fsrs: CardState ↔ ts-fsrs Card, grading, previews. `now` is always a parameter.
import { fsrs, type Card as FsrsCard, type FSRS, type Grade as FsrsGrade, type StepUnit } from 'ts-fsrs';
import type { CardState, Grade, Phase, SchedulerSettings } from '../review-contract.ts';
import { GRADES } from '../review-contract.ts';
import { formatInterval } from './interval-label.ts';

/** One ts-fsrs instance per settings object: building one costs far more than a review (~15 µs). */
const schedulers = new WeakMap<SchedulerSettings, FSRS>();

function schedulerFor(settings: SchedulerSettings): FSRS {
  let scheduler = schedulers.get(settings);
  if (!scheduler) {
    scheduler = fsrs({
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumIntervalDays,
      enable_fuzz: settings.enableFuzz,
      enable_short_term: true,
      learning_steps: settings.learningSteps as StepUnit[],
      relearning_steps: settings.relearningSteps as StepUnit[],
      ...(settings.parameters ? { w: settings.parameters } : {}),
    });
    schedulers.set(settings, scheduler);
  }
  return scheduler;
}

// Kept in its own module so the deck merge (which creates new cards) does not load ts-fsrs.
export { newCardState } from './new-card.ts';

function toFsrsCard(state: CardState): FsrsCard {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.phase,
    ...(state.lastReview === null ? {} : { last_review: new Date(state.lastReview) }),
  };
}

function fromFsrsCard(card: FsrsCard, previous: CardState): CardState {
  return {
    cardId: previous.cardId,
    deckId: previous.deckId,
    phase: card.state as number as Phase,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

/**
 * The card's state after `grade` at `now`. Deterministic: the same state, grade, time and settings give the same
 * result (fuzz included), so the session's optimistic state and the stored one agree.
 */
export function applyGrade(state: CardState, grade: Grade, now: number, settings: SchedulerSettings): CardState {
  const item = schedulerFor(settings).next(toFsrsCard(state), new Date(now), grade as FsrsGrade);
  return capInterval(fromFsrsCard(item.card, state), now, settings);
}

const DAY_MS = 86_400_000;

/**
 * ts-fsrs keeps Hard < Good < Easy by pushing Easy a day or two past `maximum_interval` at the cap; the learner's
 * maximum is a promise, so it wins over the ordering there.
 */
function capInterval(next: CardState, now: number, settings: SchedulerSettings): CardState {
  if (next.phase !== 2 || next.scheduledDays <= settings.maximumIntervalDays) return next;
  return { ...next, scheduledDays: settings.maximumIntervalDays, due: now + settings.maximumIntervalDays * DAY_MS };
}

export interface IntervalPreview {
  grade: Grade;
  state: CardState;
  due: number;
  /** Short label for the grade button: 1m, 10m, 1h, 3d, 2mo, 1y. */
  label: string;
}

/** What each grade would do, for the four buttons. One ts-fsrs `repeat` call. */
export function previewIntervals(
  state: CardState,
  now: number,
  settings: SchedulerSettings,
): Record<Grade, IntervalPreview> {
  const preview = schedulerFor(settings).repeat(toFsrsCard(state), new Date(now));
  const result = {} as Record<Grade, IntervalPreview>;
  for (const grade of GRADES) {
    const next = capInterval(fromFsrsCard(preview[grade as FsrsGrade].card, state), now, settings);
    result[grade] = { grade, state: next, due: next.due, label: formatInterval(next.due - now) };
  }
  return result;
}
