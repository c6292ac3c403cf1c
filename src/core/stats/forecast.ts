// Cards due per study day ahead: what tomorrow and the next weeks hold, overdue cards counted on today.
import type { CardState } from '../review-contract.ts';
import { studyDayAt } from '../queue/day.ts';
import type { StatsClock } from './days.ts';

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

/**
 * Counts cards into the days ahead one at a time (a reader adds each page as it arrives). The study days' bounds are
 * worked out once, so a card costs a search over 30 numbers, not a date conversion.
 */
export function forecastCounter(now: number, clock: StatsClock, days = 30): { add(state: Pick<CardState, 'phase' | 'due'>): void; result(): Forecast } {
  // starts[i]: first instant of study day i (0 = today); starts[days]: the end of the forecast.
  const starts: number[] = [studyDayAt(now, clock.dayStartHour, clock.offsetAt).start];
  for (let i = 0; i < days; i++) starts.push(studyDayAt(starts[i]!, clock.dayStartHour, clock.offsetAt).end);
  const perDay = new Array<number>(days).fill(0);
  const add = (state: Pick<CardState, 'phase' | 'due'>) => {
    if (state.phase === 0) return;
    if (state.due <= now) {
      if (days > 0) perDay[0]! += 1;
      return;
    }
    if (state.due >= starts[days]!) return;
    let lo = 0;
    let hi = days - 1;
    // The last day whose start is at or before the due time.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= state.due) lo = mid;
      else hi = mid - 1;
    }
    perDay[lo]! += 1;
  };
  const result = (): Forecast => {
    const total = perDay.reduce((a, b) => a + b, 0);
    return {
      perDay: [...perDay],
      tomorrow: perDay[1] ?? 0,
      next7: perDay.slice(1, 8).reduce((a, b) => a + b, 0),
      average: days ? total / days : 0,
    };
  };
  return { add, result };
}

/** Learning and review cards by the study day they fall due; new cards are not due until introduced. */
export function forecastDue(
  states: readonly Pick<CardState, 'phase' | 'due'>[],
  now: number,
  clock: StatsClock,
  days = 30,
): Forecast {
  const counter = forecastCounter(now, clock, days);
  for (const state of states) counter.add(state);
  return counter.result();
}
