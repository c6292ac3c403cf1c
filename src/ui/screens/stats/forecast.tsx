// Cards due per day for the next 30 days (overdue on today), with tomorrow, the next week and the daily average.
import { addDays, type Forecast } from '../../../core/stats/index.ts';
import { BarChart, ChartFigure, PairsTable } from './chart.tsx';
import { Figure } from './figure.tsx';
import { formatKey } from './lib.ts';
import { statsT } from './strings.ts';

/** Today, tomorrow, then the date: "in 1 days" reads badly in English and a date is what a learner plans by. */
function dayName(index: number, todayKey: string): string {
  if (index === 0) return statsT('today');
  if (index === 1) return statsT('tomorrow');
  return formatKey(addDays(todayKey, index));
}

export function ForecastSection({ forecast, todayKey }: { forecast: Forecast; todayKey: string }) {
  const average = forecast.average.toFixed(1);
  const labels = new Map([0, 7, 14, 21, 29].map((i) => [i, i === 0 ? statsT('today') : `+${i}`]));
  return (
    <section class="stats-section" aria-labelledby="stats-forecast">
      <h2 id="stats-forecast">{statsT('forecastSection')}</h2>
      <div class="figures">
        <Figure stat="due-tomorrow" value={forecast.tomorrow} label={statsT('dueTomorrow')} text={String(forecast.tomorrow)} />
        <Figure stat="due-next-7d" value={forecast.next7} label={statsT('dueNext7')} text={String(forecast.next7)} />
        <Figure value={Number(average)} label={statsT('dueAverage')} text={average} />
      </div>
      <ChartFigure
        id="forecast"
        title={statsT('forecastSection')}
        summary={statsT('forecastSummary', { today: forecast.perDay[0] ?? 0, tomorrow: forecast.tomorrow, week: forecast.next7, average })}
        table={() => <PairsTable head={[statsT('day'), statsT('count')]} rows={forecast.perDay.map((n, i) => [dayName(i, todayKey), n])} />}
      >
        <BarChart values={forecast.perDay} labels={labels} highlight={0} />
      </ChartFigure>
    </section>
  );
}
