// /export/<node id>: a node's cards as an Anki .apkg, optionally with review history and FSRS memory state; sql.js loads on the tap.
import '../roadmaps/roadmaps.css';
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useAppData, useRoadcardsQuery } from '../../data/app-data.tsx';
import { LoadFailed, Loading } from '../../components/status.tsx';
import type { ApkgExport } from './lib.ts';
import { exportT as x } from './strings.ts';
import { downloadFile } from '../settings/backup-lib.ts';

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; result: ApkgExport } | { kind: 'failed'; message: string };


export function ExportScreen() {
  const nodeId = useRoute().params.nodeId ?? '';
  const { ready, now } = useAppData();
  const [includeHistory, setIncludeHistory] = useState(true);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [node, reload] = useRoadcardsQuery(async (roadcards, now) => roadcards.ankiExport(nodeId, false, now), [nodeId]);
  if (node.status === 'loading') return <Loading />;
  if (node.status === 'error') return <LoadFailed error={node.error} onRetry={reload} />;
  if (!node.value) return <p class="status" role="alert">{x('notFound', { id: nodeId })}</p>;

  const run = async () => {
    setStatus({ kind: 'working' });
    try {
      const [{ loadSqlJs }, { exportNodeToApkg }] = await Promise.all([import('./sql-loader.ts'), import('./lib.ts')]);
      const SQL = await loadSqlJs().catch((error: unknown) => {
        throw navigator.onLine === false ? new Error(x('offline')) : error;
      });
      const result = await exportNodeToApkg(await ready, SQL, nodeId, includeHistory, now());
      if (!result) return setStatus({ kind: 'failed', message: x('notFound', { id: nodeId }) });
      downloadFile(result.bytes as Uint8Array<ArrayBuffer>, result.fileName, 'application/octet-stream');
      setStatus({ kind: 'done', result });
    } catch (error) {
      setStatus({ kind: 'failed', message: x('failed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <div class="screen screen--export" data-screen="export" aria-busy={status.kind === 'working' ? 'true' : undefined}>
      <h1 class="screen-title">{x('title')}</h1>
      <section class="roadmaps-section">
        <p>{x('intro')}</p>
        <p data-role="export-node">{x('node', { path: node.value.path.join(' › '), n: node.value.cards.length })}</p>
        <label class="field field--toggle">
          <input type="checkbox" name="includeHistory" checked={includeHistory} onChange={(event) => setIncludeHistory(event.currentTarget.checked)} />
          <span class="field__label">{x('includeHistory')}</span>
        </label>
        <button type="button" class="button button--primary" data-action="export-apkg" disabled={status.kind === 'working'} onClick={() => void run()}>
          {x('download')}
        </button>
      </section>
      {status.kind === 'working' && <p role="status">{x('working')}</p>}
      {status.kind === 'done' && (
        <p role="status" data-role="export-done">
          {x('done', {
            file: status.result.fileName,
            notes: status.result.notes,
            decks: status.result.decks,
            reviews: status.result.reviews,
            kb: Math.max(1, Math.round(status.result.bytes.length / 1024)),
          })}
        </p>
      )}
      {status.kind === 'failed' && (
        <p role="alert" class="form-error" data-role="export-failed">
          {status.message}
        </p>
      )}
    </div>
  );
}
