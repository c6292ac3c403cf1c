// Human wording of times and shares: relative due times, clock times, short days (12月5日 / Dec 5) and percentages, in the UI language.
import { intervalParts, type IntervalUnit } from '../core/scheduler/interval-label.ts';
import { getLocale } from './i18n.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** "in 3 hours" / "3小时后", from the largest unit that fits. */
export function formatRelative(target: number, now: number): string {
  const diff = target - now;
  const formatter = new Intl.RelativeTimeFormat(getLocale() === 'zh' ? 'zh-CN' : 'en', { numeric: 'auto' });
  const abs = Math.abs(diff);
  if (abs < HOUR) return formatter.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return formatter.format(Math.round(diff / HOUR), 'hour');
  if (abs < MONTH) return formatter.format(Math.round(diff / DAY), 'day');
  if (abs < YEAR) return formatter.format(Math.round(diff / MONTH), 'month');
  return formatter.format(Math.round(diff / YEAR), 'year');
}

const ZH_UNITS: Record<IntervalUnit, string> = { minute: '分钟', hour: '小时', day: '天', month: '个月', year: '年' };
const EN_UNITS: Record<IntervalUnit, string> = { minute: 'm', hour: 'h', day: 'd', month: 'mo', year: 'y' };

/**
 * A grade button's interval in the UI language: 10分钟 / 6天 / 2个月 / 1.5年 in Chinese (个月: "3月" would read as
 * March), Anki's short 10m / 6d / 2mo / 1.5y in English, where the short form is what learners know.
 */
export function formatIntervalLabel(ms: number): string {
  const { value, unit } = intervalParts(ms);
  return `${value}${(getLocale() === 'zh' ? ZH_UNITS : EN_UNITS)[unit]}`;
}

/** Clock time today, date and time otherwise. */
export function formatDueTime(target: number, now: number): string {
  const locale = getLocale() === 'zh' ? 'zh-CN' : 'en';
  const sameDay = new Date(target).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, options).format(target);
}

/** A day as the UI language writes it without the year: 12月5日 / Dec 5. */
export function formatDay(target: number): string {
  const zh = getLocale() === 'zh';
  return new Intl.DateTimeFormat(zh ? 'zh-CN' : 'en', { month: zh ? 'long' : 'short', day: 'numeric' }).format(target);
}

/** A 0–1 share as a whole percentage: 0.724 → 72. */
export function percent(share: number): number {
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}
