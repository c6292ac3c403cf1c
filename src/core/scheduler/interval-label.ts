// Interval labels for grade buttons: the value and unit (for each UI language to word), and Anki's short form 1m, 10m, 1h, 3d, 2mo, 1y.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

export interface IntervalParts {
  /** Already rounded for display: "1.5", "10". */
  value: string;
  unit: IntervalUnit;
}

/** One decimal only where it says something (1.5mo), none where it would be noise (2mo, not 2.0mo). */
function compact(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) || rounded >= 10 ? String(Math.round(rounded)) : rounded.toFixed(1);
}

/** The largest unit that fits, as Anki picks it. */
export function intervalParts(ms: number): IntervalParts {
  const span = Math.max(0, ms);
  if (span < HOUR) return { value: String(Math.max(1, Math.round(span / MINUTE))), unit: 'minute' };
  if (span < DAY) return { value: compact(span / HOUR), unit: 'hour' };
  const days = span / DAY;
  if (days < 30) return { value: String(Math.round(days)), unit: 'day' };
  if (days < 365) return { value: compact(days / 30), unit: 'month' };
  return { value: compact(days / 365), unit: 'year' };
}

const SHORT: Record<IntervalUnit, string> = { minute: 'm', hour: 'h', day: 'd', month: 'mo', year: 'y' };

export function formatInterval(ms: number): string {
  const { value, unit } = intervalParts(ms);
  return `${value}${SHORT[unit]}`;
}
