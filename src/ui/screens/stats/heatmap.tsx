// Reviews per study day over the last 365 days as a week-by-weekday grid, with the current and longest streak.
import type { DayActivity, Streaks } from '../../../core/stats/index.ts';
import { useMemo } from 'preact/hooks';
import { ChartFigure } from './chart.tsx';
import { Figure } from './figure.tsx';
import { formatKey, formatMonth, heatCells, type HeatCell } from './lib.ts';
import { statsT } from './strings.ts';

const CELL = 9;
const GAP = 1.5;
const LABEL = 30;

function summaryOf(cells: HeatCell[]): string {
  const active = cells.filter((cell) => cell.count > 0);
  if (active.length === 0) return statsT('heatmapNone');
  const best = active.reduce((a, b) => (b.count > a.count ? b : a));
  return statsT('heatmapSummary', {
    active: active.length,
    reviews: active.reduce((sum, cell) => sum + cell.count, 0),
    minutes: active.reduce((sum, cell) => sum + cell.minutes, 0),
    best: statsT('dayReviews', { day: formatKey(best.key), n: best.count }),
  });
}

/** Only the days with reviews, newest first: 365 rows of zeros would drown them. */
function DaysTable({ cells }: { cells: HeatCell[] }) {
  const active = cells.filter((cell) => cell.count > 0).reverse();
  if (active.length === 0) return <p>{statsT('heatmapNone')}</p>;
  return (
    <table class="stats-table">
      <thead>
        <tr>
          <th scope="col">{statsT('day')}</th>
          <th scope="col">{statsT('reviews')}</th>
          <th scope="col">{statsT('minutesCol')}</th>
        </tr>
      </thead>
      <tbody>
        {active.map((cell) => (
          <tr key={cell.key}>
            <th scope="row">{formatKey(cell.key)}</th>
            <td>{cell.count}</td>
            <td>{cell.minutes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface HeatmapProps {
  days: ReadonlyMap<string, DayActivity>;
  todayKey: string;
  streaks: Streaks;
  /** Share of the cells drawn so far (0–1): the screen draws them over a few tasks, oldest months first. */
  shown: number;
}

export function HeatmapSection({ days, todayKey, streaks, shown }: HeatmapProps) {
  const cells = useMemo(() => heatCells(days, todayKey), [days, todayKey]);
  const summary = useMemo(() => summaryOf(cells), [cells]);
  const rows = cells[cells.length - 1]!.row + 1;
  // One label per month row, from the first day of that row that is shown.
  const monthStarts = cells.filter((cell, i) => i === 0 || cell.row !== cells[i - 1]!.row);
  return (
    <section class="stats-section" aria-labelledby="stats-activity">
      <h2 id="stats-activity">{statsT('activitySection')}</h2>
      <div class="figures">
        <Figure stat="streak-current" value={streaks.current} label={statsT('streakCurrent')} text={statsT('nDays', { n: streaks.current })} />
        <Figure stat="streak-longest" value={streaks.longest} label={statsT('streakLongest')} text={statsT('nDays', { n: streaks.longest })} />
      </div>
      <ChartFigure id="heatmap" title={statsT('last365Title')} summary={summary} table={() => <DaysTable cells={cells} />}>
        <svg class="heatmap" viewBox={`0 0 ${LABEL + 31 * (CELL + GAP)} ${rows * (CELL + GAP)}`} role="presentation">
          {monthStarts.map((cell) => (
            <text key={cell.key} class="heatmap__month" x={0} y={cell.row * (CELL + GAP) + CELL - 1}>
              {formatMonth(cell.key)}
            </text>
          ))}
          {cells.slice(0, Math.ceil(cells.length * shown)).map((cell) => (
            <rect
              key={cell.key}
              class={`heat heat--${cell.level}${cell.key === todayKey ? ' heat--today' : ''}`}
              x={LABEL + cell.column * (CELL + GAP)}
              y={cell.row * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={1.5}
              data-day={cell.key}
              data-count={cell.count}
            >
              <title>{statsT('dayReviews', { day: formatKey(cell.key), n: cell.count })}</title>
            </rect>
          ))}
        </svg>
      </ChartFigure>
    </section>
  );
}
