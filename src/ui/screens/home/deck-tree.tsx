// The roadmaps as one-line rows that open on demand: a toggle (title), labelled counts and Study; opened, a Drill row and the children.
import { useEffect, useState } from 'preact/hooks';
import type { DeckTreeNode } from '../../../core/review-contract.ts';
import { formatDay, formatRelative, percent } from '../../format.ts';
import { t } from '../../i18n.ts';
import { Counts } from './counts.tsx';
import { hasWork, isUpcoming, loadExpanded, pathsToInterviews, safeLocalStorage, saveExpanded, toggled } from './lib.ts';
import { homeT } from './strings.ts';
import { siblingTitles } from './titles.ts';

interface RowsProps {
  nodes: readonly DeckTreeNode[];
  depth: number;
  /** A row above already shows an emoji (see titles.ts). */
  ancestorShowsEmoji: boolean;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
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

/** Shown only once a row is opened: the node's Drill (and when an idle node's next card is due), above its children. */
function NodePanel({ node, title, now }: { node: DeckTreeNode; title: string; now: number }) {
  const idle = !hasWork(node.counts);
  return (
    <div class="node-panel">
      <span class="node-panel__facts">
        {homeT('nodeCards', { n: node.total })}
        {idle && node.nextDue !== null && <> · {formatRelative(node.nextDue, now)}</>}
      </span>
      <a class="drill-link" href={`/drill/${node.id}`} aria-label={homeT('drillNode', { title })} title={homeT('drillHint')}>
        {t('drill')}
      </a>
      <a class="drill-link" href={`/stats/${node.id}`} aria-label={homeT('statsNode', { title })}>{homeT('statsLink')}</a>
      <a class="drill-link" href={`/browse/${node.id}`} aria-label={homeT('browseNode', { title })} data-action="browse">{homeT('browseLink')}</a>
    </div>
  );
}

function Rows({ nodes, depth, ancestorShowsEmoji, expanded, onToggle, now }: RowsProps) {
  const titles = siblingTitles(nodes.map((node) => node.title), ancestorShowsEmoji);
  return (
    <ul class={depth === 0 ? 'deck-tree' : 'node__children'} role="list">
      {nodes.map((node, i) => {
        const { title, showsEmoji } = titles[i]!;
        const open = expanded.has(node.id);
        const panelId = `node-panel-${node.id}`;
        const countsId = `node-counts-${node.id}`;
        return (
          <li key={node.id} class={`node depth-${Math.min(depth, 4)}`} data-node-id={node.id} data-open={open ? 'true' : undefined}>
            <div class="node-row">
              <button
                type="button"
                class="node-row__toggle"
                aria-expanded={open}
                aria-controls={open ? panelId : undefined}
                aria-describedby={countsId}
                onClick={() => onToggle(node.id)}
              >
                <span class="node-row__chevron" aria-hidden="true" />
                <span class="node-row__title">{title}</span>
              </button>
              <Counts counts={node.counts} id={countsId} />
              <a
                class={hasWork(node.counts) ? 'study-link' : 'study-link study-link--idle'}
                href={`/study/${node.id}`}
                aria-label={homeT('studyNode', { title })}
                aria-describedby={countsId}
              >
                {t('study')}
              </a>
              <Readiness node={node} now={now} />
            </div>
            {open && (
              <div class="node__open" id={panelId}>
                <NodePanel node={node} title={title} now={now} />
                {node.children.length > 0 && (
                  <Rows nodes={node.children} depth={depth + 1} ancestorShowsEmoji={showsEmoji} expanded={expanded} onToggle={onToggle} now={now} />
                )}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function DeckTree({ roots, now }: { roots: DeckTreeNode[]; now: number }) {
  const storage = safeLocalStorage();
  const [expanded, setExpanded] = useState(() => new Set([...loadExpanded(storage), ...pathsToInterviews(roots, now)]));
  // The roadmap rows come first and their sub-trees once the decks are read: open the paths to an interview then too.
  useEffect(() => {
    const toOpen = [...pathsToInterviews(roots, now)].filter((id) => !expanded.has(id));
    if (toOpen.length > 0) setExpanded(new Set([...expanded, ...toOpen]));
  }, [roots]);
  const onToggle = (id: string) => {
    const next = toggled(expanded, id, !expanded.has(id));
    setExpanded(next);
    saveExpanded(next, storage);
  };
  return <Rows nodes={roots} depth={0} ancestorShowsEmoji={false} expanded={expanded} onToggle={onToggle} now={now} />;
}
