// Card info at /card/<card id>: where the card comes from, its FSRS state and recall now, and every review it had.
import './stats.css';
import { useRoute } from 'preact-iso';
import { CardText } from '../../components/card-text.tsx';
import { LoadFailed, Loading } from '../../components/status.tsx';
import { useRoadcardsQuery } from '../../data/app-data.tsx';
import { CardInfoBody } from './card-info-body.tsx';
import { CardMarksSummary } from '../browse/card-marks.tsx';
import { statsT } from './strings.ts';

export function CardInfoScreen() {
  const { params } = useRoute();
  const cardId = params.cardId ?? '';
  const [loaded, reload] = useRoadcardsQuery(
    async (roadcards, now) => ({ info: await roadcards.cardInfo(cardId, now), marks: await roadcards.cardMarks(cardId), now }),
    [cardId],
  );
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <LoadFailed error={loaded.error} onRetry={reload} />;
  const { info, marks, now } = loaded.value;
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
          <CardMarksSummary marks={marks} now={now} />
          <CardInfoBody info={info} now={now} />
        </>
      )}
      <p>
        <a href="/stats">{statsT('title')}</a>
      </p>
    </div>
  );
}
// Study's card info dialog loads the body through this module: one lazy chunk for both, and no shared chunk split off the
// shell (importing card-info-body.tsx on its own made Rollup move i18n and format into new chunks: +2.4 KB gzip initial).
export { CardInfoBody } from './card-info-body.tsx';
