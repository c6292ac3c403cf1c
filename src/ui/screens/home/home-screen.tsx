// Home: the deck tree (roadmap → stage → section) with new / learning / due counts, interview readiness, and Study and Drill links on every node.
import './home.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DeckTreeNode } from '../../../core/review-contract.ts';
import type { SyncProblem } from '../../../storage/index.ts';
import { useAppData } from '../../data/app-data.tsx';
import { useHomeTree } from '../../data/home-data.ts';
import { LoadFailed, Loading } from '../../components/status.tsx';
import { formatDay, formatDueTime, formatRelative, percent } from '../../format.ts';
import { t } from '../../i18n.ts';
import { hasWork, isUpcoming, loadExpanded, safeLocalStorage, saveExpanded, summarizeTree, toggled } from './lib.ts';

/** New / learning / due; `labelled` spells the three out (the summary), rows rely on colour and the title tooltip. */
export function Counts({ counts, labelled = false }: { counts: DeckTreeNode['counts']; labelled?: boolean }) {
  const kinds = [
    ['new', counts.new, 'countNew'],
    ['learning', counts.learning, 'countLearning'],
    ['due', counts.due, 'countDue'],
  ] as const;
  return (
    <span class={labelled ? 'counts counts--labelled' : 'counts'}>
      {kinds.map(([kind, value, label]) => (
        <span key={kind} class="counts__item">
          <span class={`count count--${kind}`} data-count={kind} title={t(label)}>{value}</span>
          {labelled && <span class="counts__label">{t(label)}</span>}
        </span>
      ))}
    </span>
  );
}

interface TreeProps {
  node: DeckTreeNode;
  depth: number;
  expanded: ReadonlySet<string>;
  onToggle: (id: string, open: boolean) => void;
  now: number;
}

/** "准备度 72% · 12月5日" while the node's interview is still ahead (or today); it opens the drill setup, where the date is changed. */
function Readiness({ node, now }: { node: DeckTreeNode; now: number }) {
  const readiness = node.readiness;
  if (!readiness || !isUpcoming(readiness.date, now)) return null;
  return (
    <a class="readiness node-row__readiness" data-role="readiness" data-value={readiness.value.toFixed(4)} href={`/drill/${node.id}`}>
      {t('readiness', { percent: percent(readiness.value), date: formatDay(readiness.date) })}
    </a>
  );
}

function NodeRow({ node, now }: { node: DeckTreeNode; now: number }) {
  const idle = !hasWork(node.counts);
  return (
    <div class="node-row">
      <span class="node-row__title">
        {node.title}
        <Readiness node={node} now={now} />
      </span>
      <span class="node-row__actions">
        {idle && node.nextDue !== null && <span class="node-row__next">{formatRelative(node.nextDue, now)}</span>}
        <Counts counts={node.counts} />
        <a class={idle ? 'study-link study-link--idle' : 'study-link'} href={`/study/${node.id}`}>
          {t('study')}
        </a>
        <a class="drill-link" href={`/drill/${node.id}`}>
          {t('drill')}
        </a>
      </span>
    </div>
  );
}

function TreeNode({ node, depth, expanded, onToggle, now }: TreeProps) {
  if (node.children.length === 0) {
    return (
      <div class={`node node--leaf depth-${Math.min(depth, 4)}`} data-node-id={node.id}>
        <NodeRow node={node} now={now} />
      </div>
    );
  }
  const open = expanded.has(node.id);
  return (
    <details
      class={`node depth-${Math.min(depth, 4)}`}
      data-node-id={node.id}
      open={open}
      onToggle={(event) => onToggle(node.id, (event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary aria-label={`${node.title} (${open ? t('collapse') : t('expand')})`}>
        <NodeRow node={node} now={now} />
      </summary>
      <div class="node__children">
        {node.children.map((child) => (
          <TreeNode key={child.id} node={child} depth={depth + 1} expanded={expanded} onToggle={onToggle} now={now} />
        ))}
      </div>
    </details>
  );
}

function DeckTree({ roots, now }: { roots: DeckTreeNode[]; now: number }) {
  const storage = safeLocalStorage();
  const [expanded, setExpanded] = useState(() => loadExpanded(roots, storage));
  const summary = useMemo(() => summarizeTree(roots), [roots]);
  const onToggle = (id: string, open: boolean) => {
    if (expanded.has(id) === open) return;
    const next = toggled(expanded, id, open);
    setExpanded(next);
    saveExpanded(next, storage);
  };
  return (
    <>
      <section class="home-summary" aria-live="polite">
        <Counts counts={summary.counts} labelled />
        {!hasWork(summary.counts) && (
          <p class="home-summary__next" data-role="next-due">
            {summary.nextDue === null
              ? t('nothingDue')
              : t('nextDueAt', { relative: formatRelative(summary.nextDue, now), time: formatDueTime(summary.nextDue, now) })}
          </p>
        )}
      </section>
      <div class="deck-tree">
        {roots.map((root) => (
          <TreeNode key={root.id} node={root} depth={0} expanded={expanded} onToggle={onToggle} now={now} />
        ))}
      </div>
    </>
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
  return (
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
  );
}

export function HomeScreen() {
  const { now } = useAppData();
  const [tree, reload] = useHomeTree();
  if (tree.status === 'loading') return <Loading message="preparingDecks" />;
  if (tree.status === 'error') return <LoadFailed error={tree.error} onRetry={reload} />;
  return (
    <div class="screen screen--home" data-screen="home">
      <h1 class="screen-title">{t('decksTitle')}</h1>
      <SyncProblems />
      {tree.value.length === 0 ? <p class="empty">{t('noDecks')}</p> : <DeckTree roots={tree.value} now={now()} />}
    </div>
  );
}
