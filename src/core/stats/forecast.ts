// Cards due per study day ahead: what tomorrow and the next weeks hold, overdue cards counted on today.
import type { CardState } from '../review-contract.ts';
import { daysBetween, dayKeyer, type StatsClock } from './days.ts';

export interface Forecast {
  /** Index 0 is today (overdue included), 1 tomorrow, … `days - 1`. */
  perDay: number[];
  /** Due tomorrow. */
  tomorrow: number;
  /** Due over the 7 study days after today (tomorrow to day 7). */
  next7: number;
  /** Mean due per day over the whole forecast (today included). */
  average: number;
}

/** Learning and review cards by the study day they fall due; new cards are not due until introduced. */
export function forecastDue(
  states: readonly Pick<CardState, 'phase' | 'due'>[],
  now: number,
  clock: StatsClock,
  days = 30,
): Forecast {
  const keyOf = dayKeyer(clock);
  const today = keyOf(now);
  const perDay = new Array<number>(days).fill(0);
  for (const state of states) {
    if (state.phase === 0) continue;
    const offset = state.due <= now ? 0 : Math.max(0, daysBetween(today, keyOf(state.due)));
    if (offset < days) perDay[offset]! += 1;
  }
  const total = perDay.reduce((a, b) => a + b, 0);
  return {
    perDay,
    tomorrow: perDay[1] ?? 0,
    next7: perDay.slice(1, 8).reduce((a, b) => a + b, 0),
    average: days ? total / days : 0,
  };
}
