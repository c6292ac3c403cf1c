// Before/after figures of an optimization: held-out log loss, RMSE (bins) and predicted reviews a day, in words too.
import type { OptimizationReport } from '../../../../core/optimizer/plan.ts';
import { formatCount } from '../backup-lib.ts';
import { o } from './optimizer-strings.ts';

const fixed = (value: number, digits: number) => value.toFixed(digits);

export function OptimizerFigures(props: { report: OptimizationReport; itemCount: number; heldOutCount: number; desiredRetention: number }) {
  const { report } = props;
  const better = report.trained.logLoss < report.current.logLoss;
  return (
    <div class="optimizer__figures" data-role="optimizer-figures">
      <table class="optimizer__table">
        <caption>{o('resultTitle', { heldOut: formatCount(props.heldOutCount), items: formatCount(props.itemCount) })}</caption>
        <thead>
          <tr>
            <th scope="col">{o('metric')}</th>
            <th scope="col">{o('current')}</th>
            <th scope="col">{o('trained')}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-metric="log-loss">
            <th scope="row">{o('logLoss')}</th>
            <td data-value="current">{fixed(report.current.logLoss, 4)}</td>
            <td data-value="trained">{fixed(report.trained.logLoss, 4)}</td>
          </tr>
          <tr data-metric="rmse-bins">
            <th scope="row">{o('rmse')}</th>
            <td data-value="current">{fixed(report.current.rmseBins, 4)}</td>
            <td data-value="trained">{fixed(report.trained.rmseBins, 4)}</td>
          </tr>
          <tr data-metric="reviews-per-day">
            <th scope="row">{o('perDay', { retention: Math.round(props.desiredRetention * 100) })}</th>
            <td data-value="current">{fixed(report.reviewsPerDayCurrent, 1)}</td>
            <td data-value="trained">{fixed(report.reviewsPerDayTrained, 1)}</td>
          </tr>
        </tbody>
      </table>
      <p data-role="optimizer-verdict" data-better={better ? 'true' : 'false'}>{better ? o('better') : o('notBetter')}</p>
    </div>
  );
}
