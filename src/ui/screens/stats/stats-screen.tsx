// Statistics of every roadmap (/stats) or of one node (/stats/<node id>): the cards' figures first, the log's as it is read.
import './stats.css';
import { useRoute } from 'preact-iso';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ALL_DUE_NODE_ID } from '../../../core/queue/all-due.ts';
import type { StatsProgress } from '../../../storage/index.ts';
import { LoadFailed, Loading } from '../../components/status.tsx';
import { toError, useAppData } from '../../data/app-data.tsx';
import { t } from '../../i18n.ts';
import { DistributionsSection } from './distributions.tsx';
import { ForecastSection } from './forecast.tsx';
import { HeatmapSection } from './heatmap.tsx';
import { activityFigures } from './lib.ts';
import { MasterySection } from './mastery.tsx';
import { RetentionSection } from './retention.tsx';
import { statsT } from './strings.ts';
import { TodaySection } from './today.tsx';
import { WeakCards } from './weak-cards.tsx';

type StatsView = { status: 'loading' } | { status: 'shown'; progress: StatsProgress } | { status: 'missing' } | { status: 'error'; error: Error };

/** Storage's progress reports, latest first-paint: the cards' figures show while the log is still being read. */
function useStats(nodeId: string, attempt: number): StatsView {
  const data = useAppData();
  const [view, setView] = useState<StatsView>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setView({ status: 'loading' });
    data.ready
      .then((roadcards) => roadcards.stats(nodeId, data.now(), (progress) => live && setView({ status: 'shown', progress })))
      .then(
        (result) => live && result === null && setView({ status: 'missing' }),
        (error: unknown) => live && setView({ status: 'error', error: toError(error) }),
      );
    return () => {
      live = false;
    };
  }, [nodeId, attempt]);
  return view;
}

function LogFigures({ progress }: { progress: StatsProgress }) {
  const { cards, activity } = progress;
  const figures = useMemo(() => (activity ? activityFigures(activity.days, cards.todayKey) : null), [activity, cards.todayKey]);
  if (!activity || !figures) return <Loading message="loading" />;
  return (
    <>
      <TodaySection today={figures.today} month={figures.month} />
      <HeatmapSection days={activity.days} todayKey={cards.todayKey} streaks={figures.streaks} />
      <RetentionSection byPeriod={figures.byPeriod} target={cards.desiredRetention} />
    </>
  );
}

export function StatsScreen() {
  const { params } = useRoute();
  const nodeId = params.nodeId ?? ALL_DUE_NODE_ID;
  const [attempt, setAttempt] = useState(0);
  const view = useStats(nodeId, attempt);
  if (view.status === 'loading') return <Loading />;
  if (view.status === 'error') return <LoadFailed error={view.error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (view.status === 'missing') {
    return (
      <div class="screen screen--stats" data-screen="stats">
        <h1 class="screen-title">{statsT('title')}</h1>
        <p class="empty">{statsT('notFound', { id: nodeId })}</p>
        <a href="/">{t('backHome')}</a>
      </div>
    );
  }
  const { cards, activity } = view.progress;
  return (
    <div class="screen screen--stats" data-screen="stats" data-node-id={nodeId} data-complete={activity?.complete ? 'true' : undefined}>
      <h1 class="screen-title">{statsT('title')}</h1>
      <p class="stats-path">{cards.path.length ? cards.path.join(' › ') : statsT('allRoadmaps')}</p>
      <p class="stats-browse"><a href={nodeId === ALL_DUE_NODE_ID ? '/browse' : `/browse/${nodeId}`} data-action="browse">{statsT('browseCards')}</a></p>
      {activity && !activity.complete && <p class="stats-hint" role="status">{statsT('readingLog')}</p>}
      <LogFigures progress={view.progress} />
      <ForecastSection forecast={cards.forecast} todayKey={cards.todayKey} />
      <MasterySection tally={cards.tally} children={cards.children} target={cards.desiredRetention} />
      <DistributionsSection distributions={cards.distributions} />
      <WeakCards cards={cards.weakest} />
    </div>
  );
}
