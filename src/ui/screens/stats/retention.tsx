// True retention (Anki's definition) for young and mature cards over four periods, beside the desired retention.
import { bothAges, passRate, type PassCount, type PeriodFigures } from '../../../core/stats/index.ts';
import { Figure } from './figure.tsx';
import { formatShare, PERIODS } from './lib.ts';
import { statsT } from './strings.ts';

const PERIOD_NAMES = { 1: 'today', 7: 'last7', 30: 'last30', 365: 'last365' } as const;

function verdict(rate: number | null, target: number): string | undefined {
  if (rate === null) return undefined;
  return rate >= target ? statsT('aboveTarget') : statsT('belowTarget');
}

/** A rate with its counts; the verdict in words only where asked (the All column), so four columns fit a phone. */
function Cell({ count, target, judged = false }: { count: PassCount; target: number; judged?: boolean }) {
  const rate = passRate(count);
  if (rate === null) return <td>{statsT('none')}</td>;
  return (
    <td data-value={rate}>
      {statsT('rateOf', { rate: formatShare(rate), passed: count.passed, total: count.total })}
      {judged && <span class="verdict"> {verdict(rate, target)}</span>}
    </td>
  );
}

export function RetentionSection({ byPeriod, target }: { byPeriod: ReadonlyMap<number, PeriodFigures>; target: number }) {
  const month = byPeriod.get(30)!;
  const all30 = passRate(bothAges(month));
  const mature30 = passRate(month.mature);
  const show = (rate: number | null) => (rate === null ? statsT('none') : `${formatShare(rate)}%`);
  return (
    <section class="stats-section" aria-labelledby="stats-retention">
      <h2 id="stats-retention">{statsT('retentionSection')}</h2>
      <p class="stats-hint">{statsT('retentionHint', { target: formatShare(target) })}</p>
      <div class="figures">
        <Figure stat="true-retention-30d" value={all30} label={statsT('retention30')} text={show(all30)} note={verdict(all30, target)} />
        <Figure stat="true-retention-mature-30d" value={mature30} label={statsT('retentionMature30')} text={show(mature30)} note={verdict(mature30, target)} />
      </div>
      <div class="table-scroll">
        <table class="stats-table retention-table">
          <thead>
            <tr>
              <th scope="col">{statsT('period')}</th>
              <th scope="col">{statsT('young')}</th>
              <th scope="col">{statsT('mature')}</th>
              <th scope="col">{statsT('all')}</th>
            </tr>
          </thead>
          <tbody>
            {PERIODS.map((length) => {
              const figures = byPeriod.get(length)!;
              return (
                <tr key={length} data-period={length}>
                  <th scope="row">{statsT(PERIOD_NAMES[length])}</th>
                  <Cell count={figures.young} target={target} />
                  <Cell count={figures.mature} target={target} />
                  <Cell count={bothAges(figures)} target={target} judged />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
