// Statistics of every roadmap (/stats) or of one node (/stats/<node id>): each part drawn as soon as storage has it.
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
import { useSteps } from './use-steps.ts';
import { WeakCards } from './weak-cards.tsx';

type StatsView = { status: 'loading' } | { status: 'shown'; progress: StatsProgress } | { status: 'missing' } | { status: 'error'; error: Error };

/** Storage's progress reports, latest first: what is read shows while the rest is still being read. */
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

/** Heatmap cells are drawn in this many tasks after the figures around them. */
const HEAT_STEPS = 6;

function LogFigures({ progress, heatSteps }: { progress: StatsProgress; heatSteps: number }) {
  const { activity, todayKey, desiredRetention } = progress;
  const figures = useMemo(() => (activity ? activityFigures(activity.days, todayKey) : null), [activity, todayKey]);
  if (!activity || !figures) return <Loading message="loading" />;
  return (
    <>
      <TodaySection today={figures.today} month={figures.month} />
      <HeatmapSection days={activity.days} todayKey={todayKey} streaks={figures.streaks} shown={heatSteps / HEAT_STEPS} />
      <RetentionSection byPeriod={figures.byPeriod} target={desiredRetention} />
    </>
  );
}

/** The cards' sections are drawn in this many tasks: the counts and forecast, then the histograms and weak cards. */
const CARD_STEPS = 2;

function CardFigures({ progress, cardSteps }: { progress: StatsProgress; cardSteps: number }) {
  const { cards } = progress;
  if (!cards) return <Loading message="loading" />;
  return (
    <>
      <ForecastSection forecast={cards.forecast} todayKey={progress.todayKey} />
      <MasterySection tally={cards.tally} children={cards.children} target={progress.desiredRetention} />
      {cardSteps >= 1 && <DistributionsSection distributions={cards.distributions} />}
      {cardSteps >= 2 && <WeakCards cards={cards.weakest} />}
    </>
  );
}

export function StatsScreen() {
  const { params } = useRoute();
  const nodeId = params.nodeId ?? ALL_DUE_NODE_ID;
  const [attempt, setAttempt] = useState(0);
  const view = useStats(nodeId, attempt);
  const shown = view.status === 'shown' ? view.progress : null;
  const heatSteps = useSteps(shown?.activity != null, HEAT_STEPS, `${nodeId}:${attempt}`);
  const cardSteps = useSteps(shown?.cards != null, CARD_STEPS, `${nodeId}:${attempt}`);
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
  const { path, activity, cards } = view.progress;
  const complete = activity?.complete === true && cards !== null && heatSteps === HEAT_STEPS && cardSteps === CARD_STEPS;
  return (
    <div class="screen screen--stats" data-screen="stats" data-node-id={nodeId} data-complete={complete ? 'true' : undefined}>
      <h1 class="screen-title">{statsT('title')}</h1>
      <p class="stats-path">{path.length ? path.join(' › ') : statsT('allRoadmaps')}</p>
      <p class="stats-browse"><a href={nodeId === ALL_DUE_NODE_ID ? '/browse' : `/browse/${nodeId}`} data-action="browse">{statsT('browseCards')}</a></p>
      {activity && !activity.complete && <p class="stats-hint" role="status">{statsT('readingLog')}</p>}
      <LogFigures progress={view.progress} heatSteps={heatSteps} />
      <CardFigures progress={view.progress} cardSteps={cardSteps} />
    </div>
  );
}
