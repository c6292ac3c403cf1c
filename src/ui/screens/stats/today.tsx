// Today and the last 30 days side by side: reviews, new cards learned, time spent and again-rate.
import type { PeriodFigures } from '../../../core/stats/index.ts';
import { Figure } from './figure.tsx';
import { formatShare, minutesOf } from './lib.ts';
import { statsT } from './strings.ts';

function Period({ figures, title, stat }: { figures: PeriodFigures; title: string; stat: string }) {
  const time = figures.timedReviews ? statsT('minutes', { n: minutesOf(figures.timedMs) }) : statsT('untimed');
  return (
    <div class="period">
      <h3 class="period__title">{title}</h3>
      <div class="figures">
        <Figure stat={stat} value={figures.reviews} label={statsT('reviews')} text={String(figures.reviews)} />
        <Figure value={figures.newLearned} label={statsT('newLearned')} text={String(figures.newLearned)} />
        <Figure value={figures.timedReviews ? minutesOf(figures.timedMs) : null} label={statsT('timeSpent')} text={time} />
        <Figure
          value={figures.againRate}
          label={statsT('againRate')}
          text={figures.againRate === null ? statsT('none') : `${formatShare(figures.againRate)}%`}
        />
      </div>
    </div>
  );
}

export function TodaySection({ today, month }: { today: PeriodFigures; month: PeriodFigures }) {
  return (
    <section class="stats-section" aria-labelledby="stats-today">
      <h2 id="stats-today">{statsT('todaySection')}</h2>
      <div class="periods">
        <Period figures={today} title={statsT('today')} stat="reviews-today" />
        <Period figures={month} title={statsT('last30')} stat="reviews-30d" />
      </div>
    </section>
  );
}
