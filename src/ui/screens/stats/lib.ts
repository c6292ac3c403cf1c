// What the statistics screen derives from storage's figures: headline values, heatmap cells and wording helpers.
import {
  addDays,
  bothAges,
  passRate,
  periodFigures,
  streaks,
  type DayActivity,
  type PeriodFigures,
  type Streaks,
} from '../../../core/stats/index.ts';
import { getLocale } from '../../i18n.ts';

export const PERIODS = [1, 7, 30, 365] as const;

export interface ActivityFigures {
  today: PeriodFigures;
  month: PeriodFigures;
  byPeriod: Map<number, PeriodFigures>;
  streaks: Streaks;
}

export function activityFigures(days: ReadonlyMap<string, DayActivity>, todayKey: string): ActivityFigures {
  const byPeriod = new Map(PERIODS.map((length) => [length, periodFigures(days, todayKey, length)]));
  return { today: byPeriod.get(1)!, month: byPeriod.get(30)!, byPeriod, streaks: streaks(days, todayKey) };
}

/** True retention of a period, young and mature together. */
export function trueRetention(figures: PeriodFigures): number | null {
  return passRate(bothAges(figures));
}

export interface HeatCell {
  key: string;
  count: number;
  minutes: number;
  /** 0 (no reviews) to 4 (busiest quarter). */
  level: number;
  /** Month row (0 = the oldest month shown) and day-of-month column (0 = the 1st). */
  row: number;
  column: number;
}

/**
 * The last 365 study days laid out a row per calendar month, a column per day of the month: on a 390 px phone 31
 * columns leave each day a cell a finger can point at, where 53 week columns would not.
 */
export function heatCells(days: ReadonlyMap<string, DayActivity>, todayKey: string): HeatCell[] {
  const first = addDays(todayKey, -364);
  const monthNumber = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
  const firstMonth = monthNumber(first);
  const max = Math.max(1, ...[...days.values()].map((day) => day.reviews));
  const cells: HeatCell[] = [];
  for (let i = 0; i < 365; i++) {
    const key = addDays(first, i);
    const day = days.get(key);
    const count = day?.reviews ?? 0;
    cells.push({
      key,
      count,
      minutes: day ? Math.round(day.timedMs / 60_000) : 0,
      level: count === 0 ? 0 : Math.min(4, 1 + Math.floor((count / max) * 4 - 1e-9)),
      row: monthNumber(key) - firstMonth,
      column: Number(key.slice(8, 10)) - 1,
    });
  }
  return cells;
}

/** 0–1 as a percentage with one decimal where it matters (retention 90.5% vs 90%), whole otherwise. */
export function formatShare(share: number, decimals = 1): string {
  return (Math.round(share * 100 * 10 ** decimals) / 10 ** decimals).toString();
}

export function minutesOf(ms: number): number {
  return Math.round(ms / 60_000);
}

/**
 * Intl.DateTimeFormat per locale and options, made once: building one costs about half a millisecond, and the
 * heatmap names 365 days (that alone was a 200 ms task before the formatters were kept).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(name: string, options: (zh: boolean) => Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const zh = getLocale() === 'zh';
  const key = `${name}:${zh ? 'zh' : 'en'}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(zh ? 'zh-CN' : 'en', options(zh))));
  return found;
}

const keyTime = (key: string) => Date.parse(`${key}T00:00:00Z`);

/** A study-day key as the UI language writes it: 11月28日 / Nov 28 (the key is a calendar date, so read it in UTC). */
export function formatKey(key: string): string {
  return formatter('day', (zh) => ({ month: zh ? 'long' : 'short', day: 'numeric', timeZone: 'UTC' })).format(keyTime(key));
}

/** A month's short name for the heatmap's rows. */
export function formatMonth(key: string): string {
  return formatter('month', () => ({ month: 'short', timeZone: 'UTC' })).format(keyTime(key));
}

/** A date and time in the device's zone, for card info. */
export function formatDateTime(at: number): string {
  return formatter('time', () => ({ year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })).format(at);
}
