// Today and the last 30 days as one compact table: reviews, new cards learned, time spent and again-rate.
import type { PeriodFigures } from '../../../core/stats/index.ts';
import { formatShare, minutesOf } from './lib.ts';
import { statsT } from './strings.ts';

interface Row {
  label: string;
  /** Outside checks' name for this row's figures: `<stat>-today` and `<stat>-30d`. */
  stat?: string;
  value: (figures: PeriodFigures) => number | null;
  text: (figures: PeriodFigures) => string;
}

const ROWS: Row[] = [
  { label: 'reviews', stat: 'reviews', value: (f) => f.reviews, text: (f) => String(f.reviews) },
  { label: 'newLearned', value: (f) => f.newLearned, text: (f) => String(f.newLearned) },
  {
    label: 'timeSpent',
    value: (f) => (f.timedReviews ? minutesOf(f.timedMs) : null),
    text: (f) => (f.timedReviews ? statsT('minutes', { n: minutesOf(f.timedMs) }) : statsT('untimed')),
  },
  { label: 'againRate', value: (f) => f.againRate, text: (f) => (f.againRate === null ? statsT('none') : `${formatShare(f.againRate)}%`) },
];

function FigureCell({ row, figures, suffix }: { row: Row; figures: PeriodFigures; suffix: string }) {
  const value = row.value(figures);
  return (
    <td class="period-table__figure" data-stat={row.stat && `${row.stat}-${suffix}`} data-value={value === null ? undefined : String(value)}>
      {row.text(figures)}
    </td>
  );
}

export function TodaySection({ today, month }: { today: PeriodFigures; month: PeriodFigures }) {
  return (
    <section class="stats-section" aria-labelledby="stats-today">
      <h2 id="stats-today">{statsT('todaySection')}</h2>
      <table class="stats-table period-table">
        <thead>
          <tr>
            <td />
            <th scope="col">{statsT('today')}</th>
            <th scope="col">{statsT('last30')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{statsT(row.label as 'reviews')}</th>
              <FigureCell row={row} figures={today} suffix="today" />
              <FigureCell row={row} figures={month} suffix="30d" />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
