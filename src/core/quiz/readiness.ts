// Interview readiness: how much of a node the learner is predicted to recall on a date, and which cards to review for it.
import type { CardState } from '../review-contract.ts';
import { retrievabilityAt, type FsrsWeights } from '../scheduler/retrievability.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Mean predicted recall (0–1) of a node's cards on `date` (epoch ms). Pass one entry per card of the node,
 * new cards included (as their state, or null/undefined when they have none): an unseen card counts as 0,
 * so a half-learnt stage cannot look ready. An empty node is 0.
 */
export function readinessAt(
  states: readonly (CardState | null | undefined)[],
  date: number,
  weights?: FsrsWeights,
): number {
  if (states.length === 0) return 0;
  let sum = 0;
  for (const state of states) sum += retrievabilityAt(state, date, weights);
  return sum / states.length;
}

export interface InterviewDueOptions {
  weights?: FsrsWeights;
  /**
   * Least time between two interview-driven reviews of one card (default one day). Without it a weakly learnt
   * card far from the date would come straight back after every review: one review rarely lifts recall on a
   * date weeks away above the target, several days of reviews do.
   */
  minGapMs?: number;
}

/**
 * Whether a card should be reviewed now to be ready for an interview on `interviewDate`: before the date, a
 * card whose predicted recall ON the date is below `desiredRetention` is due now (so daily review prepares for
 * the date); from the date on → false and normal scheduling takes over. The queue ORs this with the card's
 * normal due time; it never makes a card less due.
 *
 * New cards (phase 0) → false: introducing them is the new-card queue's job, with its daily limit.
 * A card reviewed less than `minGapMs` ago → false.
 */
export function isDueForInterview(
  state: CardState,
  interviewDate: number,
  desiredRetention: number,
  now: number,
  options: InterviewDueOptions = {},
): boolean {
  if (now >= interviewDate) return false;
  if (state.phase === 0 || state.lastReview === null) return false;
  if (now - state.lastReview < (options.minGapMs ?? DAY_MS)) return false;
  return retrievabilityAt(state, interviewDate, options.weights) < desiredRetention;
}
