// Card info at /card/<card id>: where the card comes from, its FSRS state and recall now, and every review it had.
import './stats.css';
import { useRoute } from 'preact-iso';
import type { Phase } from '../../../core/review-contract.ts';
import type { CardInfo } from '../../../storage/index.ts';
import { CardText } from '../../components/card-text.tsx';
import { LoadFailed, Loading } from '../../components/status.tsx';
import { useRoadcardsQuery } from '../../data/app-data.tsx';
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

export function CardInfoScreen() {
  const { params } = useRoute();
  const cardId = params.cardId ?? '';
  const [loaded, reload] = useRoadcardsQuery(async (roadcards, now) => ({ info: await roadcards.cardInfo(cardId, now), now }), [cardId]);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <LoadFailed error={loaded.error} onRetry={reload} />;
  const { info, now } = loaded.value;
  return (
    <div class="screen screen--card-info" data-screen="card-info" data-card-id={cardId}>
      <h1 class="screen-title">{statsT('cardInfo')}</h1>
      {info === null ? (
        <p class="empty">{statsT('cardMissing', { id: cardId })}</p>
      ) : (
        <>
          <p class="stats-path">{info.path.join(' › ')}</p>
          <div class="card-info__text">
            <CardText text={info.front} class="card-info__front" />
            <CardText text={info.back} class="card-info__back" />
          </div>
          <Facts info={info} now={now} />
          <h2>{statsT('history')}</h2>
          <History info={info} />
        </>
      )}
      <p>
        <a href="/stats">{statsT('title')}</a>
      </p>
    </div>
  );
}
