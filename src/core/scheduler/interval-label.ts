// Short interval labels for grade buttons, the way Anki words them: 1m, 10m, 1h, 3d, 2mo, 1y.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One decimal only where it says something (1.5mo), none where it would be noise (2mo, not 2.0mo). */
function compact(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) || rounded >= 10 ? String(Math.round(rounded)) : rounded.toFixed(1);
}

export function formatInterval(ms: number): string {
  const span = Math.max(0, ms);
  if (span < HOUR) return `${Math.max(1, Math.round(span / MINUTE))}m`;
  if (span < DAY) return `${compact(span / HOUR)}h`;
  const days = span / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${compact(days / 30)}mo`;
  return `${compact(days / 365)}y`;
}
