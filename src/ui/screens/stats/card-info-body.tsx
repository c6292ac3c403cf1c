// What card info shows of one card — FSRS state, recall now, every review — for the /card screen and study's dialog.
import './stats.css';
import type { Phase } from '../../../core/review-contract.ts';
import type { CardInfo } from '../../../storage/index.ts';
import { formatRelative, percent } from '../../format.ts';
import { t } from '../../i18n.ts';
import { formatDateTime } from './lib.ts';
import { statsT } from './strings.ts';

const PHASE_NAMES: Record<Phase, 'stateNew' | 'stateLearning' | 'stateReview' | 'stateRelearning'> = {
  0: 'stateNew',
  1: 'stateLearning',
  2: 'stateReview',
  3: 'stateRelearning',
};
const GRADE_NAMES = { 1: 'gradeAgain', 2: 'gradeHard', 3: 'gradeGood', 4: 'gradeEasy' } as const;

function Facts({ info, now }: { info: CardInfo; now: number }) {
  const state = info.state;
  const studied = state !== null && state.phase !== 0;
  return (
    <dl class="card-facts">
      <dt>{statsT('source')}</dt>
      <dd data-field="source">
        <code>
          {info.source.file}:{info.source.line}
        </code>
      </dd>
      <dt>{statsT('state')}</dt>
      <dd data-field="state">
        {statsT(PHASE_NAMES[state?.phase ?? 0])}
        {info.retired && <> · {statsT('retired')}</>}
      </dd>
      {studied && (
        <>
          <dt>{statsT('due')}</dt>
          <dd data-field="due">
            {formatDateTime(state.due)} ({formatRelative(state.due, now)})
          </dd>
          <dt>{statsT('stabilityDays')}</dt>
          <dd data-field="stability">{statsT('nDaysShort', { n: state.stability.toFixed(1) })}</dd>
          <dt>{statsT('difficultyLabel')}</dt>
          <dd data-field="difficulty">{state.difficulty.toFixed(1)} / 10</dd>
          <dt>{statsT('recallNow')}</dt>
          <dd data-field="retrievability" data-value={info.retrievability}>
            {percent(info.retrievability)}%
          </dd>
        </>
      )}
    </dl>
  );
}

function History({ info }: { info: CardInfo }) {
  if (info.history.length === 0) return <p class="stats-hint">{statsT('historyNone')}</p>;
  return (
    <div class="table-scroll">
      <table class="stats-table" data-role="history">
        <thead>
          <tr>
            <th scope="col">{statsT('day')}</th>
            <th scope="col">{statsT('grade')}</th>
            <th scope="col">{statsT('interval')}</th>
            <th scope="col">{statsT('taken')}</th>
          </tr>
        </thead>
        <tbody>
          {[...info.history].reverse().map((row) => (
            <tr key={row.reviewedAt} data-grade={row.grade}>
              <th scope="row">{formatDateTime(row.reviewedAt)}</th>
              <td>{t(GRADE_NAMES[row.grade])}</td>
              <td>{statsT('nDaysShort', { n: row.intervalDays })}</td>
              <td>{row.durationMs === undefined ? '—' : statsT('seconds', { n: Math.round(row.durationMs / 1000) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The facts and the history; `level` is the history heading's rank under whatever title the caller shows. */
export function CardInfoBody({ info, now, level = 2 }: { info: CardInfo; now: number; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <Facts info={info} now={now} />
      <Heading>{statsT('history')}</Heading>
      <History info={info} />
    </>
  );
}
