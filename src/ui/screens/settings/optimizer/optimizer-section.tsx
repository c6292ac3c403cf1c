// Settings → Optimize FSRS parameters: train in a Worker, show held-out figures, apply on the learner's word, reset, CSV.
import './optimizer.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OptimizationReport } from '../../../../core/optimizer/plan.ts';
import { OPTIMIZER_STAGES, TRAINING_EPOCHS, type OptimizerMessage, type OptimizerRequest, type OptimizerStage } from '../../../../storage/optimizer-protocol.ts';
import { useAppData } from '../../../data/app-data.tsx';
import { downloadFile, formatCount } from '../backup-lib.ts';
import { OptimizerFigures } from './optimizer-figures.tsx';
import { runOptimizer, warmOptimizer, type OptimizerJob } from './optimizer-client.ts';
import { o } from './optimizer-strings.ts';

type Result = { report: OptimizationReport; itemCount: number; heldOutCount: number; desiredRetention: number; threads: number };

/** The optimizer's Worker is isolated exactly when the page is: several threads are possible only then. */
const pageIsolated = () => typeof crossOriginIsolated !== 'undefined' && crossOriginIsolated;

type Status =
  | { kind: 'idle' }
  | { kind: 'training'; stage: OptimizerStage; epoch: number }
  | { kind: 'trained'; result: Result }
  | { kind: 'applying'; done: number; total: number; result: Result | null }
  | { kind: 'note'; text: string; result?: Result; alert?: boolean };

/** `usingOwn`: parameters are set in the settings; `onApplied` reloads the screen's settings after a change. */
export function OptimizerSection({ usingOwn, onApplied }: { usingOwn: boolean; onApplied: () => void }) {
  const { ready, now } = useAppData();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const job = useRef<OptimizerJob | null>(null);
  // Leaving Settings mid-training stops the Worker: nothing of it is kept.
  useEffect(() => () => job.current?.cancel(), []);
  // After the screen has settled: the wasm (436 KB gzip) downloads in the background, once per browser.
  useEffect(() => {
    let warming: OptimizerJob | null = null;
    const timer = setTimeout(() => {
      warming = warmOptimizer();
    }, 2000);
    return () => {
      clearTimeout(timer);
      warming?.cancel();
    };
  }, []);
  const busy = status.kind === 'training' || status.kind === 'applying';
  const result = status.kind === 'trained' ? status.result : status.kind === 'note' ? (status.result ?? null) : null;

  const start = async (request: (dbName: string) => OptimizerRequest, onMessage: (message: OptimizerMessage) => void) => {
    const { dbName } = await ready;
    const started = runOptimizer(request(dbName), onMessage);
    if (!started) setStatus({ kind: 'note', text: o('noWorker'), alert: true });
    job.current = started;
  };

  const failed = (message: string) => setStatus({ kind: 'note', text: o('failed', { message }), alert: true });

  const optimize = () => {
    setStatus({ kind: 'training', stage: 'reading', epoch: 0 });
    void start((dbName) => ({ type: 'optimize', dbName }), (message) => {
      if (message.type === 'stage') setStatus({ kind: 'training', stage: message.stage, epoch: message.epoch ?? 0 });
      else if (message.type === 'too-few') {
        const text = o('tooFew', { count: formatCount(message.itemCount), min: formatCount(message.minimum), missing: formatCount(message.missing) });
        setStatus({ kind: 'note', text });
      } else if (message.type === 'done') setStatus({ kind: 'trained', result: message });
      else if (message.type === 'failed') failed(message.message);
    });
  };

  const cancel = () => {
    job.current?.cancel();
    job.current = null;
    setStatus({ kind: 'note', text: o('cancelled') });
  };

  const apply = (parameters: number[] | null, kept: Result | null) => {
    setStatus({ kind: 'applying', done: 0, total: 0, result: kept });
    void start((dbName) => ({ type: 'apply', dbName, parameters }), (message) => {
      if (message.type === 'applying') setStatus({ kind: 'applying', done: message.done, total: message.total, result: kept });
      else if (message.type === 'applied') {
        setStatus({ kind: 'note', text: o(parameters ? 'applied' : 'resetDone', { count: message.recomputed }) });
        onApplied();
      } else if (message.type === 'failed') failed(message.message);
    });
  };

  const exportCsv = () => {
    void start((dbName) => ({ type: 'csv', dbName, now: now() }), (message) => {
      if (message.type === 'csv') {
        downloadFile(message.text, message.fileName);
        setStatus({ kind: 'note', text: o('csvDone', { file: message.fileName }) });
      } else if (message.type === 'failed') failed(message.message);
    });
  };

  const step = status.kind === 'training' ? OPTIMIZER_STAGES.indexOf(status.stage) : 0;
  // The two trainings are nearly all of the time: each moves the bar by its epochs, the other stages by a sliver.
  const training = status.kind === 'training' && status.stage.startsWith('training');
  const progress = status.kind !== 'training' ? 0 : training ? (step - 2 + status.epoch / TRAINING_EPOCHS) * 0.45 + 0.05 : step < 2 ? 0.025 * (step + 1) : 0.95;
  return (
    <section class="settings-section optimizer" data-role="optimizer" aria-busy={busy ? 'true' : undefined}>
      <h2>{o('title')}</h2>
      <p class="optimizer__hint">{o('hint')}</p>
      <p data-role="parameters-in-use" data-own={usingOwn ? 'true' : 'false'}>{usingOwn ? o('usingOwn') : o('usingDefaults')}</p>
      {!pageIsolated() && <p class="optimizer__hint" data-role="optimizer-one-thread">{o('singleThread')}</p>}
      <div class="optimizer__actions">
        {status.kind === 'training' ? (
          <button type="button" class="button" data-action="cancel-optimize" onClick={cancel}>{o('cancel')}</button>
        ) : (
          <button type="button" class="button button--primary" data-action="optimize" disabled={busy} onClick={optimize}>{o('optimize')}</button>
        )}
        <button type="button" class="button" data-action="reset-parameters" disabled={busy || !usingOwn} onClick={() => apply(null, result)}>
          {o('reset')}
        </button>
      </div>
      {status.kind === 'training' && (
        <div class="optimizer__progress" data-role="optimizer-progress" data-stage={status.stage}>
          <progress max={1} value={progress} aria-label={o('progressLabel')} />
          <p role="status">
            {`${step + 1}/${OPTIMIZER_STAGES.length} ${o(`stage-${status.stage}`)}`}
            {training && ` ${o('epoch', { done: status.epoch, total: TRAINING_EPOCHS })}`}
          </p>
        </div>
      )}
      {status.kind === 'applying' && <p role="status">{o('applying', { done: status.done, total: status.total })}</p>}
      {status.kind === 'note' && (
        <p role={status.alert ? 'alert' : 'status'} class={status.alert ? 'form-error' : undefined} data-role="optimizer-note">{status.text}</p>
      )}
      {result && status.kind !== 'applying' && (
        <>
          <OptimizerFigures {...result} />
          <p class="optimizer__hint" data-role="optimizer-threads" data-threads={result.threads}>
            {result.threads > 1 ? o('threads', { count: result.threads }) : o(pageIsolated() ? 'oneThreadIsolated' : 'oneThread')}
          </p>
          <p class="optimizer__hint">{o('applyHint')}</p>
        </>
      )}
      <div class="optimizer__actions">
        <button
          type="button"
          class="button button--primary"
          data-action="apply-parameters"
          disabled={status.kind !== 'trained'}
          onClick={() => status.kind === 'trained' && apply(status.result.report.parameters, null)}
        >
          {o('apply')}
        </button>
      </div>
      <div class="optimizer__actions optimizer__csv">
        <button type="button" class="button" data-action="export-revlog-csv" disabled={busy} onClick={exportCsv}>{o('exportCsv')}</button>
        <small class="field__hint">{o('csvHint')}</small>
      </div>
    </section>
  );
}
