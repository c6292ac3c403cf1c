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
  /** Week column (0 = oldest) and weekday row (0 = Monday). */
  column: number;
  row: number;
}

/** The last 365 study days as cells laid out by week, Monday on top, today in the last column. */
export function heatCells(days: ReadonlyMap<string, DayActivity>, todayKey: string): HeatCell[] {
  const first = addDays(todayKey, -364);
  const weekdayOf = (key: string) => (new Date(`${key}T00:00:00Z`).getUTCDay() + 6) % 7;
  const lead = weekdayOf(first);
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
      column: Math.floor((lead + i) / 7),
      row: (lead + i) % 7,
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

/** A study-day key as the UI language writes it: 11月28日 / Nov 28 (the key is a calendar date, so read it in UTC). */
export function formatKey(key: string): string {
  const zh = getLocale() === 'zh';
  return new Intl.DateTimeFormat(zh ? 'zh-CN' : 'en', { month: zh ? 'long' : 'short', day: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(`${key}T00:00:00Z`),
  );
}

/** A date and time in the device's zone, for card info. */
export function formatDateTime(at: number): string {
  const zh = getLocale() === 'zh';
  return new Intl.DateTimeFormat(zh ? 'zh-CN' : 'en', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
}
