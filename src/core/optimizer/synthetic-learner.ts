// A learner whose memory follows known FSRS weights, studied with the app's scheduler: what tests and the bench train on.
import type { CardState, Grade, ReviewLogEntry, SchedulerSettings } from '../review-contract.ts';
import { applyGrade } from '../scheduler/fsrs.ts';
import { newCardState } from '../scheduler/new-card.ts';
import { seededRng } from '../quiz/rng.ts';
import { memoryModel, type MemoryState } from '../scheduler/memory-model.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A learner who remembers far better than FSRS's defaults assume (first stabilities 3–5× theirs, faster growth, a
 * flatter curve): at the default schedule they recall ~95%, not 90%, so what training gains is plain to measure.
 */
export const SYNTHETIC_TRUE_WEIGHTS: readonly number[] = Object.freeze([
  1.0, 4.0, 10, 30, 6.4133, 0.8334, 3.0194, 0.001, 2.6, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014,
  1.8729, 0.5425, 0.0912, 0.0658, 0.3,
]);

export interface SyntheticLearnerOptions {
  cards: readonly { cardId: string; deckId: string }[];
  /** The learner's real memory. */
  trueWeights: readonly number[];
  /** What the app schedules with (the defaults' weights unless parameters are set). */
  settings: SchedulerSettings;
  seed: number;
  /** Midnight UTC of the first day; the learner studies in UTC. */
  start: number;
  days: number;
  newPerDay: number;
  /** Stop once this many reviews are logged (whole days otherwise). */
  maxReviews?: number;
}

/** How a learner who remembers picks among Hard, Good and Easy; a first sight is graded on a wider spread. */
function gradeWhen(recalled: boolean, firstSight: boolean, u: number): Grade {
  if (firstSight) return u < 0.25 ? 1 : u < 0.35 ? 2 : u < 0.9 ? 3 : 4;
  if (!recalled) return 1;
  return u < 0.12 ? 2 : u < 0.92 ? 3 : 4;
}

/**
 * Each day at 09:00 UTC the learner reviews every card the app has due that study day (learning steps included,
 * minutes apart), then meets `newPerDay` new cards. Recall is drawn from the true model's retrievability after the
 * study days elapsed since the card's last review (same-day repeats are recalled), so the log is what a person
 * with those weights would leave. Seeded: the same options give the same log.
 */
export function generateLearner(options: SyntheticLearnerOptions): { logs: ReviewLogEntry[]; states: CardState[] } {
  const rng = seededRng(options.seed);
  const truth = memoryModel(options.trueWeights);
  const dayStart = options.settings.dayStartHour * HOUR;
  const studyDay = (at: number) => Math.floor((at - dayStart) / DAY);
  const states = new Map<string, CardState>();
  const memory = new Map<string, { state: MemoryState | null; day: number }>();
  const logs: ReviewLogEntry[] = [];
  const limit = options.maxReviews ?? Infinity;
  let nextNew = 0;

  const review = (state: CardState, at: number): CardState => {
    const known = memory.get(state.cardId) ?? { state: null, day: studyDay(at) };
    const elapsed = Math.max(0, studyDay(at) - known.day);
    const recall = known.state ? truth.recall(elapsed, known.state.stability) : 0;
    const grade = gradeWhen(rng() < recall, known.state === null, rng());
    const after = applyGrade(state, grade, at, options.settings);
    logs.push({ id: logs.length + 1, cardId: state.cardId, deckId: state.deckId, grade, reviewedAt: at, kind: 'review', before: state, after });
    memory.set(state.cardId, { state: truth.next(known.state, { rating: grade, deltaT: elapsed }), day: studyDay(at) });
    states.set(state.cardId, after);
    return after;
  };

  for (let day = 0; day < options.days && logs.length < limit; day++) {
    let at = options.start + day * DAY + 9 * HOUR;
    const end = options.start + day * DAY + dayStart + DAY;
    const due = [...states.values()].filter((state) => state.due < end).sort((a, b) => a.due - b.due);
    const queue = due.slice(0, options.settings.reviewsPerDay);
    for (let i = 0; i < options.newPerDay && nextNew < options.cards.length; i++) {
      const card = options.cards[nextNew++]!;
      queue.push(newCardState(card.cardId, card.deckId, at));
    }
    // Cards come back the same day through learning steps; study until nothing else is due before the day ends.
    while (queue.length > 0 && logs.length < limit) {
      queue.sort((a, b) => Math.max(a.due, 0) - Math.max(b.due, 0));
      const state = queue.shift()!;
      at = Math.max(at + 8_000 + Math.floor(rng() * 20_000), Math.min(state.due, at + 30 * MINUTE));
      const after = review(state, at);
      if (after.due < end && after.phase !== 2) queue.push(after);
    }
  }
  return { logs, states: [...states.values()] };
}
