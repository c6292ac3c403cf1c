// Home: today's summary with one "Study due · N" action across roadmaps, then the roadmaps as one-line rows that open on demand.
import { offlineUnavailableText } from '../../components/offline-unavailable-strings.ts';
import './home.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ALL_DUE_NODE_ID } from '../../../core/queue/all-due-id.ts';
import type { DeckTreeNode } from '../../../core/review-contract.ts';
import type { SyncProblem } from '../../../storage/index.ts';
import { useAppData } from '../../data/app-data.tsx';
import { useHomeTree } from '../../data/home-data.ts';
import { LoadFailed, Loading } from '../../components/status.tsx';
import { formatDueTime, formatRelative } from '../../format.ts';
import { t } from '../../i18n.ts';
import { Counts } from './counts.tsx';
import { DeckTree } from './deck-tree.tsx';
import { hasWork, summarizeTree } from './lib.ts';
import { homeT } from './strings.ts';

/** The day at a glance and the one action a thumb needs: study every card due today, in every roadmap. */
function TodaySummary({ roots, now, final }: { roots: DeckTreeNode[]; now: number; final: boolean }) {
  const summary = useMemo(() => summarizeTree(roots), [roots]);
  const { new: fresh, learning, due } = summary.counts;
  return (
    <section class="home-summary" aria-labelledby="home-today" data-final={final ? 'true' : 'false'}>
      <h2 class="home-summary__title" id="home-today">{homeT('todayTitle')}</h2>
      <a class="home-summary__stats" data-action="stats" href="/stats">{homeT('statsLink')}</a>
      <a class="home-summary__stats" data-action="browse" href="/browse">{homeT('browseLink')}</a>
      <Counts counts={summary.counts} large />
      {hasWork(summary.counts) ? (
        <a class="study-due" data-action="study-due" href={`/study/${ALL_DUE_NODE_ID}`}>
          {homeT('studyDue', { n: fresh + learning + due })}
        </a>
      ) : (
        <p class="home-summary__next" data-role="next-due">
          {summary.nextDue === null
            ? t('nothingDue')
            : t('nextDueAt', { relative: formatRelative(summary.nextDue, now), time: formatDueTime(summary.nextDue, now) })}
        </p>
      )}
    </section>
  );
}

/** A deck file that failed validation or could not be fetched: said once, with the reasons folded away. */
function SyncProblems() {
  const { syncReport } = useAppData();
  const [problems, setProblems] = useState<SyncProblem[]>([]);
  useEffect(() => {
    let live = true;
    void syncReport.then((report) => live && setProblems(report?.problems ?? []));
    return () => {
      live = false;
    };
  }, [syncReport]);
  if (problems.length === 0) return null;
  const unwritten = problems.filter((problem) => problem.storageFailure === 'quota').length;
  return (
    <>
    {unwritten > 0 && (
      <div class="write-failure" role="alert" data-role="offline-unavailable">
        <p class="write-failure__what">{offlineUnavailableText('unavailable', { n: unwritten })}</p>
        <p class="write-failure__advice">{offlineUnavailableText('advice')}</p>
      </div>
    )}
    <details class="sync-problems" data-role="sync-problems">
      <summary>{t('syncProblems', { n: problems.length })}</summary>
      <ul>
        {problems.map((problem) => (
          <li key={problem.path}>
            <code>{problem.path}</code> {problem.message}
          </li>
        ))}
      </ul>
    </details>
    </>
  );
}

export function HomeScreen() {
  const { now } = useAppData();
  // The roadmap rows at once (from the deck index on a first visit), the full tree with today's counts once merged.
  const [tree, reload, final] = useHomeTree();
  if (tree.status === 'loading') return <Loading message="preparingDecks" />;
  if (tree.status === 'error') return <LoadFailed error={tree.error} onRetry={reload} />;
  const at = now();
  return (
    <div class="screen screen--home" data-screen="home">
      <h1 class="screen-title">{t('decksTitle')}</h1>
      <SyncProblems />
      {tree.value.length === 0 ? (
        <p class="empty">{t('noDecks')}</p>
      ) : (
        <>
          <TodaySummary roots={tree.value} now={at} final={final} />
          <DeckTree roots={tree.value} now={at} />
        </>
      )}
    </div>
  );
}
