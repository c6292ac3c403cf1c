// Browse at /browse and /browse/<node id>: every card of a node, searched as you type, filtered, sorted; select cards to suspend, bury, flag or note.
import './browse.css';
import { useMemo, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { BROWSE_FILTERS, BROWSE_SORTS, browseCards, countByFilter, type BrowseFilter, type BrowseSort } from '../../../core/browse/search.ts';
import { ALL_DUE_NODE_ID } from '../../../core/queue/all-due.ts';
import type { BrowseData, MarkCommand } from '../../../storage/index.ts';
import { LoadFailed, Loading } from '../../components/status.tsx';
import { useAppData, useRoadcardsQuery } from '../../data/app-data.tsx';
import { BrowseList } from './browse-list.tsx';
import { browseT, type BrowseKey } from './browse-strings.ts';
import { sheetTarget } from './lib.ts';
import { MarkSheet, UndoToast } from './mark-sheet.tsx';
import { useMarkActions } from './use-mark-actions.ts';

function Controls({ data, text, filter, sort, onText, onFilter, onSort }: {
  data: BrowseData;
  text: string;
  filter: BrowseFilter;
  sort: BrowseSort;
  onText: (text: string) => void;
  onFilter: (filter: BrowseFilter) => void;
  onSort: (sort: BrowseSort) => void;
}) {
  const counts = useMemo(() => countByFilter(data.rows), [data]);
  return (
    <div class="browse-controls">
      <input
        type="search"
        class="text-input browse-search"
        data-role="browse-search"
        aria-label={browseT('search')}
        placeholder={browseT('search')}
        value={text}
        onInput={(event) => onText(event.currentTarget.value)}
      />
      <div class="browse-chips" role="group" aria-label={browseT('filter')}>
        {BROWSE_FILTERS.filter((key) => key === 'all' || key === filter || counts[key] > 0).map((key) => (
          <button type="button" key={key} class="pill browse-chip" data-filter={key} aria-pressed={filter === key} onClick={() => onFilter(key)}>
            {browseT(`filter-${key}` as BrowseKey)} <span class="browse-chip__count">{counts[key]}</span>
          </button>
        ))}
      </div>
      <label class="browse-sort">
        <span>{browseT('sort')}</span>
        <select class="text-input" data-role="browse-sort" value={sort} onChange={(event) => onSort(event.currentTarget.value as BrowseSort)}>
          {BROWSE_SORTS.map((key) => (
            <option key={key} value={key}>{browseT(`sort-${key}` as BrowseKey)}</option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function BrowseScreen() {
  const { params } = useRoute();
  const nodeId = params.nodeId ?? ALL_DUE_NODE_ID;
  const app = useAppData();
  const [loaded, reload] = useRoadcardsQuery(async (roadcards, now) => {
    const started = performance.now();
    const data = await roadcards.browseCards(nodeId, now);
    performance.measure?.('roadcards:browse-load', { start: started, end: performance.now() });
    return { data, now };
  }, [nodeId]);
  const [text, setText] = useState('');
  const [filter, setFilter] = useState<BrowseFilter>('all');
  const [sort, setSort] = useState<BrowseSort>('roadmap');
  const [selecting, setSelecting] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [sheetOpen, setSheetOpen] = useState(false);
  const actions = useMarkActions(app.ready, app.now, reload);
  const data = loaded.status === 'ready' ? loaded.value.data : null;
  const results = useMemo(() => {
    if (!data) return [];
    const started = performance.now();
    const found = browseCards(data.rows, { text, filter, sort });
    performance.measure?.('roadcards:browse-search', { start: started, end: performance.now() });
    return found;
  }, [data, text, filter, sort]);

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <LoadFailed error={loaded.error} onRetry={reload} />;
  if (!data) return <p class="empty">{browseT('nodeMissing', { id: nodeId })}</p>;
  const title = data.path.length ? browseT('titleOf', { title: data.path.join(' › ') }) : browseT('title');
  const chosen = data.rows.filter((row) => selected.has(row.cardId));
  const toggle = (cardId: string) => {
    const next = new Set(selected);
    if (!next.delete(cardId)) next.add(cardId);
    setSelected(next);
  };
  const command = (change: MarkCommand) => {
    setSheetOpen(false);
    void actions.run(chosen.map((row) => row.cardId), change);
  };
  return (
    <div class={`screen screen--browse${selecting ? ' screen--selecting' : ''}`} data-screen="browse" data-node-id={nodeId} data-results={results.length}>
      <h1 class="screen-title">{title}</h1>
      <Controls data={data} text={text} filter={filter} sort={sort} onText={setText} onFilter={setFilter} onSort={setSort} />
      <p class="browse-found" role="status">{browseT('found', { n: results.length })}</p>
      {actions.toast && <UndoToast message={actions.toast.message} onUndo={actions.toast.undo} />}
      {results.length === 0 ? <p class="empty">{browseT('nothing')}</p> : <BrowseList rows={results} now={loaded.value.now} selecting={selecting} selected={selected} onToggle={toggle} />}
      <div class="browse-bar">
        {selecting ? (
          <>
            <button type="button" class="button" data-action="select-all" onClick={() => setSelected(new Set(results.map((row) => row.cardId)))}>
              {browseT('selectAll', { n: results.length })}
            </button>
            <button type="button" class="button button--primary" data-action="mark-selected" disabled={chosen.length === 0} onClick={() => setSheetOpen(true)}>
              {browseT('actions')} · {browseT('selected', { n: chosen.length })}
            </button>
            <button type="button" class="button" data-action="end-select" onClick={() => (setSelecting(false), setSelected(new Set()))}>{browseT('done')}</button>
          </>
        ) : (
          <button type="button" class="button" data-action="select" onClick={() => setSelecting(true)}>{browseT('select')}</button>
        )}
      </div>
      {sheetOpen && chosen.length > 0 && <MarkSheet target={sheetTarget(chosen)} onCommand={command} onClose={() => setSheetOpen(false)} />}
    </div>
  );
}
