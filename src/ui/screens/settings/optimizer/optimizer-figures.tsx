// Before/after figures of an optimization: held-out log loss, RMSE (bins) and predicted reviews a day, in words too.
import type { OptimizationReport } from '../../../../core/optimizer/plan.ts';
import { formatCount } from '../backup-lib.ts';
import { o } from './optimizer-strings.ts';

interface Props {
  report: OptimizationReport;
  itemCount: number;
  heldOutCount: number;
  desiredRetention: number;
}

/** One measure: its name, then current → trained; a list, not a table, so 200% text wraps instead of scrolling sideways. */
function Measure({ metric, label, current, trained }: { metric: string; label: string; current: string; trained: string }) {
  return (
    <div class="optimizer__measure" data-metric={metric}>
      <dt>{label}</dt>
      <dd>
        <span>{o('current')} <b data-value="current">{current}</b></span>
        <span aria-hidden="true"> → </span>
        <span>{o('trained')} <b data-value="trained">{trained}</b></span>
      </dd>
    </div>
  );
}

export function OptimizerFigures({ report, itemCount, heldOutCount, desiredRetention }: Props) {
  const better = report.trained.logLoss < report.current.logLoss;
  return (
    <div class="optimizer__figures" data-role="optimizer-figures">
      <p class="optimizer__hint">{o('resultTitle', { heldOut: formatCount(heldOutCount), items: formatCount(itemCount) })}</p>
      <dl class="optimizer__measures">
        <Measure metric="log-loss" label={o('logLoss')} current={report.current.logLoss.toFixed(4)} trained={report.trained.logLoss.toFixed(4)} />
        <Measure metric="rmse-bins" label={o('rmse')} current={report.current.rmseBins.toFixed(4)} trained={report.trained.rmseBins.toFixed(4)} />
        <Measure
          metric="reviews-per-day"
          label={o('perDay', { retention: Math.round(desiredRetention * 100) })}
          current={report.reviewsPerDayCurrent.toFixed(1)}
          trained={report.reviewsPerDayTrained.toFixed(1)}
        />
      </dl>
      <p data-role="optimizer-verdict" data-better={better ? 'true' : 'false'}>{better ? o('better') : o('notBetter')}</p>
    </div>
  );
}
