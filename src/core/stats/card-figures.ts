// Everything the statistics screen says about a node's cards, added a card at a time so a reader can feed it page by page between tasks.
import type { CardState } from '../review-contract.ts';
import { retrievabilityAt } from '../scheduler/retrievability.ts';
import { emptyDistributions, emptyTally, placeCard, tallyWith, type CardTally, type Distributions } from './cards.ts';
import type { StatsClock } from './days.ts';
import { forecastCounter, type Forecast } from './forecast.ts';

/** A studied card with its recall now: the weakest of these are listed for the learner. */
export interface RecallOf {
  cardId: string;
  retrievability: number;
}

export interface CardFigures {
  tally: CardTally;
  /** Per child of the node, for the cards under it. */
  byChild: Map<string, CardTally>;
  forecast: Forecast;
  distributions: Distributions;
  /** The `weakCount` studied cards likeliest forgotten, weakest first. */
  weakest: RecallOf[];
}

export interface CardFiguresInput {
  now: number;
  clock: StatsClock;
  desiredRetention: number;
  childIds: readonly string[];
  weakCount: number;
  /** The learner's trained FSRS weights, when applied: recall is predicted with the model that schedules. */
  weights?: readonly number[];
}

/** One retrievability per card, shared by the tallies, the histogram and the weakest list. */
export function cardFiguresAccumulator(input: CardFiguresInput): { add(state: CardState, child: string | null, suspended?: boolean): void; result(): CardFigures } {
  const { now, desiredRetention, weakCount } = input;
  const tally = emptyTally();
  const byChild = new Map(input.childIds.map((id) => [id, emptyTally()]));
  const forecast = forecastCounter(now, input.clock);
  const histograms = emptyDistributions();
  const weakest: RecallOf[] = [];
  const add = (state: CardState, child: string | null, suspended = false) => {
    const retrievability = retrievabilityAt(state, now, input.weights);
    tallyWith(tally, state, retrievability, desiredRetention, suspended);
    const childTally = child === null ? undefined : byChild.get(child);
    if (childTally) tallyWith(childTally, state, retrievability, desiredRetention, suspended);
    // A suspended card never comes due and is not studied: out of the forecast and the weakest list.
    if (suspended) return;
    forecast.add(state);
    placeCard(histograms, state, retrievability);
    if (state.phase === 0 || weakCount === 0) return;
    // A short list kept sorted: most cards are stronger than the weakest few and leave after one comparison.
    if (weakest.length === weakCount && retrievability >= weakest[weakCount - 1]!.retrievability) return;
    let at = weakest.length;
    while (at > 0 && weakest[at - 1]!.retrievability > retrievability) at -= 1;
    weakest.splice(at, 0, { cardId: state.cardId, retrievability });
    if (weakest.length > weakCount) weakest.pop();
  };
  return { add, result: () => ({ tally, byChild, forecast: forecast.result(), distributions: histograms, weakest: [...weakest] }) };
}
